import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

import type { PresenceEntry } from '@mc/realtime-contract';

import { REALTIME_OPTIONS, type RealtimeOptions } from '../realtime.options';

import { mergePresence } from './merge-presence';
import { designRoom, RealtimeChannel } from './realtime-channel';

/**
 * Who is in a design and what they are editing, from the sockets in its room on every instance
 * (one entry per user however many tabs), sent as `design:presence` at most once per
 * `presenceDebounceMs` per design.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly channel: RealtimeChannel,
  ) {}

  async of(designId: string): Promise<PresenceEntry[]> {
    return mergePresence(designId, await this.channel.socketsIn(designRoom(designId)));
  }

  /** Someone joined, left, disconnected or moved their focus: the room hears of it soon. */
  changed(designId: string): void {
    if (this.timers.has(designId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(designId);
      this.of(designId)
        .then((presence) =>
          this.channel.namespace.to(designRoom(designId)).emit('design:presence', { designId, presence }),
        )
        .catch((error: unknown) => this.logger.error(error, 'presence update failed'));
    }, this.options.presenceDebounceMs);
    timer.unref();
    this.timers.set(designId, timer);
  }

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
