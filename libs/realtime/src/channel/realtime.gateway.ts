import { Inject, Logger } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { RateLimiterMemory } from 'rate-limiter-flexible';

import { isDependencyUnavailable } from '@mc/errors';
import { type Answer, type JoinAnswer, REALTIME_NAMESPACE, type Refusal } from '@mc/realtime-contract';

import { REDIS_RECOVERED } from '../realtime-io.adapter';
import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { refusal } from './answers';
import { DesignDeliveryService } from './design-delivery.service';
import { DesignRoomsService } from './design-rooms.service';
import { HandshakeAuthenticationService } from './handshake-authentication.service';
import { PresenceService } from './presence.service';
import { RealtimeChannel, type RealtimeNamespace, type RealtimeSocket } from './realtime-channel';
import { SocketEvictionService } from './socket-eviction.service';

/**
 * The largest client message: a larger one closes its socket. The transport itself accepts up to
 * `maxHttpBufferSize` (64 KiB), so that a handshake with an oversized token still reaches the
 * handshake and is answered UNAUTHENTICATED instead of losing its connection.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/**
 * The `/realtime` namespace (../shared/contract/realtime.md): routes the handshake, each client
 * message and each connection's end to the service that owns it, rate-limits client messages per
 * socket, and answers through the client's acknowledgement.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class RealtimeGateway
  implements
    OnGatewayInit<RealtimeNamespace>,
    OnGatewayConnection<RealtimeSocket>,
    OnGatewayDisconnect<RealtimeSocket>
{
  private readonly logger = new Logger('Realtime');
  private readonly limiter: RateLimiterMemory;

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly channel: RealtimeChannel,
    private readonly handshake: HandshakeAuthenticationService,
    private readonly rooms: DesignRoomsService,
    private readonly delivery: DesignDeliveryService,
    private readonly eviction: SocketEvictionService,
    private readonly presence: PresenceService,
  ) {
    this.limiter = new RateLimiterMemory({
      keyPrefix: 'socket',
      points: options.messagesPerSecond,
      duration: 1,
    });
  }

  afterInit(namespace: RealtimeNamespace): void {
    this.channel.attach(namespace);
    namespace.use((socket, next) => this.handshake.admit(socket, next));
    if (this.options.distributed) {
      namespace.on('design:committed', (event) => this.delivery.deliver(event));
      namespace.on('design:presence', (update) => {
        // From another instance of this deployment; still, nothing it sends may throw in here.
        if (typeof update?.designId !== 'string' || !Array.isArray(update.presence)) return;
        this.presence
          .toLocalRoom(update)
          .catch((error: unknown) => this.logger.error(error, 'presence update failed'));
      });
      // Entries and presence sent through Redis while it was away never arrived here.
      namespace.adapter.on(REDIS_RECOVERED, () => {
        for (const designId of this.delivery.catchUp()) this.presence.changed(designId);
      });
    }
  }

  handleConnection(socket: RealtimeSocket): void {
    this.limitMessageSize(socket);
    this.eviction.armExpiry(socket);
    // Clients may send anything: the arguments are read as unknown and parsed by each service.
    socket.on('design:join', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.rooms.join(socket, payload)),
    );
    socket.on('design:leave', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.rooms.leave(socket, payload)),
    );
    socket.on('design:focus', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.rooms.focus(socket, payload)),
    );
  }

  handleDisconnect(socket: RealtimeSocket): void {
    this.eviction.disarm(socket);
    this.rooms.disconnected(socket);
  }

  /**
   * Every client message goes through here: rate-limited per socket, answered through the ack
   * when the client gave one, and never able to throw into socket.io.
   */
  private guarded<A extends JoinAnswer | Answer>(
    socket: RealtimeSocket,
    args: unknown[],
    handle: (payload: unknown) => Promise<A> | A,
  ): void {
    // socket.io hands the client's acknowledgement over as the last argument, whatever came before.
    const last = args.at(-1);
    const answer = typeof last === 'function' ? (last as (answer: A | Refusal) => void) : () => undefined;
    const payload = typeof last === 'function' ? args.slice(0, -1) : args;
    this.limiter
      .consume(socket.id)
      .then(
        async () => answer(payload.length === 1 ? await handle(payload[0]) : refusal('BAD_USER_INPUT')),
        () => answer(refusal('RATE_LIMITED')),
      )
      .catch((error: unknown) => {
        this.logger.error(error, 'a client message failed');
        answer(refusal(isDependencyUnavailable(error) ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR'));
      });
  }

  /**
   * Checked on each engine.io packet before socket.io decodes it: the socket of a client message
   * over {@link MAX_MESSAGE_BYTES} is closed, and the message is never read.
   */
  private limitMessageSize(socket: RealtimeSocket): void {
    socket.conn.on('packet', (packet: { type: string; data?: unknown }) => {
      if (packet.type !== 'message' || byteLength(packet.data) <= MAX_MESSAGE_BYTES) return;
      socket.disconnect(true);
    });
  }
}

function byteLength(data: unknown): number {
  if (typeof data === 'string')
    return data.length * 3 <= MAX_MESSAGE_BYTES ? data.length : Buffer.byteLength(data);
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
