import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { TransactionRunner, Tx } from '@mc/database';
import { DesignDirectory } from '@mc/designs';
import { TaskService } from '@mc/workflow';

import { MAIL_OPTIONS, type MailOptions } from '../mail.options';
import { reminderMail, TaskAsk } from '../messages/templates';
import { MailOutbox } from '../outbox/mail-outbox.service';

import { TaskReminder } from './task-reminder.entity';

export const MAX_REMINDERS = 3;
/** One sweep at a time over every instance (a transaction-scoped advisory lock). */
const SWEEP_LOCK = 0x6d63_7265; // "mcre"

/**
 * Reminders: a task (TaskService.openTasks, computed from the data) left undone for
 * REMINDER_AFTER_SECONDS gets a reminder mail, again after each further interval, at most three
 * times; a task done is no longer open, so its reminders stop. Each instance sweeps now and then;
 * the sweep holds an advisory lock and counts each reminder in the transaction that queues its
 * mail, so with several instances every reminder goes out once.
 */
@Injectable()
export class TaskReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: TaskService,
    private readonly outbox: MailOutbox,
    private readonly designs: DesignDirectory,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  onApplicationBootstrap(): void {
    const after = this.options.config.REMINDER_AFTER_SECONDS;
    // A tenth of the interval, between 1 s and 5 min: a reminder is at most that late.
    const everyMs = Math.min(300, Math.max(1, after / 10)) * 1000;
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(`reminder sweep failed: ${String(error)}`))
        .finally(() => (this.sweeping = null));
    }, everyMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping;
  }

  /** Queues the reminders that are due; answers how many. */
  async sweep(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const [lock] = (await tx.manager.query(`SELECT pg_try_advisory_xact_lock($1) AS ok`, [
        SWEEP_LOCK,
      ])) as Array<{
        ok: boolean;
      }>;
      if (!lock?.ok) return 0;
      const afterMs = this.options.config.REMINDER_AFTER_SECONDS * 1000;
      const now = Date.now();
      const open = await this.tasks.openTasks(tx.manager);
      const due = open.filter((task) => now - task.since.getTime() >= afterMs);
      if (!due.length) return 0;
      const repository = tx.manager.getRepository(TaskReminder);
      let queued = 0;
      for (const task of due) {
        const key = { userId: task.userId, designId: task.designId, kind: task.kind, since: task.since };
        const record = await repository.findOne({ where: key });
        const sent = record?.sent ?? 0;
        if (sent >= MAX_REMINDERS) continue;
        // The n-th reminder is due n intervals after the task began.
        if (now - task.since.getTime() < afterMs * (sent + 1)) continue;
        await repository.save({ ...key, sent: sent + 1, lastSentAt: new Date(now) });
        await this.remind(tx, task.userId, task.designId, task.kind as TaskAsk, task.since, sent + 1);
        queued += 1;
      }
      return queued;
    });
  }

  private async remind(
    tx: Tx,
    userId: string,
    designId: string,
    ask: TaskAsk,
    since: Date,
    reminder: number,
  ) {
    const designTitle = (await this.designs.title(tx.manager, designId)) ?? 'a design';
    const link = this.outbox.link(`/designs/${designId}`);
    await this.outbox.sendToUsers(
      tx,
      'REMINDER',
      [userId],
      (unsubscribeUrl) => reminderMail({ ask, designTitle, since, reminder, link, unsubscribeUrl }),
      link,
    );
  }
}
