import { Injectable } from '@nestjs/common';

import { TransactionRunner } from '@mc/database';
import { UserDirectory } from '@mc/identity';

import { MailOutbox } from '../outbox/mail-outbox.service';

import { EmailMode, NotificationPreference } from './notification-preference.entity';

@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: MailOutbox,
    private readonly users: UserDirectory,
  ) {}

  async get(userId: string): Promise<{ email: EmailMode }> {
    return this.transactions.run(async (tx) => {
      const row = await tx.manager.getRepository(NotificationPreference).findOne({ where: { userId } });
      return { email: row?.email ?? EmailMode.IMMEDIATE };
    });
  }

  /** Sets the mode; a digest already pending still goes out (or, under OFF, is dropped when due). */
  async set(userId: string, email: EmailMode): Promise<{ email: EmailMode }> {
    return this.transactions.run(async (tx) => {
      await this.outbox.lockedPreference(tx, userId);
      await tx.manager.getRepository(NotificationPreference).update({ userId }, { email });
      return { email };
    });
  }

  /** The unsubscribe link's action: OFF for the user the token was signed for; false for a bad token. */
  async unsubscribe(token: string): Promise<boolean> {
    const userId = this.outbox.unsubscribe.verify(token);
    if (!userId) return false;
    const exists = await this.transactions.run(async (tx) => {
      if (!(await this.users.emails(tx.manager, [userId])).size) return false;
      await this.outbox.lockedPreference(tx, userId);
      await tx.manager.getRepository(NotificationPreference).update({ userId }, { email: EmailMode.OFF });
      return true;
    });
    return exists;
  }
}
