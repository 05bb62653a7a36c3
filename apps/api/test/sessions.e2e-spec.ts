/**
 * Server-side sessions (SPEC "Institutions and accounts": users log out and change their
 * password): a log-in is a session row its token names; ending it stops the token on GraphQL at
 * once and closes that session's sockets, and only that session's. Every refusal answers its code
 * and changes nothing.
 */
import { graphql } from './gql';
import {
  foundOrganization,
  LogInDocument,
  MeDocument,
  PASSWORD,
  sessionOf,
  type SignedUp,
} from './identity-factories';
import { nowSeconds, signToken } from './realtime/realtime-factories';
import { connect, quietFor, type RealtimeClient } from './realtime/socket-client';
import { startTestApi, TestApi } from './test-api';

const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      device
      createdAt
      lastUsedAt
      current
    }
  }
`);

const LOG_OUT = graphql(`
  mutation LogOut {
    logOut
  }
`);

const LOG_OUT_EVERYWHERE = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);

const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

let api: TestApi;
const sockets: RealtimeClient[] = [];

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(() => api?.close());

/** Another log-in of the same user (another browser), with its own token and session. */
async function logInAgain(person: SignedUp, userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0') {
  const answer = await api.client.request(
    LogInDocument,
    { email: person.user.email, password: PASSWORD },
    { 'user-agent': userAgent },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const token = answer.data.logIn.accessToken;
  return { token, client: api.client.as(token), sessionId: sessionOf(token) };
}

async function socketOf(token: string): Promise<RealtimeClient> {
  const socket = await connect(api.url, token);
  sockets.push(socket);
  return socket;
}

async function sessionRows(userId: string) {
  return api.sql<{ id: string; ended: boolean }>(
    'SELECT id, ended_at IS NOT NULL AS ended FROM sessions WHERE user_id = $1 ORDER BY id',
    [userId],
  );
}

async function expectClosedAsExpired(socket: RealtimeClient): Promise<void> {
  await socket.disconnected();
  expect(socket.received.map((m) => m.name)).toContain('session:expired');
  expect(socket.disconnectReason).toBe('io server disconnect');
}

describe('a session per log-in', () => {
  it('sign-up and each log-in open a session the token names; mySessions lists them with the current one marked', async () => {
    const person = await foundOrganization(api.client);
    const other = await logInAgain(person, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1');

    const { mySessions } = await person.client.ok(MY_SESSIONS);
    expect(mySessions.map((s) => s.id).sort()).toEqual([sessionOf(person.token), other.sessionId].sort());
    const current = mySessions.find((s) => s.current);
    expect(current?.id).toBe(sessionOf(person.token));
    expect(mySessions.filter((s) => s.current)).toHaveLength(1);
    expect(mySessions.find((s) => s.id === other.sessionId)).toMatchObject({
      device: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1',
      current: false,
    });
    // The other session sees itself as the current one.
    const seenByOther = await other.client.ok(MY_SESSIONS);
    expect(seenByOther.mySessions.find((s) => s.current)?.id).toBe(other.sessionId);
  });

  it('a token naming another user’s session is refused', async () => {
    const victim = await foundOrganization(api.client);
    const attacker = await foundOrganization(api.client);
    const claims = (sub: string) => ({
      sub,
      sid: sessionOf(victim.token),
      typ: 'access',
      iat: nowSeconds(),
      exp: nowSeconds() + 600,
    });
    const crossed = signToken(claims(attacker.user.id));
    expect(await api.client.as(crossed).errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    await expect(connect(api.url, crossed)).rejects.toThrow('UNAUTHENTICATED');
    // The same forging with the session's own user is accepted: the test forges correctly.
    const own = signToken(claims(victim.user.id));
    expect((await api.client.as(own).ok(MeDocument)).me.id).toBe(victim.user.id);
  });

  it('last use is written at most once a minute', async () => {
    const person = await foundOrganization(api.client);
    const sid = sessionOf(person.token);
    await api.sql(`UPDATE sessions SET last_used_at = now() - interval '30 seconds' WHERE id = $1`, [sid]);
    const [before] = await api.sql<{ at: Date }>('SELECT last_used_at AS at FROM sessions WHERE id = $1', [
      sid,
    ]);
    await person.client.ok(MeDocument);
    const [unchanged] = await api.sql<{ at: Date }>('SELECT last_used_at AS at FROM sessions WHERE id = $1', [
      sid,
    ]);
    expect(unchanged!.at).toEqual(before!.at);

    await api.sql(`UPDATE sessions SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [sid]);
    const [old] = await api.sql<{ at: Date }>('SELECT last_used_at AS at FROM sessions WHERE id = $1', [sid]);
    await person.client.ok(MeDocument);
    const [moved] = await api.sql<{ at: Date }>('SELECT last_used_at AS at FROM sessions WHERE id = $1', [
      sid,
    ]);
    expect(moved!.at.getTime()).toBeGreaterThan(old!.at.getTime());
  });

  it('a log-in clears the user’s sessions over for a day or more, and no one else’s', async () => {
    const person = await foundOrganization(api.client);
    const other = await foundOrganization(api.client);
    const ended = await logInAgain(person);
    const expired = await logInAgain(person);
    const recent = await logInAgain(person);
    const othersOld = await logInAgain(other);
    await api.sql(`UPDATE sessions SET ended_at = now() - interval '2 days' WHERE id = ANY($1)`, [
      [ended.sessionId, othersOld.sessionId],
    ]);
    await api.sql(
      `UPDATE sessions SET expires_at = now() - interval '25 hours', created_at = now() - interval '3 days' WHERE id = $1`,
      [expired.sessionId],
    );
    await api.sql(`UPDATE sessions SET ended_at = now() - interval '1 hour' WHERE id = $1`, [
      recent.sessionId,
    ]);

    const fresh = await logInAgain(person);
    const ids = (await api.sql<{ id: string }>('SELECT id FROM sessions')).map((row) => row.id);
    expect(ids).not.toContain(ended.sessionId);
    expect(ids).not.toContain(expired.sessionId);
    // Over for less than a day, another user's, and the live ones stay.
    expect(ids).toEqual(
      expect.arrayContaining([
        recent.sessionId,
        othersOld.sessionId,
        sessionOf(person.token),
        fresh.sessionId,
      ]),
    );
    expect((await person.client.ok(MeDocument)).me.id).toBe(person.user.id);
  });

  it('a very long User-Agent with control characters is stored cleaned and bounded (see clean-user-agent.spec.ts)', async () => {
    const person = await foundOrganization(api.client);
    const other = await logInAgain(person, `A\tB\u00e9C${'x'.repeat(2000)}`);
    const { mySessions } = await other.client.ok(MY_SESSIONS);
    const device = mySessions.find((s) => s.current)?.device ?? '';
    expect(device.startsWith('A B\u00e9C')).toBe(true);
    expect([...device]).toHaveLength(500);
  });
});

