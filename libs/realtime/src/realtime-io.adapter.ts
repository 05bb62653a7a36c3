import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { RedisAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import { Adapter } from 'socket.io-adapter';

export interface RealtimeIoAdapterOptions {
  /** With a URL, rooms span every API instance through Redis; without, this instance is alone. */
  redisUrl?: string;
  /** Namespaces this deployment's channels in a shared Redis. */
  redisPrefix: string;
  corsOrigins: readonly string[];
}

/**
 * Emitted by a namespace's adapter when Redis answers again after an outage, on this instance and
 * (as a server-side event) on the others: whatever travelled through Redis meanwhile was lost, so
 * listeners catch up from the database (the design log) and recompute presence.
 */
export const REDIS_RECOVERED = 'redis:recovered';

/** `off`: no REDIS_URL; `degraded`: Redis is unreachable and this instance serves its own sockets. */
export type RedisStatus = 'off' | 'up' | 'degraded';

type BroadcastOptions = Parameters<RedisAdapter['fetchSockets']>[0];

/** Reconnect soon after Redis returns (ioredis' default waits up to 2 s between attempts). */
const RECONNECT_MAX_DELAY_MS = 500;
/** A presence request waits this long for the other instances (a dead one never answers). */
const REMOTE_REQUEST_TIMEOUT_MS = 2_000;

/**
 * socket.io on the API's own HTTP server, sharing rooms across instances through Redis. Redis is a
 * dependency that may go away: no Redis failure reaches the process (every publish is caught), the
 * outage is logged once with its cause, presence falls back to this instance's sockets, and when
 * Redis is back the namespaces are told to catch up ({@link REDIS_RECOVERED}).
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');
  private readonly clients: Redis[] = [];
  private readonly adapters = new Set<ResilientRedisAdapter>();
  private down = false;
  private outageLogged = false;
  private downSince = 0;
  private closing = false;

  constructor(
    app: INestApplicationContext,
    private readonly options: RealtimeIoAdapterOptions,
  ) {
    super(app);
  }

  /** For `/health/ready`: Redis may be degraded while the instance keeps serving. */
  redisStatus(): RedisStatus {
    if (!this.options.redisUrl) return 'off';
    return this.down ? 'degraded' : 'up';
  }

  /** Connects to Redis before the server starts, so that a wrong REDIS_URL stops start-up. */
  async connect(): Promise<void> {
    if (!this.options.redisUrl) return;
    const publisher = new Redis(this.options.redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: 3,
      retryStrategy: (attempt) => Math.min(attempt * 100, RECONNECT_MAX_DELAY_MS),
    });
    const subscriber = publisher.duplicate();
    this.clients.push(publisher, subscriber);
    for (const client of this.clients) {
      client.on('error', (error: Error) => this.failed(error));
      client.on('close', () => this.lost());
      client.on('ready', () => this.ready());
    }
    await Promise.all(this.clients.map((client) => client.connect()));
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server = super.createIOServer(port, {
      ...options,
      cors: {
        origin: (origin: string | undefined, callback: (error: Error | null, allow?: boolean) => void) =>
          callback(null, !origin || this.options.corsOrigins.includes(origin)),
      },
      // The transport's bound: the gateway closes sockets whose messages exceed 16 KiB, but the
      // handshake frame may be larger, so that an oversized token is answered UNAUTHENTICATED.
      maxHttpBufferSize: 64 * 1024,
    } as ServerOptions) as Server;
    const [publisher, subscriber] = this.clients;
    if (!publisher || !subscriber) server.adapter(SingleBufferFrameAdapter);
    else {
      const guarded = guardPublisher(publisher, (error) => this.failed(error));
      const options: ResilientOptions = {
        key: `${this.options.redisPrefix}:socket.io`,
        requestsTimeout: REMOTE_REQUEST_TIMEOUT_MS,
        isDown: () => this.down,
        onRemoteFailure: (error) =>
          this.log.warn({ err: error }, 'the other instances did not answer: presence of this one only'),
      };
      const adapters = this.adapters;
      // socket.io calls the factory with `new`, hence a function rather than an arrow.
      server.adapter(function createResilientAdapter(namespace: Namespace) {
        const adapter = new ResilientRedisAdapter(namespace, guarded, subscriber, options);
        adapters.add(adapter);
        return adapter;
      } as unknown as Parameters<Server['adapter']>[0]);
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    this.closing = true;
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => client.disconnect())));
    this.clients.length = 0;
    this.adapters.clear();
  }

  private lost(): void {
    if (this.closing || this.down) return;
    this.down = true;
    this.downSince = Date.now();
  }

  /** Once per outage, with its cause; ioredis repeats the error at every reconnection attempt. */
  private failed(error: unknown): void {
    if (this.closing) return;
    // A command refused while both connections stand (e.g. Redis out of memory) is no outage:
    // there will be no `ready` to end it.
    if (this.clients.some((client) => client.status !== 'ready')) this.lost();
    if (this.outageLogged) return;
    this.outageLogged = true;
    this.log.warn(
      { err: error },
      'Redis unavailable: delivery to other instances paused, this instance serves its own sockets',
    );
  }

  private ready(): void {
    if (this.closing || !this.down || this.clients.some((client) => client.status !== 'ready')) return;
    const outageMs = Date.now() - this.downSince;
    this.down = false;
    this.outageLogged = false;
    this.log.log({ outageMs }, 'Redis is back: catching up from the database');
    for (const adapter of this.adapters) adapter.recovered();
  }
}

