/**
 * A socket.io client reduced to what the real-time benchmark needs, over a bare `ws` socket: the
 * engine.io handshake and heartbeat, one namespace joined with `auth`, events in, acknowledged
 * emits out. Each event frame costs one `JSON.parse`, so that thousands of clients in one process
 * measure the server's delivery rather than their own decoding. Protocols: engine.io v4, socket.io v5.
 */
import WebSocket from 'ws';

export interface LeanSocket {
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown>;
  close(): void;
}

export function connectLean(
  baseUrl: string,
  namespace: string,
  auth: Record<string, unknown>,
  onEvent: (event: string, payload: unknown) => void,
): Promise<LeanSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const prefix = `${namespace},`;
  const acks = new Map<number, (answer: unknown) => void>();
  let nextAck = 0;
  const socket: LeanSocket = {
    emitWithAck(event, payload, timeoutMs) {
      const id = nextAck++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error(`no answer to ${event} in ${timeoutMs} ms`));
        }, timeoutMs);
        acks.set(id, (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        ws.send(`42${prefix}${id}${JSON.stringify([event, payload])}`);
      });
    },
    close: () => ws.close(),
  };
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data) => {
      const frame = data.toString();
      if (frame === '2')
        ws.send('3'); // engine.io ping → pong
      else if (frame.startsWith('0')) ws.send(`40${prefix}${JSON.stringify(auth)}`);
      else if (frame.startsWith(`42${prefix}`)) {
        const [event, payload] = JSON.parse(frame.slice(2 + prefix.length)) as [string, unknown];
        onEvent(event, payload);
      } else if (frame.startsWith(`43${prefix}`)) {
        const body = frame.slice(2 + prefix.length);
        const start = body.indexOf('[');
        const [answer] = JSON.parse(body.slice(start)) as [unknown];
        acks.get(Number(body.slice(0, start)))?.(answer);
        acks.delete(Number(body.slice(0, start)));
      } else if (frame.startsWith(`40${prefix}`)) resolve(socket);
      else if (frame.startsWith(`44${prefix}`)) reject(new Error(`connection refused: ${frame}`));
    });
  });
}
