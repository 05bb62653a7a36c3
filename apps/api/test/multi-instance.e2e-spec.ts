/**
 * Two API processes on loopback against one database and one Redis (SPEC "Real-time"): rooms,
 * presence, notifications and removals span instances. Needs the Redis at `TEST_REDIS_URL`
 * (default redis://127.0.0.1:6379), as CI machines of this kind run one.
 */
import { Redis } from 'ioredis';

import {
  createTestDatabase,
  freePort,
  GraphQLClient,
  launchApiFromSource as launch,
  Started,
  TestDatabase,
  waitFor,
} from '@mc/testing';

import { addComment, codeOf, makeDesign, Person, proposeSkill } from './designs/design-factories';
import { LOG_IN, PASSWORD } from './identity-factories';
import { connect, RealtimeClient } from './realtime/socket-client';
import { TEST_JWT_SECRET, TestApi } from './test-api';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** This run's own keys and channels: concurrent or repeated runs never see each other's. */
const REDIS_PREFIX = `mc-test-${Date.now().toString(36)}-${process.pid}`;

interface Instance {
  url: string;
  started: Started;
}

let db: TestDatabase;
let a: Instance;
let b: Instance;
const sockets: RealtimeClient[] = [];

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const started = launch({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  await waitFor(started, /"msg":"API ready"/);
  return { url: `http://127.0.0.1:${port}`, started };
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.started.process.exitCode !== null) return;
  instance.started.process.kill('SIGTERM');
  await instance.started.exited;
}

/** The factories only need a GraphQL client; here it talks to one instance. */
function through(instance: Instance): TestApi {
  return { url: instance.url, client: new GraphQLClient(instance.url) } as unknown as TestApi;
}

/** The same person, talking to another instance. */
function on(instance: Instance, person: Person): Person {
  return { ...person, client: new GraphQLClient(instance.url).as(person.token) };
}

async function socketOn(instance: Instance, person: Person): Promise<RealtimeClient> {
  const client = await connect(instance.url, person.token);
  sockets.push(client);
  return client;
}

beforeAll(async () => {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `The two-instance test needs Redis at ${REDIS_URL} (set TEST_REDIS_URL): ${String(error)}`,
    );
  } finally {
    redis.disconnect();
  }
  db = await createTestDatabase();
  [a, b] = await Promise.all([startInstance(), startInstance()]);
}, 120_000);

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await db?.drop();
});

it('a change made through instance A reaches a client connected to instance B, and the other way', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'] });
  const onB = await socketOn(b, cast.lead);
  const onA = await socketOn(a, cast.lead);
  const ack = await onB.join(cast.designId);
  await onA.join(cast.designId);
  expect(ack).toMatchObject({ ok: true });

  const skill = await proposeSkill(cast.employer, cast.designId, {
    name: 'Through A',
    priority: 'ESSENTIAL',
  });
  await onB.until(() => onB.eventsOf(cast.designId).length === 1, 10_000, 'the entry on B');
  expect(onB.eventsOf(cast.designId)[0]).toMatchObject({
    designId: cast.designId,
    seq: ack.seq! + 1,
    type: 'skill.proposed',
    actor: { id: cast.employer.user.id, displayName: cast.employer.user.displayName },
    data: expect.objectContaining({ id: skill.id, name: 'Through A' }),
  });

  await proposeSkill(on(b, cast.employer), cast.designId, { name: 'Through B', priority: 'IMPORTANT' });
  await onA.until(() => onA.eventsOf(cast.designId).length === 2, 10_000, 'the entry on A');
  expect(onA.eventsOf(cast.designId).map((e) => e.data['name'])).toEqual(['Through A', 'Through B']);
});

