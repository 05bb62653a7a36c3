import { ChannelEvent, INITIAL_CHANNEL_STATE, joined, receive, settle } from './channel-state';

const entry = (seq: number): ChannelEvent => ({
  designId: 'd',
  seq,
  type: 'comment.added',
  actor: null,
  data: {},
  at: new Date(0).toISOString(),
});

const seqs = (events: ChannelEvent[]) => events.map((e) => e.seq);

describe('the client side of the channel (catch-up)', () => {
  it('keeps entries that arrive before the join answer, then applies only those after it', () => {
    let step = receive(INITIAL_CHANNEL_STATE, entry(5));
    step = receive(step.state, entry(6));
    expect(step.apply).toEqual([]);
    const after = settle(joined(step.state, 5));
    expect(seqs(after.apply)).toEqual([6]);
    expect(after.state).toEqual({ lastSeq: 6, pending: [] });
  });

  it('applies entries in order and drops the ones already applied (no duplicate items)', () => {
    let state = joined(INITIAL_CHANNEL_STATE, 3);
    const applied: number[] = [];
    for (const seq of [4, 4, 5, 3, 5, 6]) {
      const step = receive(state, entry(seq));
      state = step.state;
      applied.push(...seqs(step.apply));
    }
    expect(applied).toEqual([4, 5, 6]);
  });

  it('holds entries after a hole and asks to catch up from the last applied one', () => {
    const state = joined(INITIAL_CHANNEL_STATE, 3);
    const step = receive(state, entry(6));
    expect(step.apply).toEqual([]);
    expect(step.refetchFrom).toBe(3);
    // the rejoin with afterSeq 3 replays 4 and 5: everything then applies once, in order
    const four = receive(step.state, entry(4));
    const five = receive(four.state, entry(5));
    expect([...seqs(four.apply), ...seqs(five.apply)]).toEqual([4, 5, 6]);
    expect(five.refetchFrom).toBeNull();
    expect(receive(five.state, entry(6)).apply).toEqual([]);
  });

  it('a rejoin after a reconnect keeps the client’s own position, so the replay is applied, not skipped', () => {
    let state = joined(INITIAL_CHANNEL_STATE, 10);
    state = receive(state, entry(11)).state;
    // reconnect: the server replays 12 and 13 and answers with its latest, 13
    const replayed = [12, 13].map((seq) => {
      const step = receive(state, entry(seq));
      state = step.state;
      return seqs(step.apply);
    });
    state = joined(state, 13);
    expect(replayed.flat()).toEqual([12, 13]);
    expect(settle(state).apply).toEqual([]);
    expect(state.lastSeq).toBe(13);
  });
});
