import { Inject, Injectable, Logger } from '@nestjs/common';

import { isDependencyUnavailable } from '@mc/errors';
import { AuthGuard } from '@mc/identity';
import type { HandshakeRefusal, SocketData } from '@mc/realtime-contract';

import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { RealtimeChannel, type RealtimeSocket, sessionRoom, userRoom } from './realtime-channel';

/**
 * Longer `auth.token`s are refused unread: the API's own are a few hundred characters. (The whole
 * handshake frame is bounded by the transport's `maxHttpBufferSize`.)
 */
export const MAX_TOKEN_LENGTH = 4096;

/**
 * The handshake of `/realtime` (namespace middleware): a live user with a valid, unexpired access
 * token in `auth.token`, else `connect_error` UNAUTHENTICATED; and at most `maxSocketsPerUser`
 * sockets per user on all instances together, else `connect_error` RATE_LIMITED. An admitted
 * socket carries its user and session in `socket.data` and is in its user's private room and its
 * session's room.
 */
@Injectable()
export class HandshakeAuthenticationService {
  private readonly logger = new Logger('Realtime');

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly auth: AuthGuard,
    private readonly channel: RealtimeChannel,
  ) {}

  /** socket.io middleware: `next()` admits, `next(error)` answers `connect_error` error.message. */
  admit(socket: RealtimeSocket, next: (error?: Error) => void): void {
    this.refusalOf(socket).then(
      (refusal) => next(refusal ? new Error(refusal) : undefined),
      (error: unknown) => {
        this.logger.error(error, 'socket handshake failed');
        const refusal: HandshakeRefusal = isDependencyUnavailable(error)
          ? 'UNAVAILABLE'
          : 'INTERNAL_SERVER_ERROR';
        next(new Error(refusal));
      },
    );
  }

  private async refusalOf(socket: RealtimeSocket): Promise<HandshakeRefusal | null> {
    const token: unknown = socket.handshake.auth?.['token'];
    if (typeof token === 'string' && token.length > MAX_TOKEN_LENGTH) return 'UNAUTHENTICATED';
    const session = await this.auth.authenticateToken(token);
    if (!session || session.expiresAt.getTime() <= Date.now()) return 'UNAUTHENTICATED';
    const state: SocketData = {
      user: { id: session.user.id, displayName: session.user.displayName },
      sessionId: session.user.sessionId,
      expiresAt: session.expiresAt.getTime(),
      designs: {},
    };
    socket.data = state;
    if (!(await this.withinSocketLimit(socket))) return 'RATE_LIMITED';
    // The session's room: ending the session closes this socket on whichever instance it is.
    await socket.join(sessionRoom(state.sessionId));
    return null;
  }

  /**
   * The socket takes its place in its user's room first and counts itself with the others there,
   * so two handshakes of one user at once on this instance cannot both take the last place (at
   * worst both are refused). A socket not yet connected is in the room (and so counted) on its own
   * instance only: handshakes on two instances at the same moment may each take the last place.
   * socket.io removes a refused socket from every room.
   */
  private async withinSocketLimit(socket: RealtimeSocket): Promise<boolean> {
    const room = userRoom(socket.data.user.id);
    await socket.join(room);
    const ids = new Set(this.channel.namespace.adapter.rooms.get(room));
    if (this.options.distributed) {
      for (const other of await this.channel.socketsIn(room)) ids.add(other.id);
    }
    if (ids.size <= this.options.maxSocketsPerUser) return true;
    await socket.leave(room);
    return false;
  }
}
