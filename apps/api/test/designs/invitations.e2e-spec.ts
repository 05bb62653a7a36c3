import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import {
  ACCEPT_INVITATION,
  codeOf,
  founder,
  invite,
  INVITE_TO_DESIGN,
  makeDesign,
  readEvents,
  storedState,
  unique,
  unknownId,
} from './design-factories';

/**
 * Invitations that explain themselves (issue 10 item 5): the public preview of a link, and the
 * lead's pending list, resend and revoke. Every refusal leaves the rows as they were.
 */

const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      designTitle
      institutionName
      role
      invitedBy
      email
      expiresAt
    }
  }
`);

const DESIGN_INVITATIONS = graphql(`
  query DesignInvitations($id: ID!) {
    design(id: $id) {
      id
      invitations {
        id
        email
        role
        token
        expiresAt
      }
    }
  }
`);

const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      email
      role
      token
      expiresAt
    }
  }
`);

const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** Every invitation row, hashes and expiry included: what a refusal must leave alone. */
async function invitationRows() {
  return api.sql<Record<string, unknown>>(
    `SELECT id, design_id, email, role, token_hash, expires_at, accepted_at FROM design_invitations ORDER BY id`,
  );
}

async function untouched() {
  return { state: await storedState(api), rows: await invitationRows() };
}

/** A design whose lead has invited a partner's email; the invitation's id and token. */
async function invited(options: { with?: readonly 'faculty'[] } = {}) {
  const cast = await makeDesign(api, { with: options.with ?? [] });
  const partner = await founder(api, 'EMPLOYER');
  const { inviteToDesign } = await cast.lead.client.ok(INVITE_TO_DESIGN, {
    designId: cast.designId,
    email: partner.user.email,
    role: 'EMPLOYER_PARTNER',
  });
  return { cast, partner, invitation: inviteToDesign };
}

