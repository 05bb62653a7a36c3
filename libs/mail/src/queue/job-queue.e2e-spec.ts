import { Client } from 'pg';

import { loadConfig } from '@mc/config';
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
});
