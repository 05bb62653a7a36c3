import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CommittedDesignEvent, DesignEventBus, DesignEventLog } from '@mc/designs';
import { UserDirectory } from '@mc/identity';
import type { WireEvent } from '@mc/realtime-contract';

import { NotificationService } from '../notifications/notification.service';
import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { DesignSequencer } from './design-sequencer';
import { designRoom, RealtimeChannel, userRoom } from './realtime-channel';
import { SocketEvictionService } from './socket-eviction.service';

type LogEntry = Pick<CommittedDesignEvent, 'designId' | 'seq' | 'type' | 'actorId' | 'data' | 'at'>;

/**
 * Delivery of each design's log to its room, after commit: entries of this instance's writers and,
 * through the Redis adapter, of the others' go through one {@link DesignSequencer} per design with
 * sockets here, which hands each to the room once, in `seq` order. Notifications go to their
 * user's private room.
 */
@Injectable()
export class DesignDeliveryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly sequencers = new Map<string, DesignSequencer>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly dataSource: DataSource,
    private readonly log: DesignEventLog,
    private readonly bus: DesignEventBus,
    private readonly directory: UserDirectory,
    private readonly notifications: NotificationService,
    private readonly channel: RealtimeChannel,
    private readonly eviction: SocketEvictionService,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((event) => {
      this.publish(event).catch((error: unknown) =>
        this.logger.error(error, 'publishing a design event failed'),
      );
    });
    this.notifications.deliverTo((userId, notification) => {
      if (this.channel.attached)
        this.channel.namespace.to(userRoom(userId)).emit('notification', notification);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    for (const sequencer of this.sequencers.values()) sequencer.close();
    this.sequencers.clear();
  }

  /** A committed entry from anywhere (this instance or another): to this instance's sockets. */
  deliver(event: WireEvent): void {
    const sequencer = this.sequencers.get(event.designId);
    if (!sequencer) return; // nobody on this instance is in that design
    sequencer
      .offer(event)
      .catch((error: unknown) => this.logger.error(error, 'delivering a design event failed'));
  }

  /**
   * Levels every design served here with its log (after a Redis outage, entries of other
   * instances may be missing); answers the designs it levels.
   */
  catchUp(): string[] {
    for (const sequencer of this.sequencers.values()) {
      sequencer
        .run(() => sequencer.levelWithLog())
        .catch((error: unknown) => this.logger.error(error, 'catching up after a Redis outage failed'));
    }
    return [...this.sequencers.keys()];
  }

  /** The design's sequencer on this instance, created on first use. */
  sequencerFor(designId: string): DesignSequencer {
    let sequencer = this.sequencers.get(designId);
    if (!sequencer) {
      sequencer = new DesignSequencer(designId, {
        latestSeq: (id) => this.log.latestSeq(id),
        fetchAfter: async (id, afterSeq, limit) => this.toWire(await this.log.list(id, afterSeq, limit)),
        emit: (event) => this.emitToRoom(event),
        holeGraceMs: this.options.holeGraceMs,
        onError: (error) => this.logger.error(error, 'reading missed design events failed'),
      });
      this.sequencers.set(designId, sequencer);
    }
    return sequencer;
  }

  /** Drops the design's sequencer once no socket here is in its room and no join is under way. */
  releaseIfEmpty(designId: string): void {
    if (this.channel.namespace.adapter.rooms.get(designRoom(designId))?.size) return;
    const sequencer = this.sequencers.get(designId);
    if (!sequencer || sequencer.joining > 0) return;
    this.sequencers.delete(designId);
    sequencer.close();
  }

  /** A committed entry of this instance: to its own sockets, and to the other instances. */
  private async publish(event: CommittedDesignEvent): Promise<void> {
    const [wire] = await this.toWire([event]);
    if (!wire) return;
    this.deliver(wire);
    if (this.options.distributed) this.channel.toOtherInstances(wire);
  }

  /** Log entries as `design:event` carries them, with their actors' names (one lookup). */
  private async toWire(events: readonly LogEntry[]): Promise<WireEvent[]> {
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

  private emitToRoom(event: WireEvent): void {
    if (event.type === 'participant.removed') {
      // The removed person's sockets leave before the entry goes out: they receive nothing more.
      const removedId = (event.data['user'] as { id?: string } | undefined)?.id;
      if (removedId) this.eviction.evictFromDesign(event.designId, removedId);
    }
    this.channel.namespace.local.to(designRoom(event.designId)).emit('design:event', event);
  }
}