/**
 * The Redis adapter publishes without awaiting (`pubClient.publish(…)` in a dozen places), so a
 * failed publish would be an unhandled rejection, which ends a Node process. Every publish goes
 * through here and its failure is reported instead; what it carried is caught up from the
 * database once Redis is back.
 */
function guardPublisher(publisher: Redis, onFailure: (error: unknown) => void): Redis {
  return new Proxy(publisher, {
    get(target, key) {
      if (key === 'publish') {
        return (channel: string, message: string | Buffer) =>
          target.publish(channel, message).catch((error: unknown) => {
            onFailure(error);
            return 0;
          });
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface ResilientOptions {
  key: string;
  requestsTimeout: number;
  isDown: () => boolean;
  onRemoteFailure: (error: unknown) => void;
}

// A mixin's base must take `any[]` (TypeScript's rule for mixin constructors).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AdapterClass = new (...args: any[]) => Adapter;

/**
 * A broadcast is encoded once, and socket.io's adapter pre-computes its WebSocket frame as two
 * buffers (header, payload) that `ws` writes to every socket as cork, write, write, uncork: a
 * `writev` each. Joined into one buffer, each socket costs a single `write` — about 15 % less time
 * per broadcast at 5,000 sockets (bench:realtime). The step is the adapter's private `_encode`
 * (socket.io-adapter is pinned, and a test checks the frames it writes); a frame of any other
 * shape is left as it is.
 */
export function withSingleBufferFrames<T extends AdapterClass>(Base: T): T {
  class SingleBufferFrames extends Base {}
  type Encode = (this: Adapter, packet: unknown, options: { wsPreEncodedFrame?: unknown }) => unknown;
  const encode = (Base.prototype as unknown as { _encode?: Encode })._encode;
  if (typeof encode !== 'function') return Base;
  Object.defineProperty(SingleBufferFrames.prototype, '_encode', {
    value: function encodeInOneBuffer(
      this: Adapter,
      packet: unknown,
      options: { wsPreEncodedFrame?: unknown },
    ) {
      const encoded = encode.call(this, packet, options);
      const frame = options.wsPreEncodedFrame;
      if (Array.isArray(frame) && frame.length === 2 && frame.every((part) => Buffer.isBuffer(part)))
        options.wsPreEncodedFrame = [Buffer.concat(frame as Buffer[])];
      return encoded;
    },
  });
  return SingleBufferFrames;
}

/** socket.io's in-memory adapter (one instance), writing each broadcast frame as one buffer. */
export const SingleBufferFrameAdapter = withSingleBufferFrames(Adapter);

/** `@socket.io/redis-adapter` that degrades to this instance while Redis is away. */
class ResilientRedisAdapter extends withSingleBufferFrames(RedisAdapter) {
  private readonly isDown: () => boolean;
  private readonly onRemoteFailure: (error: unknown) => void;

  constructor(namespace: Namespace, publisher: Redis, subscriber: Redis, options: ResilientOptions) {
    super(namespace, publisher, subscriber, { key: options.key, requestsTimeout: options.requestsTimeout });
    this.isDown = options.isDown;
    this.onRemoteFailure = options.onRemoteFailure;
    // Another instance came back: what it published meanwhile never arrived here either.
    namespace.on(REDIS_RECOVERED, () => this.emit(REDIS_RECOVERED));
  }

  /** This instance's sockets only while Redis is down, or when the other instances do not answer. */
  override async fetchSockets(
    opts: BroadcastOptions,
  ): Promise<Awaited<ReturnType<RedisAdapter['fetchSockets']>>> {
    const local = { ...opts, flags: { ...opts.flags, local: true } };
    if (this.isDown()) return super.fetchSockets(local);
    try {
      return await super.fetchSockets(opts);
    } catch (error) {
      this.onRemoteFailure(error);
      return super.fetchSockets(local);
    }
  }

  recovered(): void {
    this.emit(REDIS_RECOVERED);
    this.nsp.serverSideEmit(REDIS_RECOVERED);
  }
}
