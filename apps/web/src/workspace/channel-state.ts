/**
 * What the client knows of a design's log, and what to do with each entry received: apply it,
 * drop it (already seen), or fetch what is missing (a hole). Pure, so it can be tested alone.
 */
import type { WireEvent } from '@mc/realtime-contract';

/** One entry of the design's log, as `design:event` carries it. */
export type ChannelEvent = WireEvent;

export interface ChannelState {
  /** The highest `seq` applied without a hole before it; null until the first join answered. */
  lastSeq: number | null;
  /** Entries received after a hole, kept until the hole is filled. */
  pending: ChannelEvent[];
}

export const INITIAL_CHANNEL_STATE: ChannelState = { lastSeq: null, pending: [] };

export interface Step {
  state: ChannelState;
  /** Entries to apply now, in order. */
  apply: ChannelEvent[];
  /** A hole was found: ask for entries after `lastSeq` (rejoin with `afterSeq`). */
  refetchFrom: number | null;
}

/** The join was answered: the design's log stands at `seq` as far as this client has seen it. */
export function joined(state: ChannelState, seq: number): ChannelState {
  // On a rejoin the server replays from our lastSeq before answering; we keep our own position.
  return { lastSeq: state.lastSeq ?? seq, pending: state.pending };
}

/** One entry from the server. */
export function receive(state: ChannelState, event: ChannelEvent): Step {
  if (state.lastSeq === null) {
    // Not joined yet: keep it for after the ack.
    return { state: { ...state, pending: insert(state.pending, event) }, apply: [], refetchFrom: null };
  }
  if (event.seq <= state.lastSeq || state.pending.some((p) => p.seq === event.seq)) {
    return { state, apply: [], refetchFrom: null };
  }
  return drain({ lastSeq: state.lastSeq, pending: insert(state.pending, event) });
}

/** After a join answer: apply whatever was kept and now follows on. */
export function settle(state: ChannelState): Step {
  if (state.lastSeq === null) return { state, apply: [], refetchFrom: null };
  return drain({
    lastSeq: state.lastSeq,
    pending: state.pending.filter((p) => p.seq > (state.lastSeq ?? 0)),
  });
}

function drain(state: { lastSeq: number; pending: ChannelEvent[] }): Step {
  const apply: ChannelEvent[] = [];
  let lastSeq = state.lastSeq;
  let pending = state.pending;
  while (pending[0] && pending[0].seq === lastSeq + 1) {
    apply.push(pending[0]);
    lastSeq = pending[0].seq;
    pending = pending.slice(1);
  }
  return { state: { lastSeq, pending }, apply, refetchFrom: pending.length ? lastSeq : null };
}

function insert(list: ChannelEvent[], event: ChannelEvent): ChannelEvent[] {
  if (list.some((e) => e.seq === event.seq)) return list;
  return [...list, event].sort((a, b) => a.seq - b.seq);
}
