/**
 * A GraphQL update of a long text with several instances (../shared/contract/collab.md "Storing",
 * "Several instances"): two API processes share a redis-server this test starts on a free port.
 * The document's editors are connected to B, the update goes through A, where the document is not
 * open: B's document takes the change in once, the typing goes on, and the stored column holds
 * the merged text and never goes back to the text the update replaced. Last, with Redis killed,
 * B takes the update in from the stored state at its next store.
 */
import { Client } from 'pg';

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

import { addOutcome, codeOf, makeDesign, Person, UPDATE_OUTCOME } from '../designs/design-factories';
import { ACCEPT_SUGGESTION, suggest } from '../designs/suggestion-factories';
import { TEST_JWT_SECRET, TestApi } from '../test-api';

import { closeAll, CollabClient, openSynced, type, until } from './collab-client';

jest.setTimeout(240_000);

interface Instance {
  url: string;
  started: Started;
}

const REDIS_PREFIX = `mc-collab-gql-${Date.now().toString(36)}-${process.pid}`;

let db: TestDatabase;
let redis: RedisServer;
let pg: Client;
let a: Instance;
let b: Instance;
const clients: CollabClient[] = [];

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const started = launchApiFromSource({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  await waitFor(started, /"msg":"API ready"/, 180_000);
  return { url: `http://127.0.0.1:${port}`, started };
}

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await startRedisServer();
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  [a, b] = await Promise.all([startInstance(), startInstance()]);
});
afterEach(() => closeAll(clients.splice(0)));
afterAll(async () => {
  await Promise.all([stop(a?.started), stop(b?.started)]);
  await pg?.end();
  if (redis?.started.process.exitCode === null) redis.started.process.kill('SIGKILL');
  await db?.drop();
});

function through(instance: Instance): TestApi {
  return { url: instance.url, client: new GraphQLClient(instance.url) } as unknown as TestApi;
}

function track(client: CollabClient): CollabClient {
  clients.push(client);
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storedStatement(outcomeId: string): Promise<{ statement: string; version: number }> {
  const { rows } = await pg.query<{ statement: string; version: number }>(
    `SELECT statement, version FROM outcomes WHERE id = $1`,
    [outcomeId],
  );
  return rows[0]!;
}

/** Types `text` at the end, one character every `gapMs`, as a person would; the last keystroke's time. */
async function typeSlowly(client: CollabClient, text: string, gapMs: number): Promise<number> {
  for (const char of text) {
    await type(client, 'statement', char);
    await sleep(gapMs);
  }
  return Date.now();
}

/**
 * The form's update: the stored statement read, "Old" replaced by "New", sent through `person`'s
 * instance with the version read; read again when live typing stored in between (CONFLICT).
 */
async function replaceOldByNew(person: Person, outcomeId: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { statement, version } = await storedStatement(outcomeId);
    const result = await person.client.request(UPDATE_OUTCOME, {
      id: outcomeId,
      input: { expectedVersion: version, statement: statement.replace('Old', 'New') },
    });
    if (!result.errors) return;
    if (codeOf(result) !== 'CONFLICT') throw new Error(JSON.stringify(result.errors));
  }
  throw new Error('the update kept conflicting');
}

/** Reads the column every 20 ms until stopped: every value seen. */
function watchColumn(outcomeId: string): { stop(): Promise<string[]> } {
  const seen: string[] = [];
  let watching = true;
  const loop = (async () => {
    while (watching) {
      seen.push((await storedStatement(outcomeId)).statement);
      await sleep(20);
    }
  })().catch(() => (watching = false));
  return {
    stop: async () => {
      watching = false;
      await loop;
      return seen;
    },
  };
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

it('an update through A reaches the document open only on B, once; typing goes on; the column never regresses', async () => {
  const cast = await makeDesign(through(a), { with: ['faculty'] });
  const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Old statement.' });
  const name = collabDocumentName('outcome', outcome.id);
  const typist = track(await openSynced(b.url, cast.lead.token, name));

  // A first burst, stored by B (the document's stored state has it).
  await typeSlowly(typist, ' First.', 10);
  await until(
    async () => (await storedStatement(outcome.id)).statement === 'Old statement. First.',
    'first burst stored',
  );

  // Typing goes on on B while the faculty member's update goes through A. B stores nothing while
  // the typing goes on (its debounce), so the update reaching B meanwhile came from A.
  const second = ' Second burst of typing, which goes on for a while.';
  let typingDone = false;
  const typing = typeSlowly(typist, second, 50).then((at) => ((typingDone = true), at));
  await sleep(300);
  await replaceOldByNew(
    { ...cast.faculty, client: new GraphQLClient(a.url).as(cast.faculty.token) },
    outcome.id,
  );
  const watcher = watchColumn(outcome.id);
  await until(() => typist.text('statement').toString().startsWith('New statement.'), 'the update on B');
  expect(typingDone).toBe(false);
  await typing;
  const lastKeystroke = await typeSlowly(typist, ' Third.', 30);

  const expected = `New statement. First.${second} Third.`;
  expect(typist.text('statement').toString()).toBe(expected);
  await until(async () => (await storedStatement(outcome.id)).statement === expected, 'merged text stored');
  const storedAfterMs = Date.now() - lastKeystroke;
  // Past another debounce: nothing stores the old text back.
  await sleep(2_500);
  const seen = await watcher.stop();

  expect(storedAfterMs).toBeLessThan(3_000);
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((value) => !value.startsWith('New statement.'))).toEqual([]);
  expect(seen[seen.length - 1]).toBe(expected);
  expect(typist.text('statement').toString()).toBe(expected);
  expect(occurrences(typist.text('statement').toString(), 'New')).toBe(1);
});

