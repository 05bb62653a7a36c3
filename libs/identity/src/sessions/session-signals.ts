import { Injectable, Logger } from '@nestjs/common';

/** Which sessions of a user ended: some by id, or every one the user had. */
export type EndedSessions = readonly string[] | 'all';

export type SessionsEndedHandler = (userId: string, sessionIds: EndedSessions) => void;

/**
 * Told after sessions have ended (the change committed), so that every channel holding a
 * connection of those sessions (real-time sockets, collab connections) closes it at once, without
 * reading identity's tables. Listeners run on the instance where the sessions ended; they reach
 * the other instances through their own fan-out (the socket.io Redis adapter, for instance).
 */
@Injectable()
export class SessionSignals {
  private readonly logger = new Logger('Identity');
  private readonly handlers: SessionsEndedHandler[] = [];

  onSessionsEnded(handler: SessionsEndedHandler): void {
    this.handlers.push(handler);
  }

  ended(userId: string, sessionIds: EndedSessions): void {
    if (sessionIds !== 'all' && sessionIds.length === 0) return;
    for (const handler of this.handlers) {
      // A listener's failure must not fail a change that has committed.
      try {
        handler(userId, sessionIds);
      } catch (error) {
        this.logger.error(error, 'a sessions-ended listener failed');
      }
    }
  }
}
