import { Injectable, Logger } from '@nestjs/common';
import type { Namespace, RemoteSocket, Socket } from 'socket.io';

import type {
  ClientToServerEvents,
  InterServerEvents,
  PresenceUpdate,
  ServerToClientEvents,
  SocketData,
  WireEvent,
} from '@mc/realtime-contract';

export type RealtimeNamespace = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
/** A socket of this instance or, through the Redis adapter, of another (`fetchSockets`). */
export type AnyInstanceSocket = Pick<RemoteSocket<ServerToClientEvents, SocketData>, 'id' | 'data'>;

export const designRoom = (designId: string): string => `design:${designId}`;
export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

/**
 * The `/realtime` namespace, once socket.io has created it, for the services that share it, and
 * the calls that go through the Redis adapter when several instances run. Those never throw nor
 * reject: a Redis outage degrades to this instance's own sockets and is logged once per outage.
 */
@Injectable()
export class RealtimeChannel {
  private readonly logger = new Logger('Realtime');
  private current: RealtimeNamespace | null = null;
  private redisFailing = false;

  attach(namespace: RealtimeNamespace): void {
    this.current = namespace;
  }

  get namespace(): RealtimeNamespace {
    if (!this.current) throw new Error('the /realtime namespace is not created yet');
    return this.current;
  }

  get attached(): boolean {
    return this.current !== null;
  }

  /** The sockets in `room` on every instance; this instance's alone when Redis does not answer. */
  async socketsIn(room: string): Promise<AnyInstanceSocket[]> {
    try {
      const sockets = await this.namespace.in(room).fetchSockets();
      this.redisAnswered();
      return sockets;
    } catch (error) {
      this.redisFailed(
        error,
        'listing the sockets of a room on every instance failed; using this instance’s',
      );
      return this.localSocketsIn(room);
    }
  }

  /** The connected sockets in `room` on this instance. */
  localSocketsIn(room: string): RealtimeSocket[] {
    const ids = this.namespace.adapter.rooms.get(room) ?? new Set<string>();
    return [...ids].flatMap((id) => {
      const socket = this.namespace.sockets.get(id);
      return socket ? [socket] : [];
    });
  }

  /** A committed entry, to the other instances (their sequencers fill any hole from the log). */
  toOtherInstances(event: WireEvent): void {
    this.serverSide(() => this.namespace.serverSideEmit('design:committed', event), 'a design event');
  }

  /** A presence update, to the other instances (each hands it to its own sockets). */
  presenceToOtherInstances(update: PresenceUpdate): void {
    this.serverSide(() => this.namespace.serverSideEmit('design:presence', update), 'a presence update');
  }

  private serverSide(emit: () => void, what: string): void {
    try {
      emit();
    } catch (error) {
      this.redisFailed(error, `sending ${what} to the other instances failed`);
    }
  }

  private redisFailed(error: unknown, what: string): void {
    if (this.redisFailing) return;
    this.redisFailing = true;
    this.logger.error(error, what);
  }

  private redisAnswered(): void {
    if (!this.redisFailing) return;
    this.redisFailing = false;
    this.logger.log('the other instances answer again');
  }
}
