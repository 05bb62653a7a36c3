import { useEffect, useRef, useState } from 'react';

import type { Focus, PresenceEntry, PresenceUpdate } from '@mc/realtime-contract';

import { useSocket } from '../ui/realtime-context';

import { ChannelEvent, ChannelState, INITIAL_CHANNEL_STATE, joined, receive, settle } from './channel-state';

/** One person in the design's presence (the contract's `PresenceEntry`). */
export type Presence = PresenceEntry;

/**
 * The design's real-time channel: joins (and rejoins after a reconnect with `afterSeq`, so nothing
 * is missed and nothing applied twice), hands each new entry to `onEvents` in order (and an empty
 * list after a first join, when the data loaded before it may be stale), and tracks presence.
 * `live` is true while joined. `setFocus` tells the others what this user is editing.
 */
export function useDesignChannel(designId: string, onEvents: (events: ChannelEvent[]) => void) {
  const socket = useSocket();
  const state = useRef<ChannelState>(INITIAL_CHANNEL_STATE);
  const handler = useRef(onEvents);
  handler.current = onEvents;
  const [presence, setPresence] = useState<Presence[]>([]);
  /** Joined and receiving the design's entries (not merely connected). */
  const [live, setLive] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    if (!socket) return undefined;
    state.current = INITIAL_CHANNEL_STATE;
    let active = true;

    const apply = (events: ChannelEvent[]) => {
      if (events.length) handler.current(events);
    };
    setLive(false);
    const join = async () => {
      const afterSeq = state.current.lastSeq;
      try {
        const ack = await socket
          .timeout(10_000)
          .emitWithAck('design:join', afterSeq === null ? { designId } : { designId, afterSeq });
        if (!active) return;
        if (!ack.ok) {
          setRefused(ack.error);
          return;
        }
        setRefused(null);
        setPresence(ack.presence);
        state.current = joined(state.current, ack.seq);
        const step = settle(state.current);
        state.current = step.state;
        // A first join has no position to catch up from: what was loaded before it may have missed
        // entries, so the page reloads once (an empty list), then follows entry by entry.
        if (afterSeq === null) handler.current([]);
        apply(step.apply);
        setLive(true);
      } catch {
        // No answer in time: try again while connected (a reconnect rejoins anyway).
        if (active && socket.connected) setTimeout(() => void join(), 1_000);
      }
    };
    const onEvent = (event: ChannelEvent) => {
      if (event.designId !== designId) return;
      const step = receive(state.current, event);
      state.current = step.state;
      apply(step.apply);
      if (step.refetchFrom !== null) void join();
    };
    const onPresence = (update: PresenceUpdate) => {
      if (update.designId === designId) setPresence(update.presence);
    };
    const onConnect = () => void join();
    const onDisconnect = () => setLive(false);

    socket.on('design:event', onEvent);
    socket.on('design:presence', onPresence);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) onConnect();
    return () => {
      active = false;
      socket.off('design:event', onEvent);
      socket.off('design:presence', onPresence);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      // The answer does not matter to a page that is going away.
      if (socket.connected) socket.emit('design:leave', { designId }, () => undefined);
    };
  }, [socket, designId]);

  const setFocus = (focus: Focus | null) => {
    socket?.emit('design:focus', { designId, focus }, () => undefined);
  };

  return { presence, live, refused, setFocus };
}
