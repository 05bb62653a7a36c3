import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import type { Tx } from '@mc/database';
import { UserDirectory } from '@mc/identity';

import { MailDeliveries } from '../deliveries/mail-deliveries.service';
import { MailDeliveryStatus } from '../deliveries/mail-delivery.entity';
import { DigestEntryRecord } from '../digest/digest-entry.entity';
import { MAIL_OPTIONS, type MailOptions } from '../mail.options';
import type { MailKind, OutgoingMail, RenderedMail } from '../messages/outgoing-mail';
import { EmailMode, NotificationPreference } from '../preferences/notification-preference.entity';
import { UnsubscribeTokens } from '../preferences/unsubscribe-token';
import { JobQueue } from '../queue/job-queue.service';

export const SEND_QUEUE = 'mail.send';
export const DIGEST_QUEUE = 'mail.digest';

export interface SendJob {
  mail: OutgoingMail;
  /** The deliveries this mail settles once sent (several for a digest; none for mail of no cause). */
  deliveryIds?: string[];
}
export interface DigestJob {
  userId: string;
}

/**
 * The one way mail leaves: every message is a job written in the transaction of the change that
 * causes it. Mail a person may turn off follows their preference, read in that transaction:
 * IMMEDIATE queues it, DAILY_DIGEST keeps it for the next digest, OFF drops it.
 */
@Injectable()
export class MailOutbox {
  readonly unsubscribe: UnsubscribeTokens;

  constructor(
    private readonly queue: JobQueue,
    private readonly directory: UserDirectory,
    private readonly deliveries: MailDeliveries,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    this.unsubscribe = new UnsubscribeTokens(options.jwtSecret);
  }

  /** `PUBLIC_URL` followed by `path` (which starts with a slash). */
  link(path: string): string {
    return `${this.options.config.PUBLIC_URL}${path}`;
  }

  unsubscribeUrl(userId: string): string {
    return this.link(`/mail/unsubscribe/${this.unsubscribe.sign(userId)}`);
  }

  /**
   * Invitations and resets: sent whatever the preference, to an address that may have no account.
   * With a `cause`, an address that has an account gets a delivery its notification shows.
   */
  async sendAlways(
    tx: Tx,
    kind: MailKind,
    to: string,
    rendered: RenderedMail,
    cause?: string,
  ): Promise<void> {
    const userId = cause ? await this.directory.idByEmail(tx.manager, to) : null;
    const deliveryIds =
      cause && userId
        ? [await this.deliveries.record(tx, userId, cause, kind, MailDeliveryStatus.QUEUED)]
        : [];
    await this.queue.enqueue(tx, SEND_QUEUE, {
      mail: { kind, to, ...rendered },
      deliveryIds,
    } satisfies SendJob);
  }

  /**
   * Mail to users that they may turn off. `render` is given each user's unsubscribe link; `link`
   * is what a digest lists for it. With a `cause`, each user's delivery is recorded (sent, kept for
   * the digest, or off), for the notification about the same change.
   */
  async sendToUsers(
    tx: Tx,
    kind: MailKind,
    userIds: readonly string[],
    render: (unsubscribeUrl: string, userId: string) => RenderedMail,
    link: string,
    cause?: string,
  ): Promise<void> {
    const emails = await this.directory.emails(tx.manager, userIds);
    const modes = await this.modes(tx, [...emails.keys()]);
    // In id order, so two transactions locking the same people's rows never wait on each other.
    for (const [userId, to] of [...emails].sort(([a], [b]) => a.localeCompare(b))) {
      const mode = modes.get(userId) ?? EmailMode.IMMEDIATE;
      const status =
        mode === EmailMode.OFF
          ? MailDeliveryStatus.OFF
          : mode === EmailMode.IMMEDIATE
            ? MailDeliveryStatus.QUEUED
            : MailDeliveryStatus.IN_DIGEST;
      const deliveryId = cause ? await this.deliveries.record(tx, userId, cause, kind, status) : null;
      if (mode === EmailMode.OFF) continue;
      const unsubscribeUrl = this.unsubscribeUrl(userId);
      const rendered = render(unsubscribeUrl, userId);
      if (mode === EmailMode.IMMEDIATE) {
        await this.queue.enqueue(tx, SEND_QUEUE, {
          mail: { kind, to, unsubscribeUrl, ...rendered },
          deliveryIds: deliveryId ? [deliveryId] : [],
        } satisfies SendJob);
        continue;
      }
      const preference = await this.lockedPreference(tx, userId);
      await tx.manager.getRepository(DigestEntryRecord).insert({
        userId,
        subject: rendered.subject.slice(0, 300),
        link: link.slice(0, 2000),
        deliveryId,
      });
      if (!preference.digestDueAt) {
        const interval = this.options.config.DIGEST_INTERVAL_SECONDS;
        await tx.manager
          .getRepository(NotificationPreference)
          .update({ userId }, { digestDueAt: new Date(Date.now() + interval * 1000) });
        await this.queue.enqueue(tx, DIGEST_QUEUE, { userId } satisfies DigestJob, {
          startAfterSeconds: interval,
        });
      }
    }
  }

  private async modes(tx: Tx, userIds: string[]): Promise<Map<string, EmailMode>> {
    if (!userIds.length) return new Map();
    const rows = await tx.manager
      .getRepository(NotificationPreference)
      .find({ where: { userId: In(userIds) }, select: { userId: true, email: true } });
    return new Map(rows.map((row) => [row.userId, row.email]));
  }

  /** The user's preference row, created with the default and locked until the transaction ends. */
  async lockedPreference(tx: Tx, userId: string): Promise<NotificationPreference> {
    const repository = tx.manager.getRepository(NotificationPreference);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ userId, email: EmailMode.IMMEDIATE, digestDueAt: null })
      .orIgnore()
      .execute();
    return repository
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.user_id = :userId', { userId })
      .getOneOrFail();
  }
}
