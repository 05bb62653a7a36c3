import { Inject, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Namespace, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { z } from 'zod';

import { CommittedDesignEvent, DesignAccessPolicy, DesignEventBus, DesignEventLog } from '@mc/designs';
import { isDependencyUnavailable } from '@mc/errors';
import { AuthGuard, UserDirectory } from '@mc/identity';

import { NotificationService } from '../notifications/notification.service';
import { REDIS_RECOVERED } from '../realtime-io.adapter';
import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { FocusMessage, JoinMessage, LeaveMessage } from './client-messages';
import { DesignSequencer } from './design-sequencer';
import { designRoom, mergePresence, PresenceEntry, SocketState, userRoom, WireEvent } from './wire';

type Ack = (answer: Record<string, unknown>) => void;
type Refusal = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** Committed entries travel between instances under this server-side event (Redis adapter). */
const COMMITTED = 'design:committed';
/** The longest a timer may wait (setTimeout's limit); longer-lived tokens are checked again then. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The `/realtime` namespace (../shared/contract/realtime.md): handshake authentication, design
 * rooms behind the same visibility check as GraphQL, gap-free delivery of each design's log,
 * presence and focus, and each user's private room for notifications.
 */
@WebSocketGateway({ namespace: '/realtime' })
export class RealtimeGateway
  implements
    OnGatewayInit<Namespace>,
    OnGatewayConnection<Socket>,
    OnGatewayDisconnect<Socket>,
    OnModuleInit,
    OnModuleDestroy
{
  private readonly logger = new Logger('Realtime');
  private namespace!: Namespace;
  private readonly sequencers = new Map<string, DesignSequencer>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private readonly limiter: RateLimiterMemory;
  private unsubscribe: (() => void) | null = null;

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly dataSource: DataSource,
    private readonly auth: AuthGuard,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly bus: DesignEventBus,
    private readonly directory: UserDirectory,
    private readonly notifications: NotificationService,
  ) {
    this.limiter = new RateLimiterMemory({
      keyPrefix: 'socket',
      points: options.messagesPerSecond,
      duration: 1,
    });
  }

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((event) => {
      this.publish(event).catch((error: unknown) =>
        this.logger.error(error, 'publishing a design event failed'),
      );
    });
    this.notifications.deliverTo((userId, notification) => {
      this.namespace?.to(userRoom(userId)).emit('notification', notification);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    for (const timer of [...this.presenceTimers.values(), ...this.expiryTimers.values()]) clearTimeout(timer);
    for (const sequencer of this.sequencers.values()) sequencer.close();
    this.sequencers.clear();
  }

  afterInit(namespace: Namespace): void {
    this.namespace = namespace;
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        (error) => next(error ?? undefined),
        (error: unknown) => {
          this.logger.error(error, 'socket handshake failed');
          next(new Error(isDependencyUnavailable(error) ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR'));
        },
      );
    });
    if (this.options.distributed) {
      namespace.on(COMMITTED, (event: WireEvent) => this.deliver(event));
      namespace.adapter.on(REDIS_RECOVERED, () => this.catchUp());
    }
  }

  handleConnection(socket: Socket): void {
    const state = socket.data as SocketState;
    void socket.join(userRoom(state.user.id));
    this.armExpiry(socket);
    socket.on('design:join', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.join(socket, payload)),
    );
    socket.on('design:leave', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.leave(socket, payload)),
    );
    socket.on('design:focus', (...args: unknown[]) =>
      this.guarded(socket, args, (payload) => this.focus(socket, payload)),
    );
  }

  handleDisconnect(socket: Socket): void {
    const timer = this.expiryTimers.get(socket.id);
    if (timer) clearTimeout(timer);
    this.expiryTimers.delete(socket.id);
    const state = socket.data as SocketState | undefined;
    for (const designId of Object.keys(state?.designs ?? {})) {
      this.schedulePresence(designId);
      this.releaseIfEmpty(designId);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Client messages
  // -------------------------------------------------------------------------------------------

  private async join(socket: Socket, payload: unknown): Promise<Record<string, unknown>> {
    const message = parse(JoinMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    const state = socket.data as SocketState;
    const user = await this.auth.authenticateToken(socket.handshake.auth?.['token']);
    if (!user) {
      socket.disconnect(true);
      return refusal('NOT_FOUND');
    }
    try {
      await this.access.visible(user.user, message.designId);
    } catch {
      return refusal('NOT_FOUND');
    }
    if (
      !(message.designId in state.designs) &&
      Object.keys(state.designs).length >= this.options.maxDesignsPerSocket
    ) {
      return refusal('BAD_USER_INPUT');
    }
    const sequencer = this.sequencerFor(message.designId);
    sequencer.joining += 1; // keeps the sequencer alive while this join is under way
    try {
      const seq = await sequencer.run(async () => {
        await sequencer.levelWithLog();
        // Visibility again, now that every entry committed so far has been handed out: a removal
        // that committed meanwhile answers NOT_FOUND here; one that commits from now on reaches the
        // room after this socket is in it, and evicts it.
        let role: string | null;
        try {
          ({ role } = await this.access.visible(user.user, message.designId));
        } catch {
          return null;
        }
        if (!socket.connected) return null;
        if (message.afterSeq !== undefined) {
          await sequencer.replay(message.afterSeq, (event) => socket.emit('design:event', event));
        }
        const known = state.designs[message.designId];
        state.designs[message.designId] = { role, focus: known?.focus ?? null, focusAt: known?.focusAt ?? 0 };
        await socket.join(designRoom(message.designId));
        return sequencer.lastDelivered;
      });
      if (seq === null || !socket.connected) return refusal('NOT_FOUND');
      const presence = await this.presenceOf(message.designId);
      this.schedulePresence(message.designId);
      return { ok: true, seq, presence };
    } finally {
      sequencer.joining -= 1;
      this.releaseIfEmpty(message.designId);
    }
  }

  private async leave(socket: Socket, payload: unknown): Promise<Record<string, unknown>> {
    const message = parse(LeaveMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    const state = socket.data as SocketState;
    if (!(message.designId in state.designs)) return refusal('NOT_FOUND');
    delete state.designs[message.designId];
    await socket.leave(designRoom(message.designId));
    this.schedulePresence(message.designId);
    this.releaseIfEmpty(message.designId);
    return { ok: true };
  }

  private focus(socket: Socket, payload: unknown): Record<string, unknown> {
    const message = parse(FocusMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    const membership = (socket.data as SocketState).designs[message.designId];
    if (!membership) return refusal('NOT_FOUND');
    membership.focus = message.focus;
    membership.focusAt = Date.now();
    this.schedulePresence(message.designId);
    return { ok: true };
  }

  /**
   * Every client message goes through here: rate-limited per socket, answered through the ack
   * when the client gave one, and never able to throw into socket.io.
   */
  private guarded(
    socket: Socket,
    args: unknown[],
    handle: (payload: unknown) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ): void {
    // socket.io hands the client's acknowledgement over as the last argument, whatever came before.
    const last = args.at(-1);
    const answer: Ack = typeof last === 'function' ? (last as Ack) : () => undefined;
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

  // -------------------------------------------------------------------------------------------
  // Delivery
  // -------------------------------------------------------------------------------------------

  /** A committed entry of this instance: to its own sockets, and to the other instances. */
  private async publish(event: CommittedDesignEvent): Promise<void> {
    const [wire] = await this.toWire([event]);
    if (!wire) return;
    this.deliver(wire);
    if (this.options.distributed) this.namespace.serverSideEmit(COMMITTED, wire);
  }

  /** Log entries as `design:event` carries them, with their actors' names (one lookup). */
  private async toWire(
    events: ReadonlyArray<
      Pick<CommittedDesignEvent, 'designId' | 'seq' | 'type' | 'actorId' | 'data' | 'at'>
    >,
  ): Promise<WireEvent[]> {
    const names = await this.directory.displayNames(
      this.dataSource.manager,
      events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
    );
    return events.map((e) => {
      const displayName = e.actorId ? names.get(e.actorId) : undefined;
      return {
        designId: e.designId,
        seq: e.seq,
        type: e.type,
        actor: e.actorId && displayName !== undefined ? { id: e.actorId, displayName } : null,
        data: e.data,
        at: e.at.toISOString(),
      };
    });
  }

  /** Redis was away: entries and presence sent through it meanwhile never arrived here. */
  private catchUp(): void {
    for (const [designId, sequencer] of this.sequencers) {
      sequencer
        .run(() => sequencer.levelWithLog())
        .catch((error: unknown) => this.logger.error(error, 'catching up after a Redis outage failed'));
      this.schedulePresence(designId);
    }
  }

  private deliver(event: WireEvent): void {
    const sequencer = this.sequencers.get(event.designId);
    if (!sequencer) return; // nobody on this instance is in that design
    sequencer
      .offer(event)
      .catch((error: unknown) => this.logger.error(error, 'delivering a design event failed'));
  }

  private sequencerFor(designId: string): DesignSequencer {
    let sequencer = this.sequencers.get(designId);
    if (!sequencer) {
      sequencer = new DesignSequencer(designId, {
        latestSeq: (id) => this.latestSeq(id),
        fetchAfter: (id, afterSeq, limit) => this.fetchAfter(id, afterSeq, limit),
        emit: (event) => this.emitToRoom(event),
        holeGraceMs: this.options.holeGraceMs,
        onError: (error) => this.logger.error(error, 'reading missed design events failed'),
      });
      this.sequencers.set(designId, sequencer);
    }
    return sequencer;
  }

  private emitToRoom(event: WireEvent): void {
    if (event.type === 'participant.removed') {
      // The removed person's sockets leave before the entry goes out: they receive nothing more.
      const removedId = (event.data['user'] as { id?: string } | undefined)?.id;
      if (removedId) this.evict(event.designId, removedId);
    }
    this.namespace.local.to(designRoom(event.designId)).emit('design:event', event);
  }

  private evict(designId: string, userId: string): void {
    const room = this.namespace.adapter.rooms.get(designRoom(designId));
    for (const socketId of [...(room ?? [])]) {
      const socket = this.namespace.sockets.get(socketId);
      const state = socket?.data as SocketState | undefined;
      if (!socket || state?.user.id !== userId) continue;
      delete state.designs[designId];
      void socket.leave(designRoom(designId));
    }
    this.schedulePresence(designId);
  }

  private releaseIfEmpty(designId: string): void {
    if (this.namespace.adapter.rooms.get(designRoom(designId))?.size) return;
    const sequencer = this.sequencers.get(designId);
    if (!sequencer || sequencer.joining > 0) return;
    this.sequencers.delete(designId);
    sequencer.close();
  }

  private latestSeq(designId: string): Promise<number> {
    return this.log.latestSeq(designId);
  }

  private async fetchAfter(designId: string, afterSeq: number, limit: number): Promise<WireEvent[]> {
    return this.toWire(await this.log.list(designId, afterSeq, limit));
  }

  // -------------------------------------------------------------------------------------------
  // Presence
  // -------------------------------------------------------------------------------------------

  /** Everyone in the design's room on every instance, once per user. */
  private async presenceOf(designId: string): Promise<PresenceEntry[]> {
    const sockets = await this.namespace.in(designRoom(designId)).fetchSockets();
    return mergePresence(
      designId,
      sockets.map((s) => ({ data: s.data as SocketState })),
    );
  }

  /** Presence changes are sent at most once per `presenceDebounceMs` per design. */
  private schedulePresence(designId: string): void {
    if (this.presenceTimers.has(designId)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(designId);
      this.presenceOf(designId)
        .then((presence) => {
          this.namespace.to(designRoom(designId)).emit('design:presence', { designId, presence });
        })
        .catch((error: unknown) => this.logger.error(error, 'presence update failed'));
    }, this.options.presenceDebounceMs);
    timer.unref();
    this.presenceTimers.set(designId, timer);
  }

  // -------------------------------------------------------------------------------------------
  // Sessions
  // -------------------------------------------------------------------------------------------

  /** The handshake: a live user with a valid token, or `connect_error` UNAUTHENTICATED. */
  private async authenticate(socket: Socket): Promise<Error | null> {
    const token: unknown = socket.handshake.auth?.['token'];
    const session = await this.auth.authenticateToken(token);
    if (!session || session.expiresAt.getTime() <= Date.now()) return new Error('UNAUTHENTICATED');
    const state: SocketState = {
      user: { id: session.user.id, displayName: session.user.displayName },
      expiresAt: session.expiresAt.getTime(),
      designs: {},
    };
    socket.data = state;
    return null;
  }

  /** A socket ends when its token does: it receives nothing more after that moment. */
  private armExpiry(socket: Socket): void {
    const remaining = (socket.data as SocketState).expiresAt - Date.now();
    const timer = setTimeout(
      () => {
        if (Date.now() >= (socket.data as SocketState).expiresAt) {
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
}

function parse<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> | null {
  const result = schema.safeParse(payload);
  return result.success ? result.data : null;
}

function refusal(error: Refusal): Record<string, unknown> {
  return { ok: false, error };
}
