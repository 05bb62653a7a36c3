import type { WireEvent } from '@mc/realtime-contract';

import { DesignSequencer, SequencerDeps } from './design-sequencer';

const DESIGN = '00000000-0000-4000-8000-000000000001';

const entry = (seq: number): WireEvent => ({
  designId: DESIGN,
  seq,
  type: 'comment.added',
  actor: null,
  data: { seq },
  at: new Date(0).toISOString(),
});

/** A log of `committed` entries and a room that records what it was handed. */
function harness(committed: number, options: { latest?: number } = {}) {
  const log = Array.from({ length: committed }, (_, i) => entry(i + 1));
  const emitted: number[] = [];
  const fetches: Array<[number, number]> = [];
  const deps: SequencerDeps = {
    latestSeq: async () => options.latest ?? log.length,
    fetchAfter: async (_id, afterSeq, limit) => {
      fetches.push([afterSeq, limit]);
      return log.filter((e) => e.seq > afterSeq).slice(0, limit);
    },
    emit: (event) => emitted.push(event.seq),
    holeGraceMs: 5,
    onError: (error) => {
      throw error;
    },
  };
  return { log, emitted, fetches, sequencer: new DesignSequencer(DESIGN, deps) };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DesignSequencer', () => {
  it('starts after the latest committed entry and hands over the next ones in order', async () => {
    const { log, emitted, sequencer } = harness(3);
    await sequencer.run(() => undefined);
    log.push(entry(4), entry(5));
    await sequencer.offer(entry(4));
    await sequencer.offer(entry(5));
    expect(emitted).toEqual([4, 5]);
  });

  it('drops duplicates and entries it has already handed over', async () => {
    const { log, emitted, sequencer } = harness(0);
    await sequencer.run(() => undefined); // starts at the latest committed entry: 0
    log.push(entry(1), entry(2));
    await Promise.all([entry(1), entry(1), entry(2), entry(1), entry(2)].map((e) => sequencer.offer(e)));
    expect(emitted).toEqual([1, 2]);
  });

  it('holds an early entry until the ones before it arrive', async () => {
    const { log, emitted, sequencer } = harness(0);
    await sequencer.run(() => undefined); // starts at the latest committed entry: 0
    log.push(entry(1), entry(2), entry(3));
    await sequencer.offer(entry(3));
    await sequencer.offer(entry(2));
    expect(emitted).toEqual([]);
    await sequencer.offer(entry(1));
    expect(emitted).toEqual([1, 2, 3]);
  });

  it('fills a hole that never arrives from the log, after the grace period', async () => {
    const { log, emitted, sequencer } = harness(0);
    await sequencer.run(() => undefined); // starts at the latest committed entry: 0
    log.push(entry(1), entry(2), entry(3));
    await sequencer.offer(entry(3));
    expect(emitted).toEqual([]);
    await settle();
    expect(emitted).toEqual([1, 2, 3]);
  });

  it('replays a range to one socket without touching the room, and only up to what the room has', async () => {
    const { log, emitted, sequencer } = harness(5);
    const replayed: number[] = [];
    await sequencer.run(() => sequencer.replay(2, (e) => replayed.push(e.seq)));
    expect(replayed).toEqual([3, 4, 5]);
    expect(emitted).toEqual([]);
    log.push(entry(6)); // committed but not yet handed to the room: not part of the replay
    const again: number[] = [];
    await sequencer.run(() => sequencer.replay(0, (e) => again.push(e.seq)));
    expect(again).toEqual([1, 2, 3, 4, 5]);
  });

  it('levels the room with the log: entries committed but not yet arrived are handed over once', async () => {
    const { log, emitted, sequencer } = harness(2);
    await sequencer.run(() => undefined);
    log.push(entry(3), entry(4));
    await sequencer.run(() => sequencer.levelWithLog());
    expect(emitted).toEqual([3, 4]);
    await sequencer.offer(entry(3)); // arriving late through the bus
    await sequencer.offer(entry(4));
    expect(emitted).toEqual([3, 4]);
  });

  it('pages through a long log', async () => {
    const { emitted, fetches, sequencer } = harness(1_200, { latest: 0 });
    await sequencer.run(() => sequencer.levelWithLog());
    expect(emitted).toHaveLength(1_200);
    expect(emitted.at(-1)).toBe(1_200);
    expect(fetches.map(([after]) => after)).toEqual([0, 500, 1_000]);
  });

  it('runs tasks one at a time, in the order they were queued, even when one fails', async () => {
    const { sequencer } = harness(0);
    const order: string[] = [];
    const first = sequencer.run(async () => {
      await settle(10);
      order.push('first');
    });
    const failing = sequencer.run(() => {
      order.push('failing');
      throw new Error('boom');
    });
    const third = sequencer.run(() => order.push('third'));
    await first;
    await expect(failing).rejects.toThrow('boom');
    await third;
    expect(order).toEqual(['first', 'failing', 'third']);
  });

  it('hands nothing over once closed', async () => {
    const { log, emitted, sequencer } = harness(0);
    log.push(entry(1));
    sequencer.close();
    await sequencer.offer(entry(1));
    expect(emitted).toEqual([]);
  });
});
