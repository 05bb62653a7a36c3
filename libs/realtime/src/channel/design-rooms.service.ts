import { Inject, Injectable } from '@nestjs/common';

import { DesignAccessPolicy } from '@mc/designs';
import { AuthGuard } from '@mc/identity';
import { type Answer, FocusMessage, type JoinAnswer, JoinMessage, LeaveMessage } from '@mc/realtime-contract';

import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { parseMessage, refusal } from './answers';
import { DesignDeliveryService } from './design-delivery.service';
import { PresenceService } from './presence.service';
import { designRoom, type RealtimeSocket } from './realtime-channel';

/**
 * `design:join`, `design:leave` and `design:focus`: a socket enters a design's room behind the
 * same visibility check as GraphQL, with its catch-up (`afterSeq`) and the live entries meeting in
 * the design's delivery queue with no gap and no duplicate.
 */
@Injectable()
export class DesignRoomsService {
  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly auth: AuthGuard,
    private readonly access: DesignAccessPolicy,
    private readonly delivery: DesignDeliveryService,
    private readonly presence: PresenceService,
  ) {}

  async join(socket: RealtimeSocket, payload: unknown): Promise<JoinAnswer> {
    const message = parseMessage(JoinMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    const state = socket.data;
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
    const sequencer = this.delivery.sequencerFor(message.designId);
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
      const presence = await this.presence.of(message.designId);
      this.presence.changed(message.designId);
      return { ok: true, seq, presence };
    } finally {
      sequencer.joining -= 1;
      this.delivery.releaseIfEmpty(message.designId);
    }
  }

  async leave(socket: RealtimeSocket, payload: unknown): Promise<Answer> {
    const message = parseMessage(LeaveMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    if (!(message.designId in socket.data.designs)) return refusal('NOT_FOUND');
    delete socket.data.designs[message.designId];
    await socket.leave(designRoom(message.designId));
    this.presence.changed(message.designId);
    this.delivery.releaseIfEmpty(message.designId);
    return { ok: true };
  }

  focus(socket: RealtimeSocket, payload: unknown): Answer {
    const message = parseMessage(FocusMessage, payload);
    if (!message) return refusal('BAD_USER_INPUT');
    const membership = socket.data.designs[message.designId];
    if (!membership) return refusal('NOT_FOUND');
    membership.focus = message.focus;
    membership.focusAt = Date.now();
    this.presence.changed(message.designId);
    return { ok: true };
  }

  /** A socket is gone: the designs it was in hear of it, and drop their sequencer if it was the last. */
  disconnected(socket: RealtimeSocket): void {
    // socket.data is unset when the handshake refused the socket.
    for (const designId of Object.keys(socket.data?.designs ?? {})) {
      this.presence.changed(designId);
      this.delivery.releaseIfEmpty(designId);
    }
  }
}