describe('logOut', () => {
  it('ends this session: its token answers UNAUTHENTICATED, its socket is told session:expired and closed; the other session keeps working', async () => {
    const person = await foundOrganization(api.client);
    const other = await logInAgain(person);
    const thisSocket = await socketOf(person.token);
    const otherSocket = await socketOf(other.token);

    expect(await person.client.ok(LOG_OUT)).toEqual({ logOut: true });

    expect(await person.client.errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    await expectClosedAsExpired(thisSocket);
    await expect(connect(api.url, person.token)).rejects.toThrow('UNAUTHENTICATED');

    expect((await other.client.ok(MeDocument)).me.id).toBe(person.user.id);
    await quietFor(300);
    expect(otherSocket.socket.connected).toBe(true);
    expect(otherSocket.received.map((m) => m.name)).not.toContain('session:expired');
    expect(await sessionRows(person.user.id)).toEqual(
      [
        { id: sessionOf(person.token), ended: true },
        { id: other.sessionId, ended: false },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it('a logged-out token cannot log out again, nor call anything else', async () => {
    const person = await foundOrganization(api.client);
    await person.client.ok(LOG_OUT);
    expect(await person.client.errorCode(LOG_OUT)).toBe('UNAUTHENTICATED');
    expect(await person.client.errorCode(MY_SESSIONS)).toBe('UNAUTHENTICATED');
  });
});

describe('logOutEverywhere', () => {
  it('ends every session of the caller, this one included, and closes all their sockets; another user is untouched', async () => {
    const person = await foundOrganization(api.client);
    const second = await logInAgain(person);
    const third = await logInAgain(person);
    const bystander = await foundOrganization(api.client);
    const socketsOfPerson = await Promise.all([person.token, second.token, third.token].map(socketOf));
    const bystanderSocket = await socketOf(bystander.token);

    expect(await second.client.ok(LOG_OUT_EVERYWHERE)).toEqual({ logOutEverywhere: true });

    for (const token of [person.token, second.token, third.token]) {
      expect(await api.client.as(token).errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    }
    for (const socket of socketsOfPerson) await expectClosedAsExpired(socket);
    expect((await sessionRows(person.user.id)).every((row) => row.ended)).toBe(true);

    expect((await bystander.client.ok(MeDocument)).me.id).toBe(bystander.user.id);
    await quietFor(300);
    expect(bystanderSocket.socket.connected).toBe(true);

    // Logging in again works: a new session.
    const again = await logInAgain(person);
    expect((await again.client.ok(MY_SESSIONS)).mySessions.map((s) => s.id)).toEqual([again.sessionId]);
  });
});

describe('endSession', () => {
  it('ends one of the caller’s other sessions: that token and its socket stop; the caller’s own keeps working', async () => {
    const person = await foundOrganization(api.client);
    const phone = await logInAgain(person);
    const phoneSocket = await socketOf(phone.token);
    const ownSocket = await socketOf(person.token);

    expect(await person.client.ok(END_SESSION, { id: phone.sessionId })).toEqual({ endSession: true });

    expect(await phone.client.errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    await expectClosedAsExpired(phoneSocket);
    expect((await person.client.ok(MY_SESSIONS)).mySessions.map((s) => s.id)).toEqual([
      sessionOf(person.token),
    ]);
    await quietFor(300);
    expect(ownSocket.socket.connected).toBe(true);
  });

  it('another user’s session, an unknown id, a malformed id and an ended session are NOT_FOUND, and nothing changes', async () => {
    const person = await foundOrganization(api.client);
    const victim = await foundOrganization(api.client);
    const victimSocket = await socketOf(victim.token);
    const ended = await logInAgain(person);
    await ended.client.ok(LOG_OUT);
    const before = await api.sql('SELECT id, ended_at, last_used_at FROM sessions ORDER BY id');

    for (const id of [
      sessionOf(victim.token),
      '00000000-0000-4000-8000-000000000000',
      'not-a-uuid',
      "'; DROP TABLE sessions; --",
      ended.sessionId,
    ]) {
      expect(await person.client.errorCode(END_SESSION, { id })).toBe('NOT_FOUND');
    }

    expect(await api.sql('SELECT id, ended_at, last_used_at FROM sessions ORDER BY id')).toEqual(before);
    expect((await victim.client.ok(MeDocument)).me.id).toBe(victim.user.id);
    await quietFor(300);
    expect(victimSocket.socket.connected).toBe(true);
  });

  it('needs a log-in', async () => {
    const person = await foundOrganization(api.client);
    expect(await api.client.errorCode(END_SESSION, { id: sessionOf(person.token) })).toBe('UNAUTHENTICATED');
    expect(await api.client.errorCode(MY_SESSIONS)).toBe('UNAUTHENTICATED');
    expect((await sessionRows(person.user.id)).every((row) => !row.ended)).toBe(true);
  });
});

describe('changePassword', () => {
  const NEW_PASSWORD = 'another long enough password';

  it('checks the current password, sets the new one and ends every other session (their sockets close); this one stays', async () => {
    const person = await foundOrganization(api.client);
    const other = await logInAgain(person);
    const otherSocket = await socketOf(other.token);
    const ownSocket = await socketOf(person.token);

    expect(
      await person.client.ok(CHANGE_PASSWORD, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    ).toEqual({ changePassword: true });

    expect(await other.client.errorCode(MeDocument)).toBe('UNAUTHENTICATED');
    await expectClosedAsExpired(otherSocket);
    expect((await person.client.ok(MeDocument)).me.id).toBe(person.user.id);
    await quietFor(300);
    expect(ownSocket.socket.connected).toBe(true);

    const oldPassword = await api.client.request(LogInDocument, {
      email: person.user.email,
      password: PASSWORD,
    });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const newPassword = await api.client.request(LogInDocument, {
      email: person.user.email,
      password: NEW_PASSWORD,
    });
    expect(newPassword.data?.logIn.user.id).toBe(person.user.id);
  });

  it('a wrong current password is BAD_USER_INPUT on currentPassword; the password and every session stay', async () => {
    const person = await foundOrganization(api.client);
    const other = await logInAgain(person);
    const otherSocket = await socketOf(other.token);
    const before = await api.sql('SELECT password_hash, updated_at FROM users WHERE id = $1', [
      person.user.id,
    ]);

    const answer = await person.client.request(CHANGE_PASSWORD, {
      currentPassword: 'not the password at all',
      newPassword: NEW_PASSWORD,
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(answer.errors?.[0]?.extensions)).toContain('currentPassword');

    expect(
      await api.sql('SELECT password_hash, updated_at FROM users WHERE id = $1', [person.user.id]),
    ).toEqual(before);
    expect((await sessionRows(person.user.id)).every((row) => !row.ended)).toBe(true);
    expect((await other.client.ok(MeDocument)).me.id).toBe(person.user.id);
    expect((await person.client.ok(MeDocument)).me.id).toBe(person.user.id);
    await quietFor(300);
    expect(otherSocket.socket.connected).toBe(true);
  });

  it('a too short or too long new password is BAD_USER_INPUT on newPassword, checked before the current one; nothing changes', async () => {
    const person = await foundOrganization(api.client);
    const before = await api.sql('SELECT password_hash FROM users WHERE id = $1', [person.user.id]);
    for (const newPassword of ['short', 'x'.repeat(257)]) {
      const answer = await person.client.request(CHANGE_PASSWORD, { currentPassword: PASSWORD, newPassword });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(answer.errors?.[0]?.extensions)).toContain('newPassword');
    }
    expect(await api.sql('SELECT password_hash FROM users WHERE id = $1', [person.user.id])).toEqual(before);
  });

  it('is throttled as log-in is: wrong current passwords reach RATE_LIMITED, even with the right one after', async () => {
    const person = await foundOrganization(api.client);
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      codes.push(
        await person.client.errorCode(CHANGE_PASSWORD, {
          currentPassword: `wrong guess number ${attempt}`,
          newPassword: NEW_PASSWORD,
        }),
      );
    }
    expect(codes.slice(0, 10).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    expect(
      await person.client.errorCode(CHANGE_PASSWORD, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      }),
    ).toBe('RATE_LIMITED');
    // The guesses count against the account's log-in too.
    const logIn = await api.client.request(LogInDocument, { email: person.user.email, password: PASSWORD });
    expect(logIn.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  }, 60_000);

  it('needs a log-in', async () => {
    expect(
      await api.client.errorCode(CHANGE_PASSWORD, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    ).toBe('UNAUTHENTICATED');
  });
});