describe('invitationPreview', () => {
  it('tells anyone with the link the design title, institution, inviter, role and email, and nothing else', async () => {
    const { cast, partner, invitation } = await invited();
    const result = await api.client.request(INVITATION_PREVIEW, { token: invitation.token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.invitationPreview).toEqual({
      designTitle: cast.design.title,
      institutionName: cast.institution.name,
      role: 'EMPLOYER_PARTNER',
      invitedBy: cast.lead.user.displayName,
      email: partner.user.email.toLowerCase(),
      expiresAt: invitation.expiresAt,
    });
  });

  it('answers NOT_FOUND for an unknown, malformed, used or expired token, changing nothing', async () => {
    const { partner, invitation } = await invited();
    const expiring = await invited();
    await api.sql(`UPDATE design_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.invitation.id,
    ]);
    await partner.client.ok(ACCEPT_INVITATION, { token: invitation.token });
    const before = await untouched();
    for (const token of ['', 'x'.repeat(300), 'no-such-token', invitation.token, expiring.invitation.token]) {
      const result = await api.client.request(INVITATION_PREVIEW, { token });
      expect({ token: token.slice(0, 20), code: codeOf(result), data: result.data }).toEqual({
        token: token.slice(0, 20),
        code: 'NOT_FOUND',
        data: null,
      });
    }
    expect(await untouched()).toEqual(before);
  });
});

describe('Design.invitations', () => {
  it('lists the pending invitations to the lead, newest first, without tokens', async () => {
    const { cast, partner, invitation } = await invited();
    const observerEmail = `${unique('observer')}@example.org`;
    await invite(cast, observerEmail, 'OBSERVER');
    const { design } = await cast.lead.client.ok(DESIGN_INVITATIONS, { id: cast.designId });
    expect(design.invitations.map((i) => [i.email, i.role, i.token])).toEqual([
      [observerEmail, 'OBSERVER', ''],
      [partner.user.email.toLowerCase(), 'EMPLOYER_PARTNER', ''],
    ]);
    // An accepted invitation is no longer pending.
    await partner.client.ok(ACCEPT_INVITATION, { token: invitation.token });
    const after = await cast.lead.client.ok(DESIGN_INVITATIONS, { id: cast.designId });
    expect(after.design.invitations.map((i) => i.email)).toEqual([observerEmail]);
  });

  it('gives every other participant an empty list', async () => {
    const { cast } = await invited({ with: ['faculty'] });
    const { design } = await cast.faculty.client.ok(DESIGN_INVITATIONS, { id: cast.designId });
    expect(design.invitations).toEqual([]);
  });
});

describe('resendInvitation', () => {
  it('issues a fresh link: the old token answers NOT_FOUND, the new one previews and accepts', async () => {
    const { cast, partner, invitation } = await invited();
    const { resendInvitation } = await cast.lead.client.ok(RESEND_INVITATION, { id: invitation.id });
    expect(resendInvitation).toMatchObject({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
    });
    expect(resendInvitation.token).not.toBe(invitation.token);
    expect(resendInvitation.token.length).toBeGreaterThanOrEqual(20);
    expect(new Date(resendInvitation.expiresAt).getTime()).toBeGreaterThanOrEqual(
      new Date(invitation.expiresAt).getTime(),
    );
    expect(codeOf(await api.client.request(INVITATION_PREVIEW, { token: invitation.token }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await partner.client.request(ACCEPT_INVITATION, { token: invitation.token }))).toBe(
      'NOT_FOUND',
    );
    await api.client.ok(INVITATION_PREVIEW, { token: resendInvitation.token });
    await partner.client.ok(ACCEPT_INVITATION, { token: resendInvitation.token });
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['invitation.resent', 'participant.joined']),
    );
    expect(events.find((e) => e.type === 'invitation.resent')!.data).toEqual({
      invitation: { id: invitation.id, email: invitation.email, role: invitation.role },
    });
  });
});

describe('revokeInvitation', () => {
  it('withdraws the invitation: its link answers NOT_FOUND, it leaves the list, and the log says so', async () => {
    const { cast, partner, invitation } = await invited();
    const { revokeInvitation } = await cast.lead.client.ok(REVOKE_INVITATION, { id: invitation.id });
    expect(revokeInvitation).toBe(true);
    expect(codeOf(await api.client.request(INVITATION_PREVIEW, { token: invitation.token }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await partner.client.request(ACCEPT_INVITATION, { token: invitation.token }))).toBe(
      'NOT_FOUND',
    );
    const { design } = await cast.lead.client.ok(DESIGN_INVITATIONS, { id: cast.designId });
    expect(design.invitations).toEqual([]);
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.at(-1)).toMatchObject({
      type: 'invitation.revoked',
      data: { invitation: { id: invitation.id, email: invitation.email, role: invitation.role } },
    });
    // Revoked once is gone: a second revoke or a resend finds nothing.
    expect(codeOf(await cast.lead.client.request(REVOKE_INVITATION, { id: invitation.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await cast.lead.client.request(RESEND_INVITATION, { id: invitation.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('refusals of resend and revoke (nothing changes)', () => {
  const MUTATIONS = [
    ['resendInvitation', RESEND_INVITATION],
    ['revokeInvitation', REVOKE_INVITATION],
  ] as const;

  it.each(MUTATIONS)('%s: a faculty participant is FORBIDDEN', async (_name, mutation) => {
    const { cast, invitation } = await invited({ with: ['faculty'] });
    const before = await untouched();
    expect(codeOf(await cast.faculty.client.request(mutation, { id: invitation.id }))).toBe('FORBIDDEN');
    expect(await untouched()).toEqual(before);
  });

  it.each(MUTATIONS)(
    '%s: another design lead, an unknown id and a used invitation are NOT_FOUND',
    async (_n, m) => {
      const { partner, invitation } = await invited();
      const other = await makeDesign(api);
      const used = await invited();
      await used.partner.client.ok(ACCEPT_INVITATION, { token: used.invitation.token });
      const before = await untouched();
      expect(codeOf(await other.lead.client.request(m, { id: invitation.id }))).toBe('NOT_FOUND');
      expect(codeOf(await partner.client.request(m, { id: invitation.id }))).toBe('NOT_FOUND');
      expect(codeOf(await used.cast.lead.client.request(m, { id: used.invitation.id }))).toBe('NOT_FOUND');
      expect(codeOf(await other.lead.client.request(m, { id: unknownId() }))).toBe('NOT_FOUND');
      expect(await untouched()).toEqual(before);
    },
  );

  it.each(MUTATIONS)(
    '%s: without a login is UNAUTHENTICATED; a malformed id BAD_USER_INPUT',
    async (_n, m) => {
      const { cast, invitation } = await invited();
      const before = await untouched();
      expect(codeOf(await api.client.request(m, { id: invitation.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await cast.lead.client.request(m, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
      expect(await untouched()).toEqual(before);
    },
  );
});

// Last in the file: it spends this address's previews for the minute.
describe('invitationPreview rate limit', () => {
  it('answers RATE_LIMITED beyond 60 previews a minute from one address', async () => {
    const { invitation } = await invited();
    const codes: Array<string | undefined> = [];
    for (let i = 0; i <= 60; i += 1) {
      const result = await api.client.request(INVITATION_PREVIEW, { token: invitation.token });
      codes.push(result.errors ? codeOf(result) : 'OK');
    }
    expect(codes[0]).toBe('OK');
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.filter((code) => code !== 'OK' && code !== 'RATE_LIMITED')).toEqual([]);
  });
});
