import { performance } from 'node:perf_hooks';

import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

import type { PresenceEntry, PresenceUpdate } from '@mc/realtime-contract';

import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { mergePresence } from './merge-presence';
import { designRoom, RealtimeChannel } from './realtime-channel';

/**
 * A presence update is one frame to every socket in the room: in a room of thousands that costs
 * as much as a design event (≈ 20 µs a socket here), and while people keep joining, updates every
 * 50 ms would take most of the instance's time. After handing an update to its sockets, an instance
 * pauses that design's presence for this many times what it cost, so that presence takes at most
 * about a fifth of the time however big the room (a room of 100: a pause of ≈ 8 ms).
 */
export const PRESENCE_COST_FACTOR = 4;

/**
 * An update goes to a big room this many sockets at a time (≈ 10 ms here), with the event loop free
 * in between: a design event waits for one slice, not for the whole room's presence.
 */
export const PRESENCE_SLICE = 500;

/** Per design: the local hand-over under way, and the newest update waiting behind it. */
interface HandOver {
  next: PresenceUpdate | null;
  /** Settles when no update is left to hand over and the pause after the last one is over. */
  done: Promise<void>;
}

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
 * `presenceDebounceMs` per design — further apart in big rooms ({@link PRESENCE_COST_FACTOR}).
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  /** Per design: the update waiting for its timer, or being computed and sent. */
  private readonly pending = new Map<string, PendingUpdate>();
  /** Per design: the local hand-over under way; later updates wait for it, in order. */
  private readonly handOvers = new Map<string, HandOver>();
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
      timer: setTimeout(() => this.fire(designId, entry), this.options.presenceDebounceMs),
      fired: false,
      again: false,
    };
    entry.timer.unref();
    this.pending.set(designId, entry);
  }

  onModuleDestroy(): void {
    this.closed = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private fire(designId: string, entry: PendingUpdate): void {
    entry.fired = true;
    this.of(designId)
      .then((presence) => this.send(designId, presence))
      .catch((error: unknown) => this.logger.error(error, 'presence update failed'))
      .finally(() => {
        this.pending.delete(designId);
        // Handed over and paused after (toLocalRoom): a change since then gets its own update.
        if (entry.again) this.changed(designId);
      });
  }

  /**
   * An update (from this instance or, through Redis, another) to this instance's sockets in the
   * design's room, {@link PRESENCE_SLICE} at a time; sockets that leave the room meanwhile get
   * nothing more. Each update is the whole presence, so while one is handed over only the newest
   * of those that arrive waits (no queue builds up when other instances send faster than this
   * room takes), and after a costly hand-over the next starts {@link PRESENCE_COST_FACTOR} × its
   * cost later, here as on the instance that computed it.
   */
  toLocalRoom(update: PresenceUpdate): Promise<void> {
    const current = this.handOvers.get(update.designId);
    if (current) {
      current.next = update;
      return current.done;
    }
    const state: HandOver = { next: update, done: Promise.resolve() };
    this.handOvers.set(update.designId, state);
    state.done = this.handOverAll(update.designId, state);
    return state.done;
  }

  private async handOverAll(designId: string, state: HandOver): Promise<void> {
    try {
      for (let update = state.next; update; update = state.next) {
        state.next = null;
        const busy = await this.handOver(update);
        // Under a quarter of a millisecond of work (a room of tens): no pause.
        if (busy >= 0.25) await new Promise((resolve) => setTimeout(resolve, PRESENCE_COST_FACTOR * busy));
      }
    } finally {
      if (this.handOvers.get(designId) === state) this.handOvers.delete(designId);
    }
  }

  /** Resolves once handed over here and the pause after it is over (changes meanwhile wait). */
  private async send(designId: string, presence: PresenceEntry[]): Promise<void> {
    const update: PresenceUpdate = { designId, presence };
    if (this.options.distributed) this.channel.presenceToOtherInstances(update);
    await this.toLocalRoom(update);
  }

  private async handOver(update: PresenceUpdate): Promise<number> {
    const { adapter } = this.channel.namespace;
    const room = designRoom(update.designId);
    const ids = [...(adapter.rooms.get(room) ?? [])];
    let busy = 0;
    for (let start = 0; start < ids.length; start += PRESENCE_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const members = adapter.rooms.get(room);
      if (!members) break;
      // Each socket is in the room named by its id: one broadcast, encoded once, per slice.
      const slice = ids.slice(start, start + PRESENCE_SLICE).filter((id) => members.has(id));
      if (slice.length === 0) continue;
      const began = performance.now();
      this.channel.namespace.local.to(slice).emit('design:presence', update);
      busy += performance.now() - began;
    }
    return busy;
  }
}
