import { Injectable } from '@nestjs/common';

/** A committed log entry, as the real-time channel and `Design.events` present it. */
export interface CommittedDesignEvent {
  designId: string;
  seq: number;
  type: string;
  actorId: string | null;
  data: Record<string, unknown>;
  at: Date;
}

type Listener = (event: CommittedDesignEvent) => void;

/**
 * In-process fan-out of log entries after their transaction committed (never before, never after a
 * rollback). The database log stays the source of truth; listeners (the real-time gateway) only
 * forward what was committed.
 */
@Injectable()
export class DesignEventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: CommittedDesignEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener must not affect the writer nor the other listeners.
      }
    }
  }
}
