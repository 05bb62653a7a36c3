/**
 * A Redis outage under live co-editing: the API process (a real one, as deployed) does not end,
 * its writers go on typing together, their text is stored in PostgreSQL, and documents still open.
 * The test's own redis-server is killed.
 */
import { collabDocumentName } from '@mc/collab-contract';
import {
  createTestDatabase,
  freePort,
  GraphQLClient,
  launchApiFromSource,
  RedisServer,
  startRedisServer,
  Started,
  stop,
  TestDatabase,
  waitFor,
} from '@mc/testing';

import { makeDesign } from '../designs/design-factories';
import { TEST_JWT_SECRET, TestApi } from '../test-api';

import { closeAll, CollabClient, openSynced, type, until } from './collab-client';

jest.setTimeout(180_000);

let db: TestDatabase;
let redis: RedisServer;
let started: Started;
let url: string;
const clients: CollabClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await startRedisServer();
  const port = await freePort();
  started = launchApiFromSource({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `mc-collab-outage-${process.pid}`,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  await waitFor(started, /"msg":"API ready"/, 120_000);
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  closeAll(clients);
  await stop(started);
  if (redis?.started.process.exitCode === null) redis.started.process.kill('SIGKILL');
  await db?.drop();
});

async function storedSummary(designId: string): Promise<string | null> {
  const { design } = await new GraphQLClient(url, token).ok<{ design: { summary: string | null } }>(
    `query D($id: ID!) { design(id: $id) { summary } }`,
    { id: designId },
  );
  return design.summary;
}
let token = '';

it('keeps serving and storing while Redis is down', async () => {
  const api = { url, client: new GraphQLClient(url) } as unknown as TestApi;
  const cast = await makeDesign(api, { with: ['faculty'], input: { summary: 'Before.' } });
  token = cast.lead.token;
  const name = collabDocumentName('design', cast.designId);
  const lead = await openSynced(url, cast.lead.token, name);
  const faculty = await openSynced(url, cast.faculty.token, name);
  clients.push(lead, faculty);
  redis.started.process.kill('SIGKILL');
  await redis.started.exited;
  await type(lead, 'summary', ' During the outage.');
  await until(() => faculty.text('summary').toString() === 'Before. During the outage.', 'delivered locally');
  await until(async () => (await storedSummary(cast.designId)) === 'Before. During the outage.', 'stored');
  // The last writer leaves and a new connection opens the document again.
  lead.close();
  faculty.close();
  const again = await openSynced(url, cast.faculty.token, name);
  clients.push(again);
  expect(again.text('summary').toString()).toBe('Before. During the outage.');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(started.process.exitCode).toBeNull();
});
