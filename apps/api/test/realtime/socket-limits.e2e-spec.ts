/**
 * How many sockets one user may hold (libs/realtime/README.md "Handshake"): at most
 * MAX_SOCKETS_PER_USER at once; one more is refused with `connect_error` RATE_LIMITED, and that
 * refusal changes nothing for the user's open sockets nor for anyone else. The API runs with the
 * Redis adapter (TEST_REDIS_URL, as the two-instance test), so that sockets are counted as across
 * instances (`fetchSockets`, a Redis round trip): the count takes real time, and handshakes at the
 * same moment interleave while counting.
 */
import { randomUUID } from 'node:crypto';

import { founder, makeDesign, Person, proposeSkill } from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import { lastSeq, SocketPool, untilSeq } from './realtime-factories';
import { connect, connectError, quietFor, RealtimeClient } from './socket-client';

const LIMIT = 3;
let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi({
    MAX_SOCKETS_PER_USER: String(LIMIT),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `test-limits-${randomUUID().slice(0, 8)}`,
  });
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

/** Connects, retrying while refused RATE_LIMITED (the server may not have seen a close yet). */
async function connectOnceThereIsRoom(person: Person): Promise<RealtimeClient> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await pool.connect(person.token);
    } catch (error) {
      if ((error as Error).message !== 'RATE_LIMITED' || attempt >= 50) throw error;
      await quietFor(100);
    }
  }
}

describe(`at most ${LIMIT} sockets per user`, () => {
  it('one more is refused RATE_LIMITED; the open ones keep receiving; others connect; a closed one frees its place', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const open: RealtimeClient[] = [];
    for (let i = 0; i < LIMIT; i += 1)
      open.push((await pool.joined(cast.employer.token, cast.designId)).client);

    expect(await connectError(api.url, cast.employer.token)).toBe('RATE_LIMITED');
    expect(await connectError(api.url, cast.employer.token)).toBe('RATE_LIMITED');

    // Nothing changed for the user's sockets, nor for another user.
    await pool.joined(cast.lead.token, cast.designId);
    await proposeSkill(cast.lead, cast.designId, { name: 'Still delivered' });
    const seq = await lastSeq(cast.lead, cast.designId);
    for (const client of open) {
      await untilSeq(client, cast.designId, seq);
      expect(client.socket.connected).toBe(true);
    }

    open[0]!.close();
    const again = await connectOnceThereIsRoom(cast.employer);
    expect(await again.join(cast.designId)).toMatchObject({ ok: true });
    expect(await connectError(api.url, cast.employer.token)).toBe('RATE_LIMITED');
  });

  // Each handshake takes its place in the user's room before it counts, so handshakes at the same
  // moment cannot all take the last place (some may be refused that would have fitted).
  it(`${LIMIT * 3} handshakes of one user at the same moment: never more than ${LIMIT} connected, the others RATE_LIMITED`, async () => {
    const person = await founder(api, 'EMPLOYER');
    const outcomes = await Promise.allSettled(
      Array.from({ length: LIMIT * 3 }, () => connect(api.url, person.token)),
    );
    const connected = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    try {
      const refusals = outcomes.flatMap((o) =>
        o.status === 'rejected' ? [(o.reason as Error).message] : [],
      );
      expect(connected.length).toBeLessThanOrEqual(LIMIT);
      expect(connected.length).toBeGreaterThanOrEqual(1);
      expect(new Set(refusals)).toEqual(new Set(['RATE_LIMITED']));
      // The places are really taken: with all of them in use one more is refused.
      while (connected.length < LIMIT) connected.push(await connectOnceThereIsRoom(person));
      expect(await connectError(api.url, person.token)).toBe('RATE_LIMITED');
    } finally {
      for (const client of connected) client.close();
    }
  });
});
