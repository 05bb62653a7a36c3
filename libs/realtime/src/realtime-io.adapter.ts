import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

export interface RealtimeIoAdapterOptions {
  /** With a URL, rooms span every API instance through Redis; without, this instance is alone. */
  redisUrl?: string;
  /** Namespaces this deployment's channels in a shared Redis. */
  redisPrefix: string;
  corsOrigins: readonly string[];
}

/** socket.io on the API's own HTTP server, sharing rooms across instances through Redis. */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: RealtimeIoAdapterOptions,
  ) {
    super(app);
  }

  /** Connects to Redis before the server starts, so that a wrong REDIS_URL stops start-up. */
  async connect(): Promise<void> {
    if (!this.options.redisUrl) return;
    const publisher = new Redis(this.options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = publisher.duplicate();
    this.clients.push(publisher, subscriber);
    for (const client of this.clients) {
      client.on('error', (error: Error) => this.log.error(error, 'Redis connection error'));
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
    if (publisher && subscriber)
      server.adapter(createAdapter(publisher, subscriber, { key: `${this.options.redisPrefix}:socket.io` }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => client.disconnect())));
    this.clients.length = 0;
  }
}