it('an update reaches the document open on both instances exactly once', async () => {
  const cast = await makeDesign(through(a), { with: ['faculty'] });
  const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Old wording here.' });
  const name = collabDocumentName('outcome', outcome.id);
  const onA = track(await openSynced(a.url, cast.faculty.token, name));
  const onB = track(await openSynced(b.url, cast.lead.token, name));
  const typing = typeSlowly(onB, ' Typed on B.', 40);
  await sleep(150);
  await replaceOldByNew(
    { ...cast.faculty, client: new GraphQLClient(a.url).as(cast.faculty.token) },
    outcome.id,
  );
  await typing;
  const expected = 'New wording here. Typed on B.';
  await until(
    () => onA.text('statement').toString() === expected && onB.text('statement').toString() === expected,
    'both documents hold the update once',
  );
  await until(async () => (await storedStatement(outcome.id)).statement === expected, 'stored');
  await sleep(1_500);
  expect(onA.text('statement').toString()).toBe(expected);
  expect(onB.text('statement').toString()).toBe(expected);
  expect((await storedStatement(outcome.id)).statement).toBe(expected);
});

it('a suggestion accepted through A reaches the document open only on B', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'], input: { summary: 'A plain summary.' } });
  const typist = track(await openSynced(b.url, cast.lead.token, collabDocumentName('design', cast.designId)));
  const suggestion = await suggest(cast.employer, {
    designId: cast.designId,
    proposedText: 'A sharper summary.',
  });
  await cast.lead.client.ok(ACCEPT_SUGGESTION, { id: suggestion.id });
  await until(() => typist.text('summary').toString() === 'A sharper summary.', 'the accepted text on B');
  await type(typist, 'summary', ' Typed after.');
  const summary = async () =>
    (await pg.query<{ summary: string }>(`SELECT summary FROM designs WHERE id = $1`, [cast.designId]))
      .rows[0]!.summary;
  await until(async () => (await summary()) === 'A sharper summary. Typed after.', 'stored');
});

it('with Redis down, B takes the update in from the stored state at its next store; the column never regresses', async () => {
  const cast = await makeDesign(through(a), { with: ['faculty'] });
  const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Old text of B.' });
  const name = collabDocumentName('outcome', outcome.id);
  const typist = track(await openSynced(b.url, cast.lead.token, name));
  redis.started.process.kill('SIGKILL');
  await redis.started.exited;
  const typing = typeSlowly(typist, ' During the outage.', 40);
  await sleep(200);
  await replaceOldByNew(
    { ...cast.faculty, client: new GraphQLClient(a.url).as(cast.faculty.token) },
    outcome.id,
  );
  const watcher = watchColumn(outcome.id);
  const lastKeystroke = await typing;
  const expected = 'New text of B. During the outage.';
  await until(async () => (await storedStatement(outcome.id)).statement === expected, 'merged text stored');
  const storedAfterMs = Date.now() - lastKeystroke;
  await until(() => typist.text('statement').toString() === expected, 'the update on B');
  await sleep(2_500);
  const seen = await watcher.stop();

  expect(storedAfterMs).toBeLessThan(3_000);
  expect(seen.filter((value) => !value.startsWith('New text of B.'))).toEqual([]);
  expect(typist.text('statement').toString()).toBe(expected);
  expect(a.started.process.exitCode).toBeNull();
  expect(b.started.process.exitCode).toBeNull();
});
