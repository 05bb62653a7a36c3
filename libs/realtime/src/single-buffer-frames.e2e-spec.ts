import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';

import { RedisAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import { Adapter } from 'socket.io-adapter';
import { io, type Socket } from 'socket.io-client';

import { SingleBufferFrameAdapter, withSingleBufferFrames } from './realtime-io.adapter';

/** The `ws` that socket.io's engine writes with (engine.io may have its own copy). */
function enginesWebSocket(): { Sender: { prototype: unknown } } {
  const path = require.resolve('ws', { paths: [dirname(require.resolve('engine.io'))] });

  return require(path) as { Sender: { prototype: unknown } };
}

/** What `ws` is handed to write, per call of its frame writer, while `run` goes on. */
async function framesWritten(run: () => Promise<void>): Promise<number[]> {
  const sender = enginesWebSocket().Sender.prototype as {
    sendFrame: (list: Buffer[], cb?: unknown) => void;
  };
  const original = sender.sendFrame;
  const lengths: number[] = [];
  sender.sendFrame = function recordFrame(this: unknown, list: Buffer[], cb?: unknown) {
    lengths.push(list.length);
    return original.call(this, list, cb);
  };
  try {
    await run();
  } finally {
    sender.sendFrame = original;
  }
  return lengths;
}

describe('broadcast frames in one buffer', () => {
  let http: HttpServer;
  let server: Server;
  let url: string;
  const clients: Socket[] = [];

  beforeEach(async () => {
    http = createServer();
    server = new Server(http, { transports: ['websocket'] });
    server.adapter(SingleBufferFrameAdapter);
    server.of('/room').on('connection', (socket) => void socket.join('everyone'));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await server.close();
  });

  async function connect(count: number): Promise<Socket[]> {
    const sockets = Array.from({ length: count }, () =>
      io(`${url}/room`, { transports: ['websocket'], forceNew: true, reconnection: false }),
    );
    clients.push(...sockets);
    await Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.once('connect', resolve))));
    return sockets;
  }

  function next(socket: Socket, event: string): Promise<unknown[]> {
    return new Promise((resolve) => socket.once(event, (...args: unknown[]) => resolve(args)));
  }

  it('writes a room broadcast to every socket as one buffer, and each receives it whole', async () => {
    const sockets = await connect(3);
    const payload = { seq: 7, text: 'Über 5 000 — “quoted” ✓ 𝒳', nested: { list: [1, 2, 3] } };
    const received = sockets.map((s) => next(s, 'design:event'));
    const lengths = await framesWritten(async () => {
      server.of('/room').to('everyone').emit('design:event', payload);
      await Promise.all(received);
    });
    expect(await Promise.all(received)).toEqual([[payload], [payload], [payload]]);
    expect(lengths).toEqual([1, 1, 1]);
  });

  it('leaves frames it cannot pre-compute (binary attachments) to socket.io, delivered whole', async () => {
    const [socket] = await connect(1);
    const received = next(socket!, 'file');
    server
      .of('/room')
      .to('everyone')
      .emit('file', { name: 'a.bin', bytes: Buffer.from([0, 1, 2, 255]) });
    const [message] = (await received) as [{ name: string; bytes: ArrayBuffer | Buffer }];
    expect(message.name).toBe('a.bin');
    expect([...new Uint8Array(message.bytes as ArrayBuffer)]).toEqual([0, 1, 2, 255]);
  });

  it('applies to the Redis adapter too (it inherits the encoding step it overrides)', () => {
    const Wrapped = withSingleBufferFrames(RedisAdapter);
    expect(Object.getPrototypeOf(Wrapped.prototype)).toBe(RedisAdapter.prototype);
    expect(Object.prototype.hasOwnProperty.call(RedisAdapter.prototype, '_encode')).toBe(false);
    const encode = (Wrapped.prototype as unknown as { _encode: (p: unknown, o: unknown) => unknown })._encode;
    const options: { wsPreEncodedFrame?: unknown } = {};
    encode.call(new Adapter(server.of('/room')), { type: 2, nsp: '/room', data: ['x', 1] }, options);
    expect(options.wsPreEncodedFrame).toHaveLength(1);
    expect((options.wsPreEncodedFrame as Buffer[])[0]?.toString('utf8')).toContain('42/room,["x",1]');
  });
});