it('writers on both instances at once: clients on both receive the same gap-free sequence', async () => {
  const cast = await makeDesign(through(a), { with: ['employer', 'faculty'] });
  const clients = [
    await socketOn(a, cast.lead),
    await socketOn(b, cast.lead),
    await socketOn(b, cast.faculty),
  ];
  const acks = await Promise.all(clients.map((c) => c.join(cast.designId)));
  const start = acks[0]!.seq!;
  const writers = [on(a, cast.employer), on(b, cast.employer), on(a, cast.faculty), on(b, cast.lead)];
  const perWriter = 6;
  await Promise.all(
    writers.map(async (writer, w) => {
      for (let i = 0; i < perWriter; i += 1) {
        await addComment(writer, { designId: cast.designId, body: `writer ${w} comment ${i}` });
      }
    }),
  );
  const total = writers.length * perWriter;
  for (const client of clients) {
    await client.until(() => client.eventsOf(cast.designId).length >= total, 15_000, `${total} entries`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const expected = Array.from({ length: total }, (_, i) => start + i + 1);
  for (const client of clients) {
    expect(client.eventsOf(cast.designId).map((e) => e.seq)).toEqual(expected);
  }
});

it('presence is the same on both instances, once per user, and follows disconnects and focus', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'] });
  const leadOnA = await socketOn(a, cast.lead);
  const employerOnB = await socketOn(b, cast.employer);
  const employerSecondTabOnA = await socketOn(a, cast.employer);
  await leadOnA.join(cast.designId);
  await employerOnB.join(cast.designId);
  const ack = await employerSecondTabOnA.join(cast.designId);
  expect(ack.presence?.map((p) => p.userId).sort()).toEqual(
    [cast.lead.user.id, cast.employer.user.id].sort(),
  );

  const skill = await proposeSkill(cast.employer, cast.designId, { name: 'Focus me', priority: 'ESSENTIAL' });
  // A's own updates after the joins are out before the focus, so only B's update can carry it to A.
  await leadOnA.until(
    () => leadOnA.latestPresence(cast.designId)?.length === 2,
    10_000,
    'both users in the presence seen on A',
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await employerOnB.focus(cast.designId, { targetType: 'SKILL', targetId: skill.id });
  await leadOnA.until(
    () =>
      leadOnA.latestPresence(cast.designId)?.find((p) => p.userId === cast.employer.user.id)?.focus
        ?.targetId === skill.id,
    10_000,
    'the focus made on B, seen on A',
  );
  expect(leadOnA.latestPresence(cast.designId)).toHaveLength(2);

  employerOnB.close();
  employerSecondTabOnA.close();
  await leadOnA.until(
    () =>
      leadOnA
        .latestPresence(cast.designId)
        ?.map((p) => p.userId)
        .join() === cast.lead.user.id,
    10_000,
    'the employer gone from presence',
  );
});

it('a notification raised through A reaches the user connected to B; a removal through A silences B', async () => {
  const cast = await makeDesign(through(a), { with: ['employer'] });
  const employerOnB = await socketOn(b, cast.employer);
  await employerOnB.join(cast.designId);
  await addComment(cast.lead, { designId: cast.designId, body: `Please look, @${cast.employer.user.email}` });
  await employerOnB.until(() => employerOnB.notifications.length === 1, 10_000, 'the mention on B');
  expect(employerOnB.notifications[0]).toMatchObject({ kind: 'MENTION', designId: cast.designId });

  const leadOnB = await socketOn(b, cast.lead);
  await leadOnB.join(cast.designId);
  await cast.lead.client.ok(
    `mutation Remove($designId: ID!, $userId: ID!) { removeParticipant(designId: $designId, userId: $userId) { id } }`,
    { designId: cast.designId, userId: cast.employer.user.id },
  );
  await leadOnB.until(
    () => leadOnB.eventsOf(cast.designId).some((e) => e.type === 'participant.removed'),
    10_000,
    'the removal on B',
  );
  const seen = employerOnB.eventsOf(cast.designId).length;
  await addComment(cast.lead, { designId: cast.designId, body: 'After the removal' });
  await leadOnB.until(() =>
    leadOnB.eventsOf(cast.designId).some((e) => e.data['body'] === 'After the removal'),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(employerOnB.eventsOf(cast.designId)).toHaveLength(seen);
  expect(employerOnB.eventsOf(cast.designId).some((e) => e.type === 'participant.removed')).toBe(false);
  expect(await employerOnB.join(cast.designId)).toEqual({ ok: false, error: 'NOT_FOUND' });
});

it('failed log-ins are counted across instances: spread over A and B, they still reach the limit', async () => {
  const cast = await makeDesign(through(a));
  const email = cast.lead.user.email;
  const clients = [new GraphQLClient(a.url), new GraphQLClient(b.url)];
  for (let i = 0; i < 10; i += 1) {
    const result = await clients[i % 2]!.request(LOG_IN, { email, password: 'not the password' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  }
  for (const client of clients) {
    expect(codeOf(await client.request(LOG_IN, { email, password: PASSWORD }))).toBe('RATE_LIMITED');
  }
}, 60_000);

it('a session ended through A stops at once on B: its token answers UNAUTHENTICATED and its socket on B closes', async () => {
  const cast = await makeDesign(through(a));
  // A second log-in of the same user, whose session must survive.
  const { logIn } = await new GraphQLClient(b.url).ok<{ logIn: { accessToken: string } }>(LOG_IN, {
    email: cast.lead.user.email,
    password: PASSWORD,
  });
  const survivor = new GraphQLClient(b.url).as(logIn.accessToken);
  const doomedOnB = await socketOn(b, cast.lead);
  const survivorOnB = await connect(b.url, logIn.accessToken);
  sockets.push(survivorOnB);

  expect(await on(a, cast.lead).client.ok<{ logOut: boolean }>('mutation { logOut }')).toEqual({
    logOut: true,
  });

  expect(await on(b, cast.lead).client.errorCode('query { me { id } }')).toBe('UNAUTHENTICATED');
  await doomedOnB.disconnected();
  expect(doomedOnB.received.map((m) => m.name)).toContain('session:expired');
  expect(doomedOnB.disconnectReason).toBe('io server disconnect');
  await expect(connect(b.url, cast.lead.token)).rejects.toThrow('UNAUTHENTICATED');

  expect(await survivor.ok<{ me: { id: string } }>('query { me { id } }')).toEqual({
    me: { id: cast.lead.user.id },
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(survivorOnB.socket.connected).toBe(true);
});

it('log out everywhere through B closes the user’s sockets on A too', async () => {
  const cast = await makeDesign(through(a));
  const onA = await socketOn(a, cast.lead);
  expect(
    await on(b, cast.lead).client.ok<{ logOutEverywhere: boolean }>('mutation { logOutEverywhere }'),
  ).toEqual({
    logOutEverywhere: true,
  });
  await onA.disconnected();
  expect(onA.received.map((m) => m.name)).toContain('session:expired');
  expect(await on(a, cast.lead).client.errorCode('query { me { id } }')).toBe('UNAUTHENTICATED');
});
