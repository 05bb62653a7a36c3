import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';

import type { Tx } from '@mc/database';

import { MAIL_OPTIONS, type MailOptions } from '../mail.options';

/** A job's handler; throwing fails this attempt (retried with backoff until the limit). */
export type JobHandler<T> = (
  data: T,
  job: {
    id: string;
    retryCount: number;
    /** No retry follows if this attempt fails. */ lastAttempt: boolean;
  },
) => Promise<void>;

export interface QueueDefinition {
  name: string;
  /** Attempts after the first; the delays double from `retryDelaySeconds` (pg-boss' backoff, with jitter). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** An attempt still active after this is taken as lost (its process died) and retried. */
  expireInSeconds: number;
}

/** pg-boss' schema in the application's database (created or upgraded by pg-boss at start-up). */
export const JOB_SCHEMA = 'pgboss';

/** The session advisory lock under which one instance at a time installs the schema and its queues. */
const START_LOCK = 'mc-jobs:start';

/**
 * The job queue: pg-boss on the application's own PostgreSQL. A job is written by
 * {@link JobQueue.enqueue} inside the caller's transaction (pg-boss' `db` option bound to the
 * transaction's connection), so it exists exactly when the change that caused it committed.
 * Workers on every instance fetch with `FOR UPDATE SKIP LOCKED`: each job is taken by one of them.
 * A failed attempt is retried with exponential backoff; a job out of attempts stays in the
 * `failed` state (kept, and logged), never silently dropped.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string>();
  private started: Promise<void> | null = null;

  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOB_SCHEMA,
      max: 4,
      application_name: 'mc-jobs',
      // Lost attempts (a killed process) are found and retried this often.
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
      // Kept a week for inspection, then deleted.
      archiveCompletedAfterSeconds: 60 * 60,
      archiveFailedAfterSeconds: 7 * 24 * 60 * 60,
      deleteAfterDays: 7,
      // Cron schedules are not used: timed jobs are delayed jobs (`startAfter`).
      schedule: false,
    });
    // A lost database connection is reported here; pg-boss keeps retrying by itself.
    this.boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
  }

  /**
   * Installs or upgrades pg-boss' schema and creates the queues. Instances starting together take
   * turns: creating a queue attaches a partition to pg-boss' job table, and two instances doing so
   * at once (or one while another installs the schema) deadlock in PostgreSQL, which failed a boot.
   * The first one through creates everything; the others find it there.
   */
  start(queues: readonly QueueDefinition[]): Promise<void> {
    this.started ??= this.oneAtATime(async () => {
      await this.boss.start();
      for (const queue of queues) {
        const settings = {
          name: queue.name,
          policy: 'standard' as const,
          retryLimit: queue.retryLimit,
          retryDelay: queue.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: queue.expireInSeconds,
        };
        // createQueue is "create if missing"; updateQueue makes a changed setting take effect.
        await this.boss.createQueue(queue.name, settings);
        await this.boss.updateQueue(queue.name, settings);
      }
    });
    return this.started;
  }

  /** Runs `work` holding a session advisory lock shared by every instance on the database. */
  private async oneAtATime(work: () => Promise<void>): Promise<void> {
    const lock = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'mc-jobs-start',
    });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [START_LOCK]);
      await work();
    } finally {
      // Ending the session releases the lock, also when the work failed.
      await lock.end();
    }
  }

  /**
   * Adds a job in the transaction `tx`: it commits or rolls back with the change. After commit
   * this instance's worker is woken, so the job usually starts at once instead of at the next poll.
   */
  async enqueue(
    tx: Tx,
    name: string,
    data: object,
    options: { startAfterSeconds?: number } = {},
  ): Promise<void> {
    const runner = tx.manager.queryRunner;
    if (!runner) throw new Error('JobQueue.enqueue needs a transaction');
    const db: PgBoss.Db = {
      executeSql: async (text, values) => {
        const result = await runner.query(text, values, true);
        return { rows: (result.records ?? []) as unknown[] };
      },
    };
    await this.boss.send(name, data, {
      db,
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
    if (!options.startAfterSeconds) {
      tx.afterCommit(() => {
        const worker = this.workers.get(name);
        if (worker) this.boss.notifyWorker(worker);
      });
    }
  }

  /**
   * Runs `handler` for the queue's jobs: up to `batchSize` fetched at once and run side by side (a
   * worker that found jobs waits for the polling interval before it fetches again, so one job per
   * fetch would mean one job per interval). A job whose handler throws is failed on its own (retried
   * with backoff while attempts remain); the others of its batch complete.
   */
  async work<T extends object>(name: string, handler: JobHandler<T>, batchSize = 20): Promise<void> {
    const id = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 1, includeMetadata: true, batchSize },
      async (jobs) => {
        // A full batch: more are likely waiting, so the next fetch skips the polling pause.
        const worker = this.workers.get(name);
        if (jobs.length === batchSize && worker) this.boss.notifyWorker(worker);
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data, {
                id: job.id,
                retryCount: job.retryCount,
                lastAttempt: job.retryCount >= job.retryLimit,
              });
            } catch (error) {
              const last = job.retryCount >= job.retryLimit;
              const message = error instanceof Error ? error.message : String(error);
              // Kept by pg-boss in state `failed` (with this message as its output) once out of attempts.
              this.logger[last ? 'error' : 'warn'](
                `job ${name} ${job.id} attempt ${job.retryCount + 1} of ${job.retryLimit + 1} failed${last ? ' (no attempts left: kept as failed)' : ''}: ${message}`,
              );
              await this.boss.fail(name, job.id, { message });
            }
          }),
        );
      },
    );
    this.workers.set(name, id);
  }

  /**
   * Replaces fields of a job's data with the word "removed" (pg-boss keeps ended jobs for days):
   * e.g. a sent mail's body, whose link carries a token that is stored nowhere else unhashed.
   */
  async forget(name: string, id: string, path: string, fields: readonly string[]): Promise<void> {
    const removed = Object.fromEntries(fields.map((field) => [field, 'removed']));
    await this.boss.getDb().executeSql(
      `UPDATE ${JOB_SCHEMA}.job SET data = jsonb_set(data, $3::text[], (data #> $3::text[]) || $4::jsonb)
        WHERE name = $1 AND id = $2 AND data #> $3::text[] IS NOT NULL`,
      [name, id, [path], JSON.stringify(removed)],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
