import { performance } from 'node:perf_hooks';

import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

import type { PresenceEntry } from '@mc/realtime-contract';

import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { mergePresence } from './merge-presence';
import { designRoom, RealtimeChannel } from './realtime-channel';

/**
 * A presence update is one frame to every socket in the room: in a room of thousands that costs
 * as much as a design event (≈ 20 µs a socket here), and while people keep joining, updates every
 * 50 ms would take most of the instance's time and hold the design's events back. The wait before
 * the next update of a design is at least this many times its last update's cost, so that presence
 * takes at most about a fifth of the time however big the room (a room of 100: still 50 ms).
 */
export const PRESENCE_COST_FACTOR = 4;

interface PendingUpdate {
  timer: NodeJS.Timeout;
  /** Its timer fired: the update is being computed or sent. */
  fired: boolean;
  /** Something changed after it fired: one more update follows it. */
  again: boolean;
}

/**
 * Who is in a design and what they are editing, from the sockets in its room on every instance
 * (one entry per user however many tabs), sent as `design:presence` at most once per
 * `presenceDebounceMs` per design — longer in big rooms ({@link PRESENCE_COST_FACTOR}).
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  /** Per design: the update waiting for its timer, or being computed and sent. */
  private readonly pending = new Map<string, PendingUpdate>();
  /** Per design with sockets here: how long its last update took to hand to the room, in ms. */
  private readonly lastCost = new Map<string, number>();
  private closed = false;

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly channel: RealtimeChannel,
  ) {}

  async of(designId: string): Promise<PresenceEntry[]> {
    return mergePresence(designId, await this.channel.socketsIn(designRoom(designId)));
  }

  /** Someone joined, left, disconnected or moved their focus: the room hears of it soon. */
  changed(designId: string): void {
    const waiting = this.pending.get(designId);
    if (waiting) {
      // Before the timer fires, the update will include this change; after, one more follows.
      if (waiting.fired) waiting.again = true;
      return;
    }
    if (this.closed) return;
    const entry: PendingUpdate = {
      timer: setTimeout(() => this.fire(designId, entry), this.delayFor(designId)),
      fired: false,
      again: false,
    };
    entry.timer.unref();
    this.pending.set(designId, entry);
  }

  /** The wait before a design's next update: the debounce, or more after a costly one. */
  delayFor(designId: string): number {
    const cost = this.lastCost.get(designId) ?? 0;
    return Math.max(this.options.presenceDebounceMs, Math.ceil(PRESENCE_COST_FACTOR * cost));
  }

  onModuleDestroy(): void {
    this.closed = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.lastCost.clear();
  }

  private fire(designId: string, entry: PendingUpdate): void {
    entry.fired = true;
    this.of(designId)
      .then((presence) => this.send(designId, presence))
      .catch((error: unknown) => this.logger.error(error, 'presence update failed'))
      .finally(() => {
        this.pending.delete(designId);
        // The next wait starts now, once this update's cost is known.
        if (entry.again) this.changed(designId);
      });
  }

  private send(designId: string, presence: PresenceEntry[]): void {
    const room = designRoom(designId);
    const started = performance.now();
    this.channel.namespace.to(room).emit('design:presence', { designId, presence });
    if (this.channel.namespace.adapter.rooms.has(room))
      this.lastCost.set(designId, performance.now() - started);
    else this.lastCost.delete(designId); // nobody here any more
  }
}
