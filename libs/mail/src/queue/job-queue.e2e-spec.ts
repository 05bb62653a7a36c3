import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { loadConfig } from '@mc/config';
import { TransactionRunner } from '@mc/database';
import { createEmptyTestDatabase, type TestDatabase } from '@mc/testing';

import { JobQueue, type QueueDefinition } from './job-queue.service';

const QUEUES: QueueDefinition[] = ['alpha', 'beta', 'gamma', 'delta'].map((name) => ({
  name,
  retryLimit: 2,
  retryDelaySeconds: 1,
  expireInSeconds: 60,
}));

function queueOn(db: TestDatabase): JobQueue {
  return new JobQueue({
    config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url }),
    databaseUrl: db.url,
    jwtSecret: 'x'.repeat(32),
    pollingIntervalSeconds: 1,
  });
}

async function queueNames(db: TestDatabase): Promise<string[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name');
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('JobQueue start-up', () => {
  // Instances of a deployment start together on a database pg-boss has never seen: each installs
  // the schema and creates the same queues (tables attached as partitions). Unguarded, PostgreSQL
  // answered one of them "deadlock detected" and that instance's boot failed.
  it('several instances starting at once on a new database all start, every queue created once', async () => {
    for (let round = 0; round < 4; round += 1) {
      const db = await createEmptyTestDatabase();
      const queues = Array.from({ length: 4 }, () => queueOn(db));
      try {
        const outcomes = await Promise.allSettled(queues.map((queue) => queue.start(QUEUES)));
        expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
        expect(await queueNames(db)).toEqual(QUEUES.map((queue) => queue.name).sort());
      } finally {
        await Promise.all(queues.map((queue) => queue.onApplicationShutdown()));
        await db.drop();
      }
    }
  }, 120_000);

  it('tells a handler which attempt is the last one, and keeps the job failed after it', async () => {
    const db = await createEmptyTestDatabase();
    const queue = queueOn(db);
    const dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    try {
      await queue.start([{ name: 'flaky', retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 60 }]);
      const attempts: Array<{ retryCount: number; lastAttempt: boolean }> = [];
      await queue.work<{ n: number }>('flaky', async (_data, job) => {
        attempts.push({ retryCount: job.retryCount, lastAttempt: job.lastAttempt });
        throw new Error('refused');
      });
      await new TransactionRunner(dataSource).run((tx) => queue.enqueue(tx, 'flaky', { n: 1 }));
      const deadline = Date.now() + 30_000;
      while (attempts.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(attempts).toEqual([
        { retryCount: 0, lastAttempt: false },
        { retryCount: 1, lastAttempt: true },
      ]);
      let state = '';
      while (state !== 'failed' && Date.now() < deadline) {
        const rows = await dataSource.query(`SELECT state FROM pgboss.job WHERE name = 'flaky'`);
        state = rows[0]?.state ?? '';
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(state).toBe('failed');
    } finally {
      await queue.onApplicationShutdown();
      await dataSource.destroy();
      await db.drop();
    }
  }, 60_000);
});
