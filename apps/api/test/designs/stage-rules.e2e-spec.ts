import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  addComment,
  addOutcome,
  codeOf,
  CONTENT_MUTATIONS,
  makeDesign,
  proposeSkill,
  readComments,
  readDesign,
  readEvents,
  RESOLVE_COMMENT,
  storedState,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function designIn(stage: string) {
  const cast = await makeDesign(api, { with: ['faculty', 'employer'] });
  const skill = await proposeSkill(cast.employer, cast.designId);
  const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
  const comment = await addComment(cast.employer, {
    designId: cast.designId,
    body: 'before the stage change',
  });
  await api.sql(`UPDATE designs SET stage = $2 WHERE id = $1`, [cast.designId, stage]);
  return { ...cast, skill, outcome, comment };
}

describe.each(['PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'])(
  'outside DRAFTING (%s)',
  (stage) => {
    it.each(CONTENT_MUTATIONS)(
      '%s answers PRECONDITION_FAILED and changes nothing',
      async (_name, mutate) => {
        const c = await designIn(stage);
        const eventsBefore = await readEvents(c.lead, c.designId);
        const before = await storedState(api);
        const result = await mutate(c);
        expect(codeOf(result)).toBe('PRECONDITION_FAILED');
        expect(await storedState(api)).toEqual(before);
        const read = await readDesign(c.lead, c.designId);
        expect(read).toMatchObject({ stage, revision: 3 });
        expect(read.skills.map((s) => [s.id, s.version])).toEqual([[c.skill.id, 1]]);
        expect(read.outcomes.map((o) => [o.id, o.version, o.skills.length])).toEqual([[c.outcome.id, 1, 1]]);
        expect(await readEvents(c.lead, c.designId)).toEqual(eventsBefore);
      },
    );
  },
);

describe.each(['PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED'])('in %s', (stage) => {
  it('comments, replies and resolving still work, and the revision does not move', async () => {
    const c = await designIn(stage);
    const onSkill = await addComment(c.employer, {
      designId: c.designId,
      targetType: 'SKILL',
      targetId: c.skill.id,
      body: 'During review',
    });
    const reply = await addComment(c.faculty, {
      designId: c.designId,
      targetType: 'SKILL',
      targetId: c.skill.id,
      parentId: onSkill.id,
      body: 'Noted',
    });
    expect(reply.parentId).toBe(onSkill.id);
    const { resolveComment } = await c.lead.client.ok(RESOLVE_COMMENT, {
      id: c.comment.id,
      resolved: true,
    });
    expect(resolveComment.resolved).toBe(true);
    expect((await readDesign(c.lead, c.designId)).revision).toBe(3);
  });
});

describe('in ARCHIVED', () => {
  it('refuses a new comment with PRECONDITION_FAILED, storing nothing', async () => {
    const c = await designIn('ARCHIVED');
    const before = await storedState(api);
    const result = await c.employer.client.request(ADD_COMMENT, {
      input: { designId: c.designId, targetType: 'DESIGN', targetId: c.designId, body: 'Too late' },
    });
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(await storedState(api)).toEqual(before);
  });

  it('refuses a reply with PRECONDITION_FAILED, storing nothing', async () => {
    const c = await designIn('ARCHIVED');
    const before = await storedState(api);
    const result = await c.lead.client.request(ADD_COMMENT, {
      input: {
        designId: c.designId,
        targetType: 'DESIGN',
        targetId: c.designId,
        parentId: c.comment.id,
        body: 'Too late',
      },
    });
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(await storedState(api)).toEqual(before);
  });

  it('refuses resolving a comment with PRECONDITION_FAILED, changing nothing', async () => {
    const c = await designIn('ARCHIVED');
    const before = await storedState(api);
    const result = await c.lead.client.request(RESOLVE_COMMENT, { id: c.comment.id, resolved: true });
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(await storedState(api)).toEqual(before);
    expect((await readComments(c.lead, c.designId))[0]?.resolved).toBe(false);
  });

  it('can still be read by its participants', async () => {
    const c = await designIn('ARCHIVED');
    const read = await readDesign(c.employer, c.designId);
    expect(read).toMatchObject({ id: c.designId, stage: 'ARCHIVED' });
  });
});
