/**
 * A Redis outage under live co-editing: the instance goes on (no process end), its writers go on
 * typing together and their text is stored in PostgreSQL. The test's own redis-server is killed.
 */
import { collabDocumentName } from '@mc/collab-contract';
import { createTestDatabase, startRedisServer, RedisServer, TestDatabase } from '@mc/testing';

import { makeDesign } from '../designs/design-factories';

import { Instance, startInstance } from './collab-apps';
import { closeAll, CollabClient, openSynced, type, until } from './collab-client';

jest.setTimeout(120_000);

let db: TestDatabase;
let redis: RedisServer;
let api: Instance;
const clients: CollabClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await startRedisServer();
  api = await startInstance(db, { REDIS_URL: redis.url, REDIS_PREFIX: `mc-collab-outage-${process.pid}` });
});
afterAll(async () => {
  closeAll(clients);
  await api?.stop();
  if (redis?.started.process.exitCode === null) redis.started.process.kill('SIGKILL');
  await db?.drop();
});

it('keeps serving and storing while Redis is down', async () => {
  const cast = await makeDesign(api, { with: ['faculty'], input: { summary: 'Before.' } });
  const name = collabDocumentName('design', cast.designId);
  const lead = await openSynced(api.url, cast.lead.token, name);
  const faculty = await openSynced(api.url, cast.faculty.token, name);
  clients.push(lead, faculty);
  redis.started.process.kill('SIGKILL');
  await redis.started.exited;
  await type(lead, 'summary', ' During the outage.');
  await until(() => faculty.text('summary').toString() === 'Before. During the outage.', 'delivered locally');
  await until(
    async () =>
      (await api.sql<{ summary: string }>(`SELECT summary FROM designs WHERE id = $1`, [cast.designId]))[0]!
        .summary === 'Before. During the outage.',
    'stored',
  );
  // A new document opens too.
  const again = await openSynced(api.url, cast.faculty.token, collabDocumentName('design', cast.designId));
  clients.push(again);
  expect(again.text('summary').toString()).toBe('Before. During the outage.');
  expect((await fetch(`${api.url}/health`)).ok).toBe(true);
});
