/**
 * PostgreSQL going away (issue 16, item 5; SPEC "Errors"): while the database is stopped every
 * request that needs it answers `UNAVAILABLE` with HTTP 503 and no detail — authenticated ones
 * included, whose user lookup in the AuthGuard is the first thing to fail — socket handshakes fail
 * with `connect_error` `UNAVAILABLE`, nothing is written, the process keeps running, and once the
 * database is back the same process serves again by itself. The test runs a PostgreSQL cluster of
 * its own on its own port, and stops and starts it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  createPostgresCluster,
  freePort,
  GraphQLClient,
  GraphQLResponse,
  launchApiFromSource,
  PostgresCluster,
  Started,
  waitFor,
  WORKSPACE_ROOT,
} from '@mc/testing';

import { ADD_COMMENT, DESIGN, makeDesign, readComments, readEvents } from '../designs/design-factories';
import { LOG_IN, PASSWORD } from '../identity-factories';
import { connect, connectError, RealtimeClient } from '../realtime/socket-client';
import { TEST_JWT_SECRET, TestApi } from '../test-api';

const UNAVAILABLE_MESSAGE = 'Service temporarily unavailable; try again shortly';

let postgres: PostgresCluster;
let api: Started;
let url: string;
const sockets: RealtimeClient[] = [];

function alive(started: Started): boolean {
  return started.process.exitCode === null && started.process.signalCode === null;
}

/** An answer while the database is down: 503, `UNAVAILABLE`, the generic message, nothing else. */
function expectUnavailable(result: GraphQLResponse<unknown>): void {
  expect(result.status).toBe(503);
  expect(result.headers.get('retry-after')).toBe('1');
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]).toMatchObject({
    message: UNAVAILABLE_MESSAGE,
    extensions: { code: 'UNAVAILABLE' },
  });
  expect(Object.keys(result.errors![0]!.extensions!)).toEqual(['code']);
  expect(JSON.stringify(result)).not.toMatch(/ECONN|127\.0\.0\.1|terminat|postgres|SELECT|stack/i);
}

beforeAll(async () => {
  postgres = await createPostgresCluster();
  await postgres.start();
  const port = await freePort();
  api = launchApiFromSource({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: postgres.url,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  await waitFor(api, /"msg":"API ready"/, 90_000);
  url = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  if (api && alive(api)) {
    api.process.kill('SIGTERM');
    await api.exited;
  }
  await postgres?.remove();
});

it('while PostgreSQL is stopped every request answers UNAVAILABLE (503) and nothing is written; once it is back the same process serves again', async () => {
  const cast = await makeDesign({ url, client: new GraphQLClient(url) } as unknown as TestApi, {
    with: ['employer'],
  });
  const socket = await connect(url, cast.lead.token);
  sockets.push(socket);
  const { seq: start } = await socket.join(cast.designId);
  const comment = (body: string) =>
    cast.lead.client.request(ADD_COMMENT, {
      input: { designId: cast.designId, targetType: 'DESIGN', targetId: cast.designId, body },
    });

  await postgres.stop();

  // Writes: the AuthGuard's user lookup fails first, and answers UNAVAILABLE, not UNAUTHENTICATED.
  const latencies: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const sentAt = Date.now();
    expectUnavailable(await comment(`during the outage ${i}`));
    latencies.push(Date.now() - sentAt);
  }
  // A read, and a public mutation (log-in looks the account up).
  expectUnavailable(await cast.lead.client.request(DESIGN, { id: cast.designId }));
  expectUnavailable(
    await new GraphQLClient(url).request(LOG_IN, { email: cast.lead.user.email, password: PASSWORD }),
  );
  // A socket handshake fails cleanly; a socket connected before is answered UNAVAILABLE and stays.
  expect(await connectError(url, cast.employer.token)).toBe('UNAVAILABLE');
  expect(await socket.join(cast.designId)).toEqual({ ok: false, error: 'UNAVAILABLE' });
  expect(socket.socket.connected).toBe(true);
  // The public routes outside GraphQL answer the same way, not a 500.
  for (const path of [
    `/credentials/${cast.designId}/achievement.json`,
    `/credentials/${cast.designId}/case.json`,
    `/credentials/${cast.designId}/ctdl.json`,
    `/credentials/issuers/${cast.institution.id}.json`,
  ]) {
    const answer = await fetch(`${url}${path}`);
    expect([path, answer.status]).toEqual([path, 503]);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(await answer.json()).toEqual({ error: 'UNAVAILABLE' });
  }
  // The process is alive but not ready.
  expect((await fetch(`${url}/health`)).status).toBe(200);
  expect((await fetch(`${url}/health/ready`)).status).toBe(503);

  // PostgreSQL returns on the same port: the next requests succeed, with no restart of the API.
  await postgres.start();
  const restartedAt = Date.now();
  let after = await comment('after the outage');
  while (after.errors?.length) {
    expect(after.errors[0]!.extensions?.code).toBe('UNAVAILABLE');
    if (Date.now() - restartedAt > 30_000) throw new Error('the API did not recover within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
    after = await comment('after the outage');
  }
  const recoveredMs = Date.now() - restartedAt;
  expect(after.status).toBe(200);
  expect((await fetch(`${url}/health/ready`)).status).toBe(200);

  // Nothing of the refused writes was stored; the log goes on with no hole.
  expect((await readComments(cast.lead, cast.designId)).map((c) => c.body)).toEqual(['after the outage']);
  expect((await readEvents(cast.lead, cast.designId, start)).map((e) => e.seq)).toEqual([start! + 1]);
  await socket.until(() => socket.seqsOf(cast.designId).length === 1, 10_000, 'the entry after the outage');
  expect(socket.seqsOf(cast.designId)).toEqual([start! + 1]);
  sockets.push(await connect(url, cast.employer.token));

  expect(alive(api)).toBe(true);
  mkdirSync(join(WORKSPACE_ROOT, 'tmp', 'reliability'), { recursive: true });
  writeFileSync(
    join(WORKSPACE_ROOT, 'tmp', 'reliability', 'postgres-outage.json'),
    JSON.stringify({ unavailableMaxMs: Math.max(...latencies), recoveredMs }, null, 2),
  );
}, 180_000);
