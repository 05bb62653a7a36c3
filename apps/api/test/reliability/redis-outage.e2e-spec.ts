/**
 * Redis going away (issue 16, item 1; SPEC "Errors": a dependency failing never stops the
 * process). Two API processes share a `redis-server` this test starts on its own port, kills with
 * SIGKILL while both serve writes, and starts again: no process exits, each keeps serving GraphQL
 * and its own sockets meanwhile, and once Redis is back every committed entry reaches every
 * client on both instances, in order, with no further write needed. Then one instance dies
 * (SIGKILL): the other keeps serving, and its clients move over and catch up with `afterSeq`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Redis } from 'ioredis';

import {
  createTestDatabase,
  freePort,
  GraphQLClient,
  launchApiFromSource,
  RedisServer,
  startRedisServer,
  Started,
  TestDatabase,
  waitFor,
  WORKSPACE_ROOT,
} from '@mc/testing';

import { addComment, codeOf, makeDesign, Person } from '../designs/design-factories';
import { LOG_IN, PASSWORD } from '../identity-factories';
import { connect, RealtimeClient } from '../realtime/socket-client';
import { TEST_JWT_SECRET, TestApi } from '../test-api';

interface Instance {
  url: string;
  started: Started;
}

const REDIS_PREFIX = `mc-outage-${Date.now().toString(36)}-${process.pid}`;

let db: TestDatabase;
let redis: RedisServer;
let a: Instance;
let b: Instance;
const sockets: RealtimeClient[] = [];

async function startInstance(redisUrl: string): Promise<Instance> {
  const port = await freePort();
  const started = launchApiFromSource({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  await waitFor(started, /"msg":"API ready"/);
  return { url: `http://127.0.0.1:${port}`, started };
}

function through(instance: Instance): TestApi {
  return { url: instance.url, client: new GraphQLClient(instance.url) } as unknown as TestApi;
}

function on(instance: Instance, person: Person): Person {
  return { ...person, client: new GraphQLClient(instance.url).as(person.token) };
}

async function socketOn(instance: Instance, person: Person): Promise<RealtimeClient> {
  const client = await connect(instance.url, person.token);
  sockets.push(client);
  return client;
}

async function readiness(instance: Instance): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${instance.url}/health/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function eventually(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The instance's JSON log lines. */
function logLines(instance: Instance): Array<Record<string, unknown>> {
  return instance.started
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

function alive(instance: Instance): boolean {
  return instance.started.process.exitCode === null && instance.started.process.signalCode === null;
}

/** Clients connected to the test's Redis: per instance the adapter's two and the throttle's one. */
async function redisConnections(): Promise<number> {
  const client = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    const list = (await client.call('CLIENT', 'LIST')) as string;
    return list.split('\n').filter((line) => line.trim() && !line.includes('cmd=client')).length;
  } finally {
    client.disconnect();
  }
}

/** `count` failed log-ins spread over `instances`, each answered UNAUTHENTICATED. */
async function failLogIns(email: string, instances: Instance[], count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const client = new GraphQLClient(instances[i % instances.length]!.url);
    expect(codeOf(await client.request(LOG_IN, { email, password: 'not the password' }))).toBe(
      'UNAUTHENTICATED',
    );
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await startRedisServer();
  [a, b] = await Promise.all([startInstance(redis.url), startInstance(redis.url)]);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const instance of [a, b]) {
    if (instance && alive(instance)) {
      instance.started.process.kill('SIGTERM');
      await instance.started.exited;
    }
  }
  if (redis && redis.started.process.exitCode === null) {
    redis.started.process.kill('SIGKILL');
    await redis.started.exited;
  }
  await db?.drop();
});

