import { Injectable } from '@nestjs/common';

import type { Tx } from '@mc/database';

import type { OrgRole } from './identity.enums';

/** Something identity did that others act on (mail), told inside the change's own transaction. */
export type IdentitySignal =
  | {
      type: 'organization-invited';
      email: string;
      orgRole: OrgRole;
      organizationId: string;
      invitedById: string;
      /** The raw token: it exists only now (only its hash is stored). */
      token: string;
      expiresAt: Date;
    }
  | { type: 'password-reset-requested'; userId: string; email: string; token: string; expiresAt: Date };

export type IdentitySignalHandler = (tx: Tx, signal: IdentitySignal) => Promise<void>;

/**
 * In-transaction listeners: what they write (a mail job) commits or rolls back with the change.
 */
@Injectable()
export class IdentitySignals {
  private readonly handlers: IdentitySignalHandler[] = [];

  register(handler: IdentitySignalHandler): void {
    this.handlers.push(handler);
  }

  async emit(tx: Tx, signal: IdentitySignal): Promise<void> {
    for (const handler of this.handlers) await handler(tx, signal);
  }
}
