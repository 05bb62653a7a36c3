import { startTestApi, TestApi } from '../test-api';

import {
  codeOf,
  colleagueOf,
  CREATE_DESIGN,
  createDesign,
  DESIGN_ID,
  founder,
  makeDesign,
  readDesign,
  storedState,
  UPDATE_DESIGN,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('createDesign', () => {
  it('lets a POST_SECONDARY member create a design and makes them its only participant, as LEAD', async () => {
    const admin = await founder(api, 'POST_SECONDARY', { orgName: 'Coastal College' });
    const member = await colleagueOf(api, admin); // a MEMBER, not an ADMIN
    const design = await createDesign(member, {
      title: 'Heat pump installation',
      summary: 'Install and commission residential heat pumps',
      sector: 'Construction',
      hours: 40,
      deliveryMode: 'HYBRID',
    });
    expect(design).toMatchObject({
      title: 'Heat pump installation',
      summary: 'Install and commission residential heat pumps',
      sector: 'Construction',
      hours: 40,
      deliveryMode: 'HYBRID',
      stage: 'DRAFTING',
      revision: 1,
      version: 1,
      institution: { id: admin.user.organization.id, name: 'Coastal College', kind: 'POST_SECONDARY' },
    });
    expect(design.participants).toEqual([
      expect.objectContaining({ role: 'LEAD', user: { id: member.user.id } }),
    ]);

    const read = await readDesign(member, design.id);
    expect(read.participants.map((p) => [p.user.id, p.role])).toEqual([[member.user.id, 'LEAD']]);
    const [row] = await api.sql<{ institution_id: string }>(
      'SELECT institution_id FROM designs WHERE id = $1',
      [design.id],
    );
    expect(row?.institution_id).toBe(admin.user.organization.id);
  });

  it.each(['EMPLOYER', 'COMMUNITY'] as const)(
    'refuses a user of a %s organization with FORBIDDEN, storing nothing',
    async (kind) => {
      const partner = await founder(api, kind);
      const before = await storedState(api);
      const result = await partner.client.request(CREATE_DESIGN, { input: { title: 'Not mine to create' } });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
    },
  );

  it('refuses an anonymous caller with UNAUTHENTICATED, storing nothing', async () => {
    const before = await storedState(api);
    expect(codeOf(await api.client.request(CREATE_DESIGN, { input: { title: 'Anonymous' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await storedState(api)).toEqual(before);
  });
});

describe('updateDesign', () => {
  it('edits the named fields, keeps the others, and bumps version and revision by one', async () => {
    const cast = await makeDesign(api, { input: { title: 'Original', summary: 'Kept', sector: 'Health' } });
    const { updateDesign } = await cast.lead.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: {
        expectedVersion: 1,
        title: 'Renamed',
        targetLearners: 'Working electricians',
        prerequisites: 'Red Seal',
        hours: 12.5,
        deliveryMode: 'ONLINE',
        language: 'en',
        assessmentApproach: 'Practical assessment on site',
      },
    });
    expect(updateDesign).toMatchObject({
      title: 'Renamed',
      summary: 'Kept',
      sector: 'Health',
      targetLearners: 'Working electricians',
      prerequisites: 'Red Seal',
      hours: 12.5,
      deliveryMode: 'ONLINE',
      language: 'en',
      assessmentApproach: 'Practical assessment on site',
      version: 2,
      revision: 2,
    });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read).toMatchObject({ title: 'Renamed', summary: 'Kept', version: 2, revision: 2 });
  });

  it('lets FACULTY edit the design', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const { updateDesign } = await cast.faculty.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: 'Faculty edit' },
    });
    expect(updateDesign).toMatchObject({ title: 'Faculty edit', version: 2 });
  });

  it.each(['employer', 'community', 'committee', 'observer'] as const)(
    'refuses a %s participant with FORBIDDEN, storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member] });
      const before = await storedState(api);
      const result = await cast[member].client.request(UPDATE_DESIGN, {
        id: cast.designId,
        input: { expectedVersion: 1, title: 'Hijacked' },
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
      expect((await readDesign(cast.lead, cast.designId)).title).toBe(cast.design.title);
    },
  );
});

describe('design(id)', () => {
  it('answers UNAUTHENTICATED without a token', async () => {
    const cast = await makeDesign(api);
    expect(codeOf(await api.client.request(DESIGN_ID, { id: cast.designId }))).toBe('UNAUTHENTICATED');
  });

  it('shows every participant with their user, organization and role', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer', 'observer'] });
    const read = await readDesign(cast.lead, cast.designId);
    const byUser = Object.fromEntries(read.participants.map((p) => [p.user.id, p]));
    expect(byUser[cast.lead.user.id]?.role).toBe('LEAD');
    expect(byUser[cast.faculty.user.id]?.role).toBe('FACULTY');
    expect(byUser[cast.employer.user.id]).toMatchObject({
      role: 'EMPLOYER_PARTNER',
      user: {
        email: cast.employer.user.email,
        displayName: cast.employer.user.displayName,
        organization: { id: cast.employer.user.organization.id, name: cast.employer.user.organization.name },
      },
    });
    expect(byUser[cast.observer.user.id]?.role).toBe('OBSERVER');
    expect(read.participants).toHaveLength(4);
  });
});
