/**
 * The handshake of the `/realtime` namespace (contract "Connecting"): only a valid, unexpired
 * access token of a live user connects; anything else fails with `connect_error` UNAUTHENTICATED.
 * A connected socket ends when its token does and receives nothing from that moment on.
 */
import { randomUUID } from 'node:crypto';

import { founder, makeDesign, Person, proposeSkill } from '../designs/design-factories';
import { sessionOf } from '../identity-factories';
import { startTestApi, TestApi } from '../test-api';

import { lastSeq, nowSeconds, signToken, SocketPool, untilSeq } from './realtime-factories';
import { connectError, quietFor } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

/**
 * The claims the API puts in its own access tokens: of a person's live session, or of a user id
 * with a session that was never opened.
 */
const accessClaims = (who: Person | string, ttlSeconds = 3600) => ({
  sub: typeof who === 'string' ? who : who.user.id,
  sid: typeof who === 'string' ? randomUUID() : sessionOf(who.token),
  typ: 'access',
  iat: nowSeconds(),
  exp: nowSeconds() + ttlSeconds,
});

/** The handshake still works for a valid token after a refused one (the server kept serving). */
async function expectServing(person: Person): Promise<void> {
  const client = await pool.connect(person.token);
  expect(client.socket.connected).toBe(true);
}

describe('a valid access token', () => {
  it('connects, and the socket can join a design of its user', async () => {
    const cast = await makeDesign(api);
    const client = await pool.connect(cast.lead.token);
    expect(client.socket.connected).toBe(true);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true, seq: 0 });
  });

  it('signed by the test as the API signs them connects too (the crafted tokens below differ in one thing each)', async () => {
    const person = await founder(api, 'EMPLOYER');
    const client = await pool.connect(signToken(accessClaims(person)));
    expect(client.socket.connected).toBe(true);
  });
});

describe('refused handshakes → connect_error UNAUTHENTICATED', () => {
  let person: Person;
  beforeAll(async () => {
    person = await founder(api, 'EMPLOYER');
  });

  it('no token at all (empty auth)', async () => {
    expect(await connectError(api.url, undefined)).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });

  it.each([
    ['an empty string', ''],
    ['a word', 'not-a-token'],
    ['two segments', 'abc.def'],
    ['four segments', 'a.b.c.d'],
    ['three segments of garbage', 'aaaa.bbbb.cccc'],
    ['a Bearer-prefixed token', 'Bearer PLACEHOLDER'],
    ['a token with spaces', 'a b.c d.e f'],
  ])('a malformed token: %s', async (_name, raw) => {
    const token = raw.replace('PLACEHOLDER', person.token);
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });

  it.each([
    ['a number', 42],
    ['an object', { token: 'x' }],
    ['an array', ['a', 'b']],
    ['null', null],
    ['true', true],
  ])('a token that is not a string: %s', async (_name, token) => {
    expect(await connectError(api.url, undefined, { auth: { token } })).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });

  it('the token under another key than auth.token', async () => {
    expect(await connectError(api.url, undefined, { auth: { accessToken: person.token } })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a tampered token (payload changed to name another user, signature kept)', async () => {
    const other = await founder(api, 'EMPLOYER');
    const [header, , signature] = person.token.split('.');
    const payload = Buffer.from(JSON.stringify(accessClaims(other))).toString('base64url');
    expect(await connectError(api.url, `${header}.${payload}.${signature}`)).toBe('UNAUTHENTICATED');
  });

  it('a tampered signature', async () => {
    const [header, payload, signature] = person.token.split('.');
    const flipped = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await connectError(api.url, `${header}.${payload}.${flipped}`)).toBe('UNAUTHENTICATED');
  });

  it('a token signed with another secret', async () => {
    const token = signToken(accessClaims(person), {
      secret: 'another-secret-that-is-long-enough-for-hs256-signing',
    });
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
  });

  it('a token signed with another algorithm (HS384) and the right secret', async () => {
    const token = signToken(accessClaims(person), { algorithm: 'HS384' });
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
  });

  it('an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(accessClaims(person))).toString('base64url');
    expect(await connectError(api.url, `${header}.${payload}.`)).toBe('UNAUTHENTICATED');
    expect(await connectError(api.url, `${header}.${payload}.x`)).toBe('UNAUTHENTICATED');
  });

  it('an expired token (exp in the past, otherwise valid)', async () => {
    const token = signToken({
      sub: person.user.id,
      sid: sessionOf(person.token),
      typ: 'access',
      iat: nowSeconds() - 120,
      exp: nowSeconds() - 60,
    });
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
  });

  it('a token without exp (never expiring)', async () => {
    const token = signToken({
      sub: person.user.id,
      sid: sessionOf(person.token),
      typ: 'access',
      iat: nowSeconds(),
    });
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
  });

  it('a token that is not an access token (typ refresh / no typ)', async () => {
    expect(await connectError(api.url, signToken({ ...accessClaims(person), typ: 'refresh' }))).toBe(
      'UNAUTHENTICATED',
    );
    const { typ: _typ, ...untyped } = accessClaims(person);
    expect(await connectError(api.url, signToken(untyped))).toBe('UNAUTHENTICATED');
  });

  it('a token of a user that never existed', async () => {
    const token = signToken(accessClaims('00000000-0000-4000-8000-000000000000'));
    expect(await connectError(api.url, token)).toBe('UNAUTHENTICATED');
  });

  // A signed token naming something that is not a user id is no identity: UNAUTHENTICATED (not a
  // database error).
  it('a correctly signed token whose sub is not a uuid', async () => {
    expect(await connectError(api.url, signToken(accessClaims('not-a-uuid')))).toBe('UNAUTHENTICATED');
  });

  it('a token of a deleted user', async () => {
    const doomed = await founder(api, 'EMPLOYER');
    // The token works while the user lives.
    (await pool.connect(doomed.token)).close();
    await api.sql('DELETE FROM users WHERE id = $1', [doomed.user.id]);
    expect(await connectError(api.url, doomed.token)).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });

  // Our own tokens are a few hundred characters; a longer one is refused before it is verified.
  it('a correctly signed, unexpired access token longer than 4 KiB (a padding claim)', async () => {
    const long = signToken({ ...accessClaims(person), padding: 'p'.repeat(4 * 1024) });
    expect(long.length).toBeGreaterThan(4096);
    expect(await connectError(api.url, long)).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });

  // The token travels in socket.io's CONNECT frame: over 16 KiB (the client-message limit) it is
  // still read, and answered, instead of the connection closing under the client.
  it.each([20, 60])('an oversized token of %i KiB (answered, not a closed transport)', async (kib) => {
    expect(await connectError(api.url, 'x'.repeat(kib * 1024))).toBe('UNAUTHENTICATED');
    await expectServing(person);
  });
});