it('with Redis killed and restarted, no instance exits and every committed entry reaches every client on both, in order', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'] });
  const leadOnA = await socketOn(a, cast.lead);
  const employerOnB = await socketOn(b, cast.employer);
  const start = (await leadOnA.join(cast.designId)).seq!;
  await employerOnB.join(cast.designId);
  await addComment(cast.lead, { designId: cast.designId, body: 'before the outage' });
  await employerOnB.until(
    () => employerOnB.eventsOf(cast.designId).length === 1,
    10_000,
    'the first entry on B',
  );

  // Every client both instances hold (adapters, throttle, collab): all must come back.
  const connectionsBefore = await redisConnections();
  expect(connectionsBefore).toBeGreaterThanOrEqual(6);
  // The outage: Redis dies without a word, and both instances keep taking writes.
  redis.started.process.kill('SIGKILL');
  await redis.started.exited;
  const bodies = ['before the outage'];
  const write = async (instance: Instance, person: Person, body: string) => {
    await addComment(on(instance, person), { designId: cast.designId, body });
    bodies.push(body);
  };
  await write(a, cast.lead, 'outage 1 through A');
  await write(b, cast.employer, 'outage 2 through B');
  await write(a, cast.lead, 'outage 3 through A');
  await write(b, cast.employer, 'outage 4 through B');

  // Meanwhile each instance serves its own sockets: a new one joins B, with B's presence only.
  const secondTabOnB = await socketOn(b, cast.employer);
  const ack = await secondTabOnB.join(cast.designId);
  expect(ack).toMatchObject({ ok: true, seq: start + 5 });
  expect(ack.presence?.map((p) => p.userId)).toEqual([cast.employer.user.id]);

  // The last ones are written through A only: nothing through B follows them to fill the hole.
  await write(a, cast.lead, 'outage 5 through A');
  await write(a, cast.lead, 'outage 6 through A');
  await leadOnA.until(() => leadOnA.eventsOf(cast.designId).length === 7, 10_000, 'A’s own entries on A');
  // Readiness follows PostgreSQL only; Redis is reported degraded.
  for (const instance of [a, b]) {
    expect(await readiness(instance)).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up', redis: 'degraded' },
    });
  }
  // Failed log-ins are still counted, by each instance on its own.
  await failLogIns(cast.employer.user.email, [a], 10);
  expect(
    codeOf(
      await new GraphQLClient(a.url).request(LOG_IN, { email: cast.employer.user.email, password: PASSWORD }),
    ),
  ).toBe('RATE_LIMITED');

  // Redis returns on the same address: nothing more is written, yet B catches up by itself.
  const restartedAt = Date.now();
  redis = await startRedisServer(redis.port);
  const total = bodies.length;
  for (const [client, missed] of [
    [leadOnA, total],
    [employerOnB, total],
    [secondTabOnB, total - 5],
  ] as const) {
    await client.until(() => client.eventsOf(cast.designId).length >= missed, 15_000, `${missed} entries`);
  }
  const caughtUpMs = Date.now() - restartedAt;
  await eventually(
    async () => (await readiness(a)).body['redis'] === 'up' && (await readiness(b)).body['redis'] === 'up',
    10_000,
    'both instances to see Redis again',
  );
  // Presence spans the instances again without anyone joining or leaving.
  await leadOnA.until(
    () => leadOnA.latestPresence(cast.designId)?.length === 2,
    10_000,
    'the employer on B in the presence seen on A',
  );

  // Cross-instance delivery is live again.
  const liveAt = Date.now();
  await write(a, cast.lead, 'after the outage through A');
  await employerOnB.until(
    () => employerOnB.eventsOf(cast.designId).length === bodies.length,
    10_000,
    'the live entry on B',
  );
  const liveMs = Date.now() - liveAt;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const expected = Array.from({ length: bodies.length }, (_, i) => start + i + 1);
  for (const client of [leadOnA, employerOnB]) {
    expect(client.seqsOf(cast.designId)).toEqual(expected);
    expect(client.eventsOf(cast.designId).map((e) => e.data['body'])).toEqual(bodies);
  }
  expect(secondTabOnB.seqsOf(cast.designId)).toEqual(expected.slice(5));

  // Log-in throttling is shared again once its own Redis connections are back (ioredis retries
  // them up to every 2 s): failures spread over A and B reach the limit on both.
  await eventually(
    async () => (await redisConnections()) >= connectionsBefore,
    10_000,
    'every Redis connection back',
  );
  const { lead } = await makeDesign(through(b));
  await failLogIns(lead.user.email, [a, b], 10);
  for (const instance of [a, b]) {
    const client = new GraphQLClient(instance.url);
    expect(codeOf(await client.request(LOG_IN, { email: lead.user.email, password: PASSWORD }))).toBe(
      'RATE_LIMITED',
    );
  }

  // Nobody exited; each instance logged the outage once, with its cause, and nothing went unhandled.
  for (const instance of [a, b]) {
    expect(alive(instance)).toBe(true);
    const lines = logLines(instance);
    const outage = lines.filter((line) => String(line['msg']).startsWith('Redis unavailable'));
    expect(outage).toHaveLength(1);
    expect(JSON.stringify(outage[0]!['err'])).toMatch(/ECONNREFUSED|ECONNRESET|MaxRetriesPerRequest/);
    expect(lines.filter((line) => String(line['msg']).startsWith('Redis is back'))).toHaveLength(1);
    expect(lines.filter((line) => line['level'] === 'error' || line['level'] === 'fatal')).toEqual([]);
  }

  mkdirSync(join(WORKSPACE_ROOT, 'tmp', 'reliability'), { recursive: true });
  writeFileSync(
    join(WORKSPACE_ROOT, 'tmp', 'reliability', 'redis-outage.json'),
    JSON.stringify({ caughtUpMs, liveMs }, null, 2),
  );
}, 180_000);

it('when an instance dies, the other serves on; its clients reconnect there and catch up with afterSeq', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'] });
  const leadOnA = await socketOn(a, cast.lead);
  const employerOnB = await socketOn(b, cast.employer);
  await leadOnA.join(cast.designId);
  await employerOnB.join(cast.designId);
  await addComment(cast.lead, { designId: cast.designId, body: 'before B dies' });
  await employerOnB.until(() => employerOnB.eventsOf(cast.designId).length === 1, 10_000, 'the entry on B');
  const lastSeen = employerOnB.seqsOf(cast.designId).at(-1)!;

  b.started.process.kill('SIGKILL');
  await b.started.exited;
  await employerOnB.disconnected();
  const bodies = ['before B dies'];
  for (let i = 0; i < 3; i += 1) {
    const body = `while B is gone ${i}`;
    await addComment(cast.lead, { designId: cast.designId, body });
    bodies.push(body);
  }

  // The employer's client reconnects to A and rejoins from the last entry it saw.
  const movedAt = Date.now();
  const moved = await socketOn(a, cast.employer);
  const ack = await moved.join(cast.designId, lastSeen);
  const rejoinMs = Date.now() - movedAt;
  expect(ack).toMatchObject({ ok: true, seq: lastSeen + 3 });
  expect(ack.presence?.map((p) => p.userId).sort()).toEqual(
    [cast.lead.user.id, cast.employer.user.id].sort(),
  );
  expect(moved.seqsOf(cast.designId)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3]);
  expect(leadOnA.eventsOf(cast.designId).map((e) => e.data['body'])).toEqual(bodies);
  expect(alive(a)).toBe(true);

  const file = join(WORKSPACE_ROOT, 'tmp', 'reliability', 'instance-failure.json');
  mkdirSync(join(WORKSPACE_ROOT, 'tmp', 'reliability'), { recursive: true });
  writeFileSync(file, JSON.stringify({ rejoinMs }, null, 2));
}, 60_000);
