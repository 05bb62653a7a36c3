import type { WireEvent } from '@mc/realtime-contract';

export interface SequencerDeps {
  /** The design's latest committed `seq`. */
  latestSeq(designId: string): Promise<number>;
  /** Committed entries with `seq > afterSeq`, oldest first, at most `limit`. */
  fetchAfter(designId: string, afterSeq: number, limit: number): Promise<WireEvent[]>;
  /** Hands one entry to every socket of this instance in the design's room. */
  emit(event: WireEvent): void;
  /** How long an out-of-order entry waits for the ones before it before they are read from the log. */
  holeGraceMs: number;
  onError(error: unknown): void;
}

const PAGE = 500;

/**
 * The gap-free, in-order delivery of one design's log to this instance's sockets. Entries may
 * arrive late, twice or out of order (from this instance's own writers and, through Redis, from
 * the others'); the sequencer hands each one over exactly once, in `seq` order, and fills any hole
 * from the log itself, which holds every committed entry. Every step runs in one queue per design,
 * so a socket joining with `afterSeq` gets its catch-up and then the live entries with nothing in
 * between lost or repeated.
 */
export class DesignSequencer {
  /** The highest `seq` handed to the room; -1 until read from the database. */
  private delivered = -1;
  private readonly pending = new Map<number, WireEvent>();
  private queue: Promise<unknown> = Promise.resolve();
  private holeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Joins under way for this design on this instance; the sequencer is not released meanwhile. */
  joining = 0;

  constructor(
    readonly designId: string,
    private readonly deps: SequencerDeps,
  ) {}

  get lastDelivered(): number {
    return this.delivered;
  }

  /** Runs `task` after every task queued before it (one at a time per design). */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.queue.then(async () => {
      if (this.delivered < 0) this.delivered = await this.deps.latestSeq(this.designId);
      return task();
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** A committed entry, from wherever it came. */
  offer(event: WireEvent): Promise<void> {
    return this.run(() => {
      this.accept(event);
      this.drain();
    });
  }

  /**
   * Inside {@link run}: delivers to the room whatever the log holds beyond what was delivered, so
   * that the room is level with the database.
   */
  async levelWithLog(): Promise<void> {
    for (;;) {
      const batch = await this.deps.fetchAfter(this.designId, this.delivered, PAGE);
      for (const event of batch) this.accept(event);
      this.drain();
      if (batch.length < PAGE) return;
    }
  }

  /** Inside {@link run}: sends one socket the entries in `(afterSeq, delivered]`, in order. */
  async replay(afterSeq: number, send: (event: WireEvent) => void): Promise<void> {
    let cursor = afterSeq;
    while (cursor < this.delivered) {
      const batch = await this.deps.fetchAfter(this.designId, cursor, PAGE);
      if (batch.length === 0) return;
      for (const event of batch) {
        if (event.seq > this.delivered) return;
        send(event);
        cursor = event.seq;
      }
    }
  }

  close(): void {
    this.closed = true;
    if (this.holeTimer) clearTimeout(this.holeTimer);
    this.holeTimer = null;
    this.pending.clear();
  }

  private accept(event: WireEvent): void {
    if (event.seq > this.delivered && !this.pending.has(event.seq)) this.pending.set(event.seq, event);
  }

  private drain(): void {
    for (let next = this.pending.get(this.delivered + 1); next; next = this.pending.get(this.delivered + 1)) {
      this.pending.delete(next.seq);
      this.delivered = next.seq;
      if (!this.closed) this.deps.emit(next);
    }
    if (this.pending.size > 0 && !this.holeTimer && !this.closed) {
      this.holeTimer = setTimeout(() => {
        this.holeTimer = null;
        this.run(() => this.levelWithLog()).catch((error: unknown) => this.deps.onError(error));
      }, this.deps.holeGraceMs);
      this.holeTimer.unref();
    }
  }
}
