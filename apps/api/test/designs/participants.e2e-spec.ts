import { startTestApi, TestApi } from '../test-api';

import {
  ACCEPT_INVITATION,
  codeOf,
  colleagueOf,
  DESIGN_ID,
  founder,
  invite,
  INVITE_TO_DESIGN,
  join,
  makeDesign,
  readDesign,
  readEvents,
  storedState,
  unique,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function invitationRow(designId: string, email: string) {
  const rows = await api.sql<{ accepted_at: Date | null; accepted_by_id: string | null }>(
    `SELECT accepted_at, accepted_by_id FROM design_invitations WHERE design_id = $1 AND email = $2`,
    [designId, email.toLowerCase()],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('inviteToDesign', () => {
  it('gives the lead an invitation for the email and role, valid for 7 days', async () => {
    const cast = await makeDesign(api);
    const email = `${unique('invitee')}@Example.ORG`;
    const { inviteToDesign } = await cast.lead.client.ok(INVITE_TO_DESIGN, {
      designId: cast.designId,
      email,
      role: 'EMPLOYER_PARTNER',
    });
    expect(inviteToDesign.email).toBe(email.toLowerCase());
    expect(inviteToDesign.role).toBe('EMPLOYER_PARTNER');
    expect(inviteToDesign.token.length).toBeGreaterThanOrEqual(20);
    const expires = new Date(inviteToDesign.expiresAt).getTime();
    expect(expires).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000 - 5 * 60 * 1000);
    expect(expires).toBeLessThan(Date.now() + 7 * 24 * 3600 * 1000 + 5 * 60 * 1000);
    const [row] = await api.sql<{ design_id: string; role: string }>(
      'SELECT design_id, role FROM design_invitations WHERE id = $1',
      [inviteToDesign.id],
    );
    expect(row).toEqual({ design_id: cast.designId, role: 'EMPLOYER_PARTNER' });
  });

  it.each(['faculty', 'employer', 'committee', 'observer'] as const)(
    'refuses a %s participant (only the LEAD invites) with FORBIDDEN, storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member] });
      const before = await storedState(api);
      const result = await cast[member].client.request(INVITE_TO_DESIGN, {
        designId: cast.designId,
        email: `${unique('friend')}@example.org`,
        role: 'OBSERVER',
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
    },
  );
});

describe('acceptInvitation', () => {
  it('lets the invited user join with the invited role, without changing the revision', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    const token = await invite(cast, partner.user.email, 'EMPLOYER_PARTNER');
    const { acceptInvitation } = await partner.client.ok(ACCEPT_INVITATION, { token });
    expect(acceptInvitation.id).toBe(cast.designId);
    expect(acceptInvitation.participants).toEqual(
      expect.arrayContaining([{ role: 'EMPLOYER_PARTNER', user: { id: partner.user.id } }]),
    );
    // The new participant can now read the design.
    const read = await readDesign(partner, cast.designId);
    expect(read.participants.map((p) => [p.user.id, p.role])).toEqual(
      expect.arrayContaining([
        [cast.lead.user.id, 'LEAD'],
        [partner.user.id, 'EMPLOYER_PARTNER'],
      ]),
    );
    expect(read.revision).toBe(1);
    expect((await invitationRow(cast.designId, partner.user.email))?.accepted_by_id).toBe(partner.user.id);
  });

  it('matches the invitation email whatever its case', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'COMMUNITY');
    const token = await invite(cast, partner.user.email.toUpperCase(), 'EMPLOYER_PARTNER');
    await partner.client.ok(ACCEPT_INVITATION, { token });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.participants.some((p) => p.user.id === partner.user.id)).toBe(true);
  });

  it('works for an email that signs up only after being invited', async () => {
    const cast = await makeDesign(api);
    const email = `${unique('later')}@example.org`;
    const token = await invite(cast, email, 'OBSERVER');
    const late = await founder(api, 'EMPLOYER', { email });
    await late.client.ok(ACCEPT_INVITATION, { token });
    const read = await readDesign(late, cast.designId);
    expect(read.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'OBSERVER', user: expect.objectContaining({ id: late.user.id }) }),
      ]),
    );
  });

  it('is single-use: the same token presented again answers NOT_FOUND and changes nothing', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    const token = await invite(cast, partner.user.email, 'EMPLOYER_PARTNER');
    await partner.client.ok(ACCEPT_INVITATION, { token });
    const before = await storedState(api);
    expect(codeOf(await partner.client.request(ACCEPT_INVITATION, { token }))).toBe('NOT_FOUND');
    expect(await storedState(api)).toEqual(before);
  });

  it('refuses another logged-in user presenting the token with FORBIDDEN; the invitee can still use it', async () => {
    const cast = await makeDesign(api);
    const invitee = await founder(api, 'EMPLOYER');
    const intruder = await founder(api, 'EMPLOYER');
    const token = await invite(cast, invitee.user.email, 'EMPLOYER_PARTNER');
    const before = await storedState(api);
    expect(codeOf(await intruder.client.request(ACCEPT_INVITATION, { token }))).toBe('FORBIDDEN');
    expect(await storedState(api)).toEqual(before);
    expect((await invitationRow(cast.designId, invitee.user.email))?.accepted_at).toBeNull();
    // The intruder did not join: the design stays invisible to them.
    expect(codeOf(await intruder.client.request(DESIGN_ID, { id: cast.designId }))).toBe('NOT_FOUND');
    await invitee.client.ok(ACCEPT_INVITATION, { token });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.participants.map((p) => p.user.id)).not.toContain(intruder.user.id);
    expect(read.participants.map((p) => p.user.id)).toContain(invitee.user.id);
  });

  it('refuses an expired invitation with PRECONDITION_FAILED, storing nothing', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    const token = await invite(cast, partner.user.email, 'EMPLOYER_PARTNER');
    await api.sql(
      `UPDATE design_invitations SET expires_at = now() - interval '1 minute' WHERE design_id = $1`,
      [cast.designId],
    );
    const before = await storedState(api);
    expect(codeOf(await partner.client.request(ACCEPT_INVITATION, { token }))).toBe('PRECONDITION_FAILED');
    expect(await storedState(api)).toEqual(before);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.participants.map((p) => p.user.id)).not.toContain(partner.user.id);
  });

  it('answers NOT_FOUND for an unknown token and UNAUTHENTICATED without a login', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    const token = await invite(cast, partner.user.email, 'EMPLOYER_PARTNER');
    const before = await storedState(api);
    expect(codeOf(await partner.client.request(ACCEPT_INVITATION, { token: 'no-such-token' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.client.request(ACCEPT_INVITATION, { token }))).toBe('UNAUTHENTICATED');
    expect(await storedState(api)).toEqual(before);
  });

  it('refuses a user who already takes part (CONFLICT), keeping their role', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const before = await storedState(api);
    const invited = await cast.lead.client.request(INVITE_TO_DESIGN, {
      designId: cast.designId,
      email: cast.faculty.user.email,
      role: 'OBSERVER',
    });
    if (invited.errors?.length) {
      // Refusing at invitation time is the same rule, applied earlier.
      expect(codeOf(invited)).toBe('CONFLICT');
      expect(await storedState(api)).toEqual(before);
    } else {
      const beforeAccept = await storedState(api);
      const accepted = await cast.faculty.client.request(ACCEPT_INVITATION, {
        token: invited.data!.inviteToDesign.token,
      });
      expect(codeOf(accepted)).toBe('CONFLICT');
      expect(await storedState(api)).toEqual(beforeAccept);
    }
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.participants.find((p) => p.user.id === cast.faculty.user.id)?.role).toBe('FACULTY');
  });

  it.each([
    ['FACULTY', 'EMPLOYER'],
    ['COMMITTEE_MEMBER', 'EMPLOYER'],
    ['LEAD', 'COMMUNITY'],
    ['EMPLOYER_PARTNER', 'POST_SECONDARY'],
  ] as const)(
    'refuses the role %s to a user of a %s organization (FORBIDDEN), storing nothing',
    async (role, kind) => {
      const cast = await makeDesign(api);
      const person = await founder(api, kind);
      const token = await invite(cast, person.user.email, role);
      const before = await storedState(api);
      expect(codeOf(await person.client.request(ACCEPT_INVITATION, { token }))).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
    },
  );

  it.each(['POST_SECONDARY', 'EMPLOYER', 'COMMUNITY'] as const)(
    'accepts a user of a %s organization as OBSERVER',
    async (kind) => {
      const cast = await makeDesign(api);
      const person = await founder(api, kind);
      await join(cast, person, 'OBSERVER');
      const read = await readDesign(person, cast.designId);
      expect(read.participants.find((p) => p.user.id === person.user.id)?.role).toBe('OBSERVER');
    },
  );

  it('lets a colleague of the institution join as FACULTY and as COMMITTEE_MEMBER', async () => {
    const cast = await makeDesign(api);
    const teacher = await colleagueOf(api, cast.lead);
    const reviewer = await colleagueOf(api, cast.lead);
    await join(cast, teacher, 'FACULTY');
    await join(cast, reviewer, 'COMMITTEE_MEMBER');
    const read = await readDesign(cast.lead, cast.designId);
    const roles = Object.fromEntries(read.participants.map((p) => [p.user.id, p.role]));
    expect(roles[teacher.user.id]).toBe('FACULTY');
    expect(roles[reviewer.user.id]).toBe('COMMITTEE_MEMBER');
  });

  it('appends a participant.joined event naming the new participant as actor', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    await join(cast, partner, 'EMPLOYER_PARTNER');
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => e.type)).toEqual(['participant.joined']);
    expect(events[0]?.actor?.id).toBe(partner.user.id);
    expect(events[0]?.seq).toBe(1);
  });
});
