/**
 * Organization admins list, re-role and deactivate their members (SPEC "Institutions and
 * accounts"): every refusal with its code and nothing changed; a deactivated user cannot log in,
 * their tokens and sockets stop at once, and what they wrote stays.
 */
import { CREATE_DESIGN } from './designs/design-factories';
import { graphql } from './gql';
import {
  foundOrganization,
  InviteToOrganizationDocument,
  LogInDocument,
  MeDocument,
  PASSWORD,
  SignUpDocument,
  type SignedUp,
} from './identity-factories';
import { connect } from './realtime/socket-client';
import { startTestApi, TestApi } from './test-api';

const MEMBERS = graphql(`
  query OrganizationMembers {
    organizationMembers {
      id
      email
      displayName
      orgRole
      active
    }
  }
`);

const UPDATE_MEMBER_ROLE = graphql(`
  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {
    updateMemberRole(userId: $userId, orgRole: $orgRole) {
      id
      orgRole
      active
    }
  }
`);

const DEACTIVATE_MEMBER = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
      orgRole
      active
    }
  }
`);

let api: TestApi;
let counter = 0;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** An institution's founder (ADMIN) and a colleague who joined through an invitation (MEMBER). */
async function institution(): Promise<{ admin: SignedUp; colleague: SignedUp }> {
  const admin = await foundOrganization(api.client, { orgName: 'Coast College' });
  counter += 1;
  const email = `colleague${counter}-${Date.now()}@example.org`;
  const { inviteToOrganization } = await admin.client.ok(InviteToOrganizationDocument, {
    email,
    orgRole: 'MEMBER',
  });
  const { signUp } = await api.client.ok(SignUpDocument, {
    input: {
      email,
      password: PASSWORD,
      displayName: `Colleague ${counter}`,
      organizationInvitationToken: inviteToOrganization.token,
    },
  });
  return {
    admin,
    colleague: { token: signUp.accessToken, user: signUp.user, client: api.client.as(signUp.accessToken) },
  };
}

async function stored(userId: string): Promise<{ org_role: string; active: boolean } | undefined> {
  const [row] = await api.sql<{ org_role: string; active: boolean }>(
    'SELECT org_role, active FROM users WHERE id = $1',
    [userId],
  );
  return row;
}

async function usersSnapshot(): Promise<unknown[]> {
  return api.sql('SELECT id, org_role, active, updated_at FROM users ORDER BY id');
}

describe('organizationMembers', () => {
  it('lists every member of the admin’s own organization with email, role and active', async () => {
    const { admin, colleague } = await institution();
    await foundOrganization(api.client, { orgName: 'Elsewhere' });
    const { organizationMembers } = await admin.client.ok(MEMBERS);
    expect(organizationMembers).toHaveLength(2);
    expect(organizationMembers).toEqual(
      expect.arrayContaining([
        {
          id: admin.user.id,
          email: admin.user.email,
          displayName: admin.user.displayName,
          orgRole: 'ADMIN',
          active: true,
        },
        {
          id: colleague.user.id,
          email: colleague.user.email,
          displayName: colleague.user.displayName,
          orgRole: 'MEMBER',
          active: true,
        },
      ]),
    );
    expect(colleague.user.organization.id).toBe(admin.user.organization.id);
  });

  it('is FORBIDDEN to a MEMBER and UNAUTHENTICATED without a token', async () => {
    const { colleague } = await institution();
    expect(await colleague.client.errorCode(MEMBERS)).toBe('FORBIDDEN');
    expect(await api.client.errorCode(MEMBERS)).toBe('UNAUTHENTICATED');
  });
});

describe('updateMemberRole', () => {
  it('promotes a member, who can then act as an admin at once', async () => {
    const { admin, colleague } = await institution();
    const { updateMemberRole } = await admin.client.ok(UPDATE_MEMBER_ROLE, {
      userId: colleague.user.id,
      orgRole: 'ADMIN',
    });
    expect(updateMemberRole).toEqual({ id: colleague.user.id, orgRole: 'ADMIN', active: true });
    expect(await stored(colleague.user.id)).toEqual({ org_role: 'ADMIN', active: true });
    // The same token: the guard reads the role live.
    expect((await colleague.client.ok(MEMBERS)).organizationMembers).toHaveLength(2);
    // With another admin, the founder may step down.
    await admin.client.ok(UPDATE_MEMBER_ROLE, { userId: admin.user.id, orgRole: 'MEMBER' });
    expect(await stored(admin.user.id)).toEqual({ org_role: 'MEMBER', active: true });
    expect(await admin.client.errorCode(MEMBERS)).toBe('FORBIDDEN');
  });

  it.each([
    ['a MEMBER', 'FORBIDDEN'],
    ['an admin, for another organization’s user', 'NOT_FOUND'],
    ['an admin, for an unknown id', 'NOT_FOUND'],
    ['an admin, for a malformed id', 'NOT_FOUND'],
    ['the last admin, demoting themselves', 'PRECONDITION_FAILED'],
  ])('refuses %s with %s and changes nothing', async (who, code) => {
    const { admin, colleague } = await institution();
    const stranger = await foundOrganization(api.client);
    const [caller, userId] = {
      'a MEMBER': [colleague, colleague.user.id],
      'an admin, for another organization’s user': [admin, stranger.user.id],
      'an admin, for an unknown id': [admin, '00000000-0000-4000-8000-000000000000'],
      'an admin, for a malformed id': [admin, 'not-a-uuid'],
      'the last admin, demoting themselves': [admin, admin.user.id],
    }[who] as [SignedUp, string];
    const before = await usersSnapshot();
    expect(
      await caller.client.errorCode(UPDATE_MEMBER_ROLE, {
        userId,
        orgRole: who === 'a MEMBER' ? 'ADMIN' : 'MEMBER',
      }),
    ).toBe(code);
    expect(await usersSnapshot()).toEqual(before);
  });

  it('two admins demoting each other at once leave one admin (the organization is locked)', async () => {
    const { admin, colleague } = await institution();
    await admin.client.ok(UPDATE_MEMBER_ROLE, { userId: colleague.user.id, orgRole: 'ADMIN' });
    const results = await Promise.all([
      admin.client.request(UPDATE_MEMBER_ROLE, { userId: colleague.user.id, orgRole: 'MEMBER' }),
      colleague.client.request(UPDATE_MEMBER_ROLE, { userId: admin.user.id, orgRole: 'MEMBER' }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    // One succeeds. The other is refused either as the last admin (both passed the guard before
    // either committed) or, when the first had committed before the second was authenticated, as
    // no admin any more: both are right, and which one depends only on timing.
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(['PRECONDITION_FAILED', 'FORBIDDEN']).toContain(codes.find((code) => code !== 'OK'));
    const roles = [await stored(admin.user.id), await stored(colleague.user.id)]
      .map((r) => r?.org_role)
      .sort();
    expect(roles).toEqual(['ADMIN', 'MEMBER']);
  });
});

describe('deactivateMember', () => {
  it('ends the member’s access at once: tokens, sockets and log-in; what they wrote stays', async () => {
    const { admin, colleague } = await institution();
    const { createDesign } = await colleague.client.ok(CREATE_DESIGN, { input: { title: 'Welding basics' } });
    const socket = await connect(api.url, colleague.token);
    try {
      const { deactivateMember } = await admin.client.ok(DEACTIVATE_MEMBER, { userId: colleague.user.id });
      expect(deactivateMember).toEqual({ id: colleague.user.id, orgRole: 'MEMBER', active: false });

      expect(await colleague.client.errorCode(MeDocument)).toBe('UNAUTHENTICATED');
      // Every session ended with the account: reactivating it later would not revive old tokens.
      expect(
        await api.sql('SELECT count(*)::int AS live FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [
          colleague.user.id,
        ]),
      ).toEqual([{ live: 0 }]);
      await socket.disconnected();
      expect(socket.received.map((m) => m.name)).toContain('session:expired');
      expect(socket.disconnectReason).toBe('io server disconnect');

      const refused = await api.client.request(LogInDocument, {
        email: colleague.user.email,
        password: PASSWORD,
      });
      const wrong = await api.client.request(LogInDocument, {
        email: admin.user.email,
        password: 'not the password',
      });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
      await expect(connect(api.url, colleague.token)).rejects.toThrow('UNAUTHENTICATED');

      const [design] = await api.sql('SELECT id FROM designs WHERE id = $1', [createDesign.id]);
      expect(design).toEqual({ id: createDesign.id });
      const { organizationMembers } = await admin.client.ok(MEMBERS);
      expect(organizationMembers.find((m) => m.id === colleague.user.id)?.active).toBe(false);
      // Deactivating again answers the same, changing nothing.
      const before = await usersSnapshot();
      await admin.client.ok(DEACTIVATE_MEMBER, { userId: colleague.user.id });
      expect(await usersSnapshot()).toEqual(before);
    } finally {
      socket.close();
    }
  });

  it.each([
    ['a MEMBER', 'FORBIDDEN'],
    ['an admin, for another organization’s user', 'NOT_FOUND'],
    ['an admin, for an unknown id', 'NOT_FOUND'],
    ['an admin, for a malformed id', 'NOT_FOUND'],
    ['the last admin, deactivating themselves', 'PRECONDITION_FAILED'],
  ])('refuses %s with %s and changes nothing', async (who, code) => {
    const { admin, colleague } = await institution();
    const stranger = await foundOrganization(api.client);
    const [caller, userId] = {
      'a MEMBER': [colleague, admin.user.id],
      'an admin, for another organization’s user': [admin, stranger.user.id],
      'an admin, for an unknown id': [admin, '00000000-0000-4000-8000-000000000000'],
      'an admin, for a malformed id': [admin, 'not-a-uuid'],
      'the last admin, deactivating themselves': [admin, admin.user.id],
    }[who] as [SignedUp, string];
    const before = await usersSnapshot();
    expect(await caller.client.errorCode(DEACTIVATE_MEMBER, { userId })).toBe(code);
    expect(await usersSnapshot()).toEqual(before);
    expect(
      (await api.client.ok(LogInDocument, { email: stranger.user.email, password: PASSWORD })).logIn.user.id,
    ).toBe(stranger.user.id);
  });

  it('a deactivated admin no longer counts: the last active admin cannot step down', async () => {
    const { admin, colleague } = await institution();
    await admin.client.ok(UPDATE_MEMBER_ROLE, { userId: colleague.user.id, orgRole: 'ADMIN' });
    await admin.client.ok(DEACTIVATE_MEMBER, { userId: colleague.user.id });
    expect(
      await admin.client.errorCode(UPDATE_MEMBER_ROLE, { userId: admin.user.id, orgRole: 'MEMBER' }),
    ).toBe('PRECONDITION_FAILED');
    expect(await stored(admin.user.id)).toEqual({ org_role: 'ADMIN', active: true });
  });
});
