import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PerRequestLoader, type Tx } from '@mc/database';

import { MailDelivery, MailDeliveryStatus } from './mail-delivery.entity';

/** A user's delivery for a cause: the key notifications look their mail up by. */
export interface DeliveryKey {
  userId: string;
  cause: string;
}

/** Where each mail a change caused for a person stands, from its job's start to its end. */
@Injectable()
export class MailDeliveries {
  /** One query per request for every notification of the bell's list. */
  private readonly byKey = new PerRequestLoader<string, MailDelivery | null>(async (keys) => {
    const parsed = keys.map((key) => JSON.parse(key) as DeliveryKey);
    const userIds = [...new Set(parsed.map((key) => key.userId))];
    const causes = [...new Set(parsed.map((key) => key.cause))];
    const rows = await this.dataSource
      .getRepository(MailDelivery)
      .find({ where: { userId: In(userIds), cause: In(causes) } });
    const found = new Map(rows.map((row) => [JSON.stringify({ userId: row.userId, cause: row.cause }), row]));
    return keys.map((key) => found.get(key) ?? null);
  });

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records, in the transaction that causes it, the mail for `userId` and its first state; the same
   * cause again (a resent invitation) starts over. Answers the delivery's id, which its job carries.
   */
  async record(
    tx: Tx,
    userId: string,
    cause: string,
    kind: string,
    status: MailDeliveryStatus,
  ): Promise<string> {
    const rows = (await tx.manager.query(
      `INSERT INTO "mail_deliveries" ("user_id", "cause", "kind", "status")
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ("user_id", "cause")
       DO UPDATE SET "kind" = EXCLUDED."kind", "status" = EXCLUDED."status", "sent_at" = NULL, "updated_at" = now()
       RETURNING "id"`,
      [userId, cause, kind, status],
    )) as Array<{ id: string }>;
    const [row] = rows;
    if (!row) throw new Error('mail delivery: the upsert returned no row');
    return row.id;
  }

  /** The mail server accepted the mail carrying these deliveries (alone or in a digest). */
  async markSent(ids: readonly string[]): Promise<void> {
    await this.finish(ids, MailDeliveryStatus.SENT);
  }

  /** The job carrying these deliveries is out of attempts. */
  async markFailed(ids: readonly string[]): Promise<void> {
    await this.finish(ids, MailDeliveryStatus.FAILED);
  }

  /** The delivery of `key`, batched with the others asked for in the same request. */
  load(request: object, key: DeliveryKey): Promise<MailDelivery | null> {
    return this.byKey.load(request, JSON.stringify({ userId: key.userId, cause: key.cause }));
  }

  private async finish(ids: readonly string[], status: MailDeliveryStatus): Promise<void> {
    if (!ids.length) return;
    // Only a delivery still on its way: a newer start (a resent invitation) is not overwritten by
    // an older job's end, and a sent mail is never turned into a failed one.
    await this.dataSource
      .createQueryBuilder()
      .update(MailDelivery)
      .set({ status, sentAt: status === MailDeliveryStatus.SENT ? () => 'now()' : null })
      .where({ id: In([...ids]), status: In([MailDeliveryStatus.QUEUED, MailDeliveryStatus.IN_DIGEST]) })
      .execute();
  }
}