describe('a user deleted while connected', () => {
  it('is disconnected on their next join, which is not accepted', async () => {
    const cast = await makeDesign(api, { with: ['observer'] });
    const client = await pool.connect(cast.observer.token);
    await api.sql('DELETE FROM users WHERE id = $1', [cast.observer.user.id]);
    // The server closes the socket while answering: the ack is NOT_FOUND or never comes.
    const answer = await client.join(cast.designId).catch(() => null);
    expect([null, { ok: false, error: 'NOT_FOUND' }]).toContainEqual(answer);
    await client.disconnected();
    expect(client.disconnectReason).toBe('io server disconnect');
    expect(client.socket.connected).toBe(false);
  });
});

describe('a token that expires while connected', () => {
  // ACCESS_TOKEN_TTL_SECONDS is at least 60 (libs/shared/config/src/app-config.ts), too long for a
  // test: the short-lived token is signed here instead, exactly as the API signs its own.
  it('ends the socket at expiry; it receives nothing after, and cannot connect again with that token', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const expiring = signToken({
      sub: cast.employer.user.id,
      sid: sessionOf(cast.employer.token),
      typ: 'access',
      iat: nowSeconds(),
      exp: nowSeconds() + 3,
    });
    const doomed = await pool.connect(expiring);
    const { client: watcher } = await pool.joined(cast.lead.token, cast.designId);
    expect(await doomed.join(cast.designId)).toMatchObject({ ok: true });

    // Before expiry, it is a normal member of the room.
    await proposeSkill(cast.lead, cast.designId, { name: 'Before expiry' });
    const beforeSeq = await lastSeq(cast.lead, cast.designId);
    await untilSeq(doomed, cast.designId, beforeSeq);

    await doomed.disconnected(15_000);
    expect(doomed.socket.connected).toBe(false);
    expect(doomed.disconnectReason).toBe('io server disconnect');
    const receivedAtExpiry = doomed.received.length;
    const eventsAtExpiry = doomed.eventsOf(cast.designId).map((e) => e.seq);
    expect(eventsAtExpiry).toEqual([beforeSeq]);

    // Another participant, with a fresh token, changes the design: the watcher gets it, the
    // expired socket does not.
    await proposeSkill(cast.faculty, cast.designId, { name: 'After expiry' });
    const afterSeq = await lastSeq(cast.lead, cast.designId);
    await untilSeq(watcher, cast.designId, afterSeq);
    await quietFor(300);
    expect(doomed.received).toHaveLength(receivedAtExpiry);
    expect(doomed.eventsOf(cast.designId).map((e) => e.seq)).toEqual([beforeSeq]);

    // The watcher's presence no longer lists the expired user.
    await watcher.until(
      () => !watcher.latestPresence(cast.designId)?.some((p) => p.userId === cast.employer.user.id),
      10_000,
      'presence without the expired user',
    );

    expect(await connectError(api.url, expiring)).toBe('UNAUTHENTICATED');
  }, 30_000);
});
