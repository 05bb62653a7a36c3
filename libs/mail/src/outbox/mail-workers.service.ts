import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { TransactionRunner } from '@mc/database';
import { UserDirectory } from '@mc/identity';

import { MailDeliveries } from '../deliveries/mail-deliveries.service';
import { DigestEntryRecord } from '../digest/digest-entry.entity';
import { MAIL_OPTIONS, type MailOptions } from '../mail.options';
import { digestMail } from '../messages/templates';
import { EmailMode, NotificationPreference } from '../preferences/notification-preference.entity';
import { JobQueue } from '../queue/job-queue.service';
import { MailTransport } from '../transport/mail-transport.service';

import { DIGEST_QUEUE, DigestJob, MailOutbox, SEND_QUEUE, SendJob } from './mail-outbox.service';

/** The queues and their retry policy: 8 retries from 2 s doubling (about 8 minutes in all). */
export const MAIL_QUEUES = [
  { name: SEND_QUEUE, retryLimit: 8, retryDelaySeconds: 2, expireInSeconds: 60 },
  { name: DIGEST_QUEUE, retryLimit: 8, retryDelaySeconds: 2, expireInSeconds: 60 },
] as const;

/** Starts the queue at boot and works its jobs: sending mail, gathering digests. */
@Injectable()
export class MailWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly queue: JobQueue,
    private readonly transport: MailTransport,
    private readonly outbox: MailOutbox,
    private readonly transactions: TransactionRunner,
    private readonly users: UserDirectory,
    private readonly deliveries: MailDeliveries,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.start(MAIL_QUEUES);
    await this.queue.work<SendJob>(SEND_QUEUE, async ({ mail, deliveryIds = [] }, job) => {
      try {
        await this.transport.send(mail, job.id);
      } catch (error) {
        if (job.lastAttempt) {
          await this.deliveries
            .markFailed(deliveryIds)
            .catch((failure: Error) =>
              this.logger.warn(`job ${job.id}: not recorded as failed: ${failure.message}`),
            );
        }
        throw error;
      }
      this.logger.log(`sent ${mail.kind} mail (job ${job.id})`);
      // The mail is out: failing the job now would send it again, so a lost update is only logged.
      await this.deliveries
        .markSent(deliveryIds)
        .catch((error: Error) =>
          this.logger.warn(`job ${job.id}: sent, but not recorded as sent: ${error.message}`),
        );
      // Its links may carry a raw token (invitation, reset) stored nowhere else unhashed, and pg-boss
      // keeps ended jobs for days: the body goes (kind, address and subject stay, for the logs).
      await this.queue
        .forget(SEND_QUEUE, job.id, 'mail', ['text', 'html'])
        .catch((error: Error) => this.logger.warn(`job ${job.id}: sent, body not removed: ${error.message}`));
    });
    await this.queue.work<DigestJob>(DIGEST_QUEUE, ({ userId }) => this.digest(userId));
    if (this.transport.fileFolder) {
      this.logger.log(`no SMTP_URL: mail is written to ${this.transport.fileFolder}`);
    }
  }

  /** Gathers what waited for the user's digest into one mail (none when nothing waited). */
  private async digest(userId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const preference = await this.outbox.lockedPreference(tx, userId);
      const entries = tx.manager.getRepository(DigestEntryRecord);
      const waiting = await entries.find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
      await entries.delete({ userId });
      await tx.manager.getRepository(NotificationPreference).update({ userId }, { digestDueAt: null });
      const to = (await this.users.emails(tx.manager, [userId])).get(userId);
      if (!waiting.length || preference.email === EmailMode.OFF || !to) return;
      const unsubscribeUrl = this.outbox.unsubscribeUrl(userId);
      const rendered = digestMail({
        entries: waiting.map((entry) => ({ subject: entry.subject, link: entry.link })),
        appUrl: `${this.options.config.PUBLIC_URL}/`,
        unsubscribeUrl,
      });
      await this.queue.enqueue(tx, SEND_QUEUE, {
        mail: { kind: 'DIGEST', to, unsubscribeUrl, ...rendered },
        deliveryIds: waiting.flatMap((entry) => (entry.deliveryId ? [entry.deliveryId] : [])),
      } satisfies SendJob);
    });
  }
}
