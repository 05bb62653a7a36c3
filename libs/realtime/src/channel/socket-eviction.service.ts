import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

import { type EndedSessions, SessionSignals } from '@mc/identity';

import { PresenceService } from './presence.service';
import { designRoom, RealtimeChannel, type RealtimeSocket, sessionRoom, userRoom } from './realtime-channel';

/** The longest a timer may wait (setTimeout's limit); longer-lived tokens are checked again then. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sockets that must stop receiving: the whole socket when its access token expires (it is told
 * `session:expired` and closed at that moment), and a removed participant's sockets from that
 * design's room, before the removal itself goes out; and every socket of an ended session (log out,
 * log out everywhere, a session ended from the account page, a password change, a deactivation), on
 * every instance, at once.
 */
@Injectable()
export class SocketEvictionService implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly channel: RealtimeChannel,
    private readonly presence: PresenceService,
    sessions: SessionSignals,
  ) {
    sessions.onSessionsEnded((userId, sessionIds) => this.endSessions(userId, sessionIds));
  }

  /**
   * The sockets of ended sessions (every socket of the user for `'all'`) are told their session
   * ended and closed, on every instance (the Redis adapter carries both). Without Redis the other
   * instances' sockets still close at their next join, whose token check reads the session.
   */
  endSessions(userId: string, sessionIds: EndedSessions): void {
    if (!this.channel.attached) return;
    const rooms = sessionIds === 'all' ? [userRoom(userId)] : sessionIds.map(sessionRoom);
    if (rooms.length === 0) return;
    const sockets = this.channel.namespace.in(rooms);
    try {
      sockets.emit('session:expired', { error: 'UNAUTHENTICATED' });
      sockets.disconnectSockets(true);
    } catch (error) {
      this.logger.error(error, 'closing the sockets of ended sessions failed');
    }
    for (const room of rooms) {
      for (const socket of this.channel.localSocketsIn(room)) socket.disconnect(true);
    }
  }

  /** A socket ends when its token does: it receives nothing more after that moment. */
  armExpiry(socket: RealtimeSocket): void {
    const remaining = socket.data.expiresAt - Date.now();
    const timer = setTimeout(
      () => {
        if (Date.now() >= socket.data.expiresAt) {
          socket.emit('session:expired', { error: 'UNAUTHENTICATED' });
          socket.disconnect(true);
        } else {
          this.armExpiry(socket);
        }
      },
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
    timer.unref();
    this.expiryTimers.set(socket.id, timer);
  }

  disarm(socket: RealtimeSocket): void {
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
  }

  /** The user's sockets on this instance leave the design's room (each instance does its own). */
  evictFromDesign(designId: string, userId: string): void {
    for (const socket of this.channel.localSocketsIn(designRoom(designId))) {
      if (socket.data.user.id !== userId) continue;
      delete socket.data.designs[designId];
      void socket.leave(designRoom(designId));
    }
    this.presence.changed(designId);
  }

  onModuleDestroy(): void {
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
    this.expiryTimers.clear();
  }
}
