import { Injectable } from '@nestjs/common';

import type { Tx } from '@mc/database';

import type { DesignRole } from '../designs.enums';

import type { DesignEvent } from './design-event.entity';

/** Something that happened to a design, told to listeners inside the change's own transaction. */
export type DesignSignal =
  | { type: 'event'; event: DesignEvent }
  | {
      type: 'invited';
      invitationId: string;
      designId: string;
      email: string;
      role: DesignRole;
      invitedById: string;
      /** The raw token: it exists only now (only its hash is stored), so its mail is written now. */
      token: string;
      expiresAt: Date;
      /** A fresh token for a pending invitation (`resendInvitation`). */
      resent: boolean;
    };

/**
 * The change a signal tells of, named the same way by every listener: what a notification and the
 * mail sent for the same change share (`event:<designId>:<seq>`, `invitation:<id>`).
 */
export function signalCause(signal: DesignSignal): string {
  return signal.type === 'invited'
    ? `invitation:${signal.invitationId}`
    : `event:${signal.event.designId}:${signal.event.seq}`;
}

export type DesignSignalHandler = (tx: Tx, signal: DesignSignal) => Promise<void>;

/**
 * In-transaction listeners (notifications): what they write commits or rolls back with the change
 * that caused it, so a refused or failed change leaves no trace anywhere.
 */
@Injectable()
export class DesignSignals {
  private readonly handlers: DesignSignalHandler[] = [];

  register(handler: DesignSignalHandler): void {
    this.handlers.push(handler);
  }

  async emit(tx: Tx, signal: DesignSignal): Promise<void> {
    for (const handler of this.handlers) await handler(tx, signal);
  }
}
