import { createHmac } from 'node:crypto';

import {
  foundOrganization,
  INVITE_TO_ORGANIZATION,
  LOG_IN,
  ME,
  PASSWORD,
  sessionOf,
  SIGN_UP,
} from './identity-factories';
import { startTestApi, TestApi, TEST_JWT_SECRET } from './test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function countRows(): Promise<{ users: number; organizations: number; invitations: number }> {
  const [row] = await api.sql<{ users: string; organizations: string; invitations: string }>(
    `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM organizations) AS organizations,
            (SELECT count(*) FROM organization_invitations) AS invitations`,
  );
  return {
    users: Number(row?.users),
    organizations: Number(row?.organizations),
    invitations: Number(row?.invitations),
  };
}

describe('signUp founding an organization', () => {
  it('creates the organization and makes the user its ADMIN, with a working access token', async () => {
    const founder = await foundOrganization(api.client, {
      email: 'Grace.Hopper@Example.ORG',
      kind: 'EMPLOYER',
      orgName: 'Navy Yard',
    });
    expect(founder.user.email).toBe('grace.hopper@example.org');
    expect(founder.user.orgRole).toBe('ADMIN');
    expect(founder.user.organization).toMatchObject({ name: 'Navy Yard', kind: 'EMPLOYER' });

    const me = await founder.client.ok<{ me: { id: string; organization: { id: string } } }>(ME);
    expect(me.me.id).toBe(founder.user.id);
    expect(me.me.organization.id).toBe(founder.user.organization.id);
  });

  it('stores an Argon2id hash, never the password, and never returns it', async () => {
    const founder = await foundOrganization(api.client);
    const [row] = await api.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      founder.user.id,
    ]);
    // The README's cost (19 MiB, 2 passes, 1 lane), written out: a cheaper hash must fail here.
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    const parameters = Object.fromEntries(
      (row?.password_hash.split('$')[3] ?? '').split(',').map((pair) => pair.split('=')),
    );
    expect(parameters).toEqual({ m: '19456', t: '2', p: '1' });
    expect(row?.password_hash).not.toContain(PASSWORD);
    const schemaHasPassword = await api.client.request('{ me { passwordHash } }');
    expect(schemaHasPassword.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a duplicate email whatever its case, storing nothing', async () => {
    await foundOrganization(api.client, { email: 'dup@example.org' });
    const before = await countRows();
    const result = await api.client.request(SIGN_UP, {
      input: {
        email: '  DUP@Example.org ',
        password: PASSWORD,
        displayName: 'Again',
        organization: { name: 'Other', kind: 'COMMUNITY' },
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ['an empty display name', { displayName: '   ' }, ['input.displayName']],
    ['an over-long display name', { displayName: 'x'.repeat(101) }, ['input.displayName']],
    [
      'an empty organization name',
      { organization: { name: '', kind: 'EMPLOYER' } },
      ['input.organization.name'],
    ],
    [
      'an over-long organization name',
      { organization: { name: 'o'.repeat(201), kind: 'EMPLOYER' } },
      ['input.organization.name'],
    ],
    ['a malformed email', { email: 'not-an-email' }, ['input.email']],
    ['an over-long email', { email: `${'a'.repeat(250)}@example.org` }, ['input.email']],
    ['a password under 10 characters', { password: 'short-pw1' }, ['input.password']],
    [
      'both an organization and an invitation token',
      { organizationInvitationToken: 'abc' },
      ['input.organization', 'input.organizationInvitationToken'],
    ],
    [
      'neither an organization nor an invitation token',
      { organization: null },
      ['input.organization', 'input.organizationInvitationToken'],
    ],
  ])('answers BAD_USER_INPUT naming the field for %s, storing nothing', async (_case, override, fields) => {
    const before = await countRows();
    const input = {
      email: `valid-${Math.random().toString(36).slice(2)}@example.org`,
      password: PASSWORD,
      displayName: 'Valid Name',
      organization: { name: 'Valid Org', kind: 'EMPLOYER' },
      ...override,
    };
    const result = await api.client.request(SIGN_UP, { input });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const named = (error?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(named).toEqual(expect.arrayContaining(fields));
    expect(await countRows()).toEqual(before);
  });

  it('answers BAD_USER_INPUT for an unknown organization kind, storing nothing', async () => {
    const before = await countRows();
    const result = await api.client.request(SIGN_UP, {
      input: {
        email: 'kind@example.org',
        password: PASSWORD,
        displayName: 'K',
        organization: { name: 'K', kind: 'GUILD' },
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows()).toEqual(before);
  });
});

describe('signUp through an organization invitation', () => {
  it('joins the inviting organization with the invited role; the invitation is single-use', async () => {
    const admin = await foundOrganization(api.client, { kind: 'EMPLOYER' });
    const { inviteToOrganization: invitation } = await admin.client.ok<{
      inviteToOrganization: { token: string; orgRole: string; email: string; expiresAt: string };
    }>(INVITE_TO_ORGANIZATION, { email: 'New.Member@Example.org', orgRole: 'MEMBER' });
    expect(invitation.email).toBe('new.member@example.org');
    expect(new Date(invitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);

    const joined = await api.client.ok<{
      signUp: { user: { orgRole: string; organization: { id: string } } };
    }>(SIGN_UP, {
      input: {
        email: 'new.member@EXAMPLE.org',
        password: PASSWORD,
        displayName: 'New',
        organizationInvitationToken: invitation.token,
      },
    });
    expect(joined.signUp.user.orgRole).toBe('MEMBER');
    expect(joined.signUp.user.organization.id).toBe(admin.user.organization.id);

    const before = await countRows();
    const again = await api.client.request(SIGN_UP, {
      input: {
        email: 'someone.else@example.org',
        password: PASSWORD,
        displayName: 'Else',
        organizationInvitationToken: invitation.token,
      },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countRows()).toEqual(before);
  });

  it('refuses an invitation presented with another email (FORBIDDEN), storing nothing', async () => {
    const admin = await foundOrganization(api.client);
    const { inviteToOrganization } = await admin.client.ok<{ inviteToOrganization: { token: string } }>(
      INVITE_TO_ORGANIZATION,
      {
        email: 'invited@example.org',
        orgRole: 'ADMIN',
      },
    );
    const before = await countRows();
    const result = await api.client.request(SIGN_UP, {
      input: {
        email: 'intruder@example.org',
        password: PASSWORD,
        displayName: 'Intruder',
        organizationInvitationToken: inviteToOrganization.token,
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows()).toEqual(before);
    const [row] = await api.sql<{ accepted_at: Date | null }>(
      'SELECT accepted_at FROM organization_invitations WHERE email = $1',
      ['invited@example.org'],
    );
    expect(row?.accepted_at).toBeNull();
  });

  it('refuses an expired invitation (PRECONDITION_FAILED) and an unknown token (NOT_FOUND)', async () => {
    const admin = await foundOrganization(api.client);
    const { inviteToOrganization } = await admin.client.ok<{
      inviteToOrganization: { id: string; token: string };
    }>(INVITE_TO_ORGANIZATION, { email: 'late@example.org', orgRole: 'MEMBER' });
    await api.sql(
      `UPDATE organization_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [inviteToOrganization.id],
    );
    const before = await countRows();
    const expired = await api.client.request(SIGN_UP, {
      input: {
        email: 'late@example.org',
        password: PASSWORD,
        displayName: 'Late',
        organizationInvitationToken: inviteToOrganization.token,
      },
    });
    expect(expired.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    const unknown = await api.client.request(SIGN_UP, {
      input: {
        email: 'late@example.org',
        password: PASSWORD,
        displayName: 'Late',
        organizationInvitationToken: 'no-such-token',
      },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countRows()).toEqual(before);
  });

  it('stores only a hash of the invitation token', async () => {
    const admin = await foundOrganization(api.client);
    const { inviteToOrganization } = await admin.client.ok<{
      inviteToOrganization: { id: string; token: string };
    }>(INVITE_TO_ORGANIZATION, { email: 'hash@example.org', orgRole: 'MEMBER' });
    const rows = await api.sql<{ token_hash: string }>(
      'SELECT token_hash FROM organization_invitations WHERE id = $1',
      [inviteToOrganization.id],
    );
    expect(rows[0]?.token_hash).toHaveLength(64);
    expect(rows[0]?.token_hash).not.toContain(inviteToOrganization.token);
  });
});

describe('inviteToOrganization', () => {
  it('is refused to a member who is not an admin (FORBIDDEN), storing nothing', async () => {
    const admin = await foundOrganization(api.client);
    const { inviteToOrganization } = await admin.client.ok<{ inviteToOrganization: { token: string } }>(
      INVITE_TO_ORGANIZATION,
      {
        email: 'plain.member@example.org',
        orgRole: 'MEMBER',
      },
    );
    const member = await api.client.ok<{ signUp: { accessToken: string } }>(SIGN_UP, {
      input: {
        email: 'plain.member@example.org',
        password: PASSWORD,
        displayName: 'Member',
        organizationInvitationToken: inviteToOrganization.token,
      },
    });
    const before = await countRows();
    const code = await api.client.as(member.signUp.accessToken).errorCode(INVITE_TO_ORGANIZATION, {
      email: 'friend@example.org',
      orgRole: 'ADMIN',
    });
    expect(code).toBe('FORBIDDEN');
    expect(await countRows()).toEqual(before);
  });

  it('answers BAD_USER_INPUT for a malformed email and UNAUTHENTICATED without a token', async () => {
    const admin = await foundOrganization(api.client);
    expect(await admin.client.errorCode(INVITE_TO_ORGANIZATION, { email: 'nope', orgRole: 'MEMBER' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await admin.client.errorCode(INVITE_TO_ORGANIZATION, { email: 'ok@example.org', orgRole: 'OWNER' }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await api.client.errorCode(INVITE_TO_ORGANIZATION, { email: 'ok@example.org', orgRole: 'MEMBER' }),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses to invite an email that already has an account (CONFLICT)', async () => {
    const admin = await foundOrganization(api.client);
    const other = await foundOrganization(api.client);
    expect(
      await admin.client.errorCode(INVITE_TO_ORGANIZATION, {
        email: other.user.email.toUpperCase(),
        orgRole: 'MEMBER',
      }),
    ).toBe('CONFLICT');
  });
});

describe('logIn', () => {
  it('logs in with the right password, whatever the case of the email', async () => {
    const founder = await foundOrganization(api.client, { email: 'login.case@example.org' });
    const data = await api.client.ok<{ logIn: { accessToken: string; user: { id: string } } }>(LOG_IN, {
      email: 'LOGIN.Case@example.org',
      password: PASSWORD,
    });
    expect(data.logIn.user.id).toBe(founder.user.id);
    const me = await api.client.as(data.logIn.accessToken).ok<{ me: { id: string } }>(ME);
    expect(me.me.id).toBe(founder.user.id);
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    await foundOrganization(api.client, { email: 'same.answer@example.org' });
    const wrong = await api.client.request(LOG_IN, {
      email: 'same.answer@example.org',
      password: 'wrong password!',
    });
    const unknown = await api.client.request(LOG_IN, {
      email: 'nobody.here@example.org',
      password: 'wrong password!',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });
});

describe('access tokens', () => {
  const forge = (payload: object, secret = TEST_JWT_SECRET) => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  };

  it('refuses an expired token', async () => {
    const founder = await foundOrganization(api.client);
    const now = Math.floor(Date.now() / 1000);
    const sid = sessionOf(founder.token);
    const expired = forge({ sub: founder.user.id, sid, typ: 'access', iat: now - 7200, exp: now - 3600 });
    expect(await api.client.as(expired).errorCode(ME)).toBe('UNAUTHENTICATED');
    // The same claims, unexpired and signed with the same secret, are accepted: the test forges correctly.
    const valid = forge({ sub: founder.user.id, sid, typ: 'access', iat: now, exp: now + 3600 });
    expect((await api.client.as(valid).ok<{ me: { id: string } }>(ME)).me.id).toBe(founder.user.id);
  });

  it('refuses a tampered token, a token signed with another secret, an unsigned one and garbage', async () => {
    const victim = await foundOrganization(api.client);
    const attacker = await foundOrganization(api.client);
    const [header, , signature] = attacker.token.split('.');
    const payload = Buffer.from(
      JSON.stringify({
        sub: victim.user.id,
        sid: sessionOf(victim.token),
        typ: 'access',
        exp: 9_999_999_999,
      }),
    ).toString('base64url');
    const tampered = `${header}.${payload}.${signature}`;
    const otherSecret = forge(
      { sub: victim.user.id, sid: sessionOf(victim.token), typ: 'access', exp: 9_999_999_999 },
      'another-secret-another-secret-another',
    );
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const token of [tampered, otherSecret, none, 'garbage']) {
      expect(await api.client.as(token).errorCode(ME)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a valid token of a user that no longer exists', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ghost = forge({
      sub: '00000000-0000-4000-8000-000000000000',
      sid: '00000000-0000-4000-8000-000000000001',
      typ: 'access',
      iat: now,
      exp: now + 60,
    });
    expect(await api.client.as(ghost).errorCode(ME)).toBe('UNAUTHENTICATED');
  });
});
