import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  addComment,
  addOutcome,
  codeOf,
  CommentRecord,
  createDesign,
  DESIGN_EVENTS,
  founder,
  join,
  makeDesign,
  OutcomeRecord,
  PROPOSE_SKILL,
  proposeSkill,
  readDesign,
  readEvents,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  SkillRecord,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function storedSeqs(designId: string): Promise<number[]> {
  const rows = await api.sql<{ seq: number }>(
    'SELECT seq FROM design_events WHERE design_id = $1 ORDER BY seq',
    [designId],
  );
  return rows.map((r) => Number(r.seq));
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the design’s event log', () => {
  it('is empty for a new design: creating a design writes no entry', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    const design = await createDesign(lead);
    expect(await readEvents(lead, design.id)).toEqual([]);
    expect(await storedSeqs(design.id)).toEqual([]);
  });

  it('appends one entry per change, of each type, in order, with the actor and the changed record', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const partner = await founder(api, 'EMPLOYER');
    await join(cast, partner, 'EMPLOYER_PARTNER');

    const { updateDesign } = await cast.lead.client.ok<{ updateDesign: { title: string } }>(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: 'Logged title' },
    });
    const skill = await proposeSkill(partner, cast.designId, { name: 'Logged skill' });
    const { updateSkill } = await partner.client.ok<{ updateSkill: SkillRecord }>(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, name: 'Renamed skill' },
    });
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    const { updateOutcome } = await cast.faculty.client.ok<{ updateOutcome: OutcomeRecord }>(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, statement: 'Logged statement' },
    });
    const comment = await addComment(partner, { designId: cast.designId, body: 'Logged comment' });
    await cast.lead.client.ok<{ resolveComment: CommentRecord }>(RESOLVE_COMMENT, {
      id: comment.id,
      resolved: true,
    });
    await cast.faculty.client.ok<{ resolveComment: CommentRecord }>(RESOLVE_COMMENT, {
      id: comment.id,
      resolved: false,
    });
    await cast.faculty.client.ok(REMOVE_OUTCOME, { id: outcome.id });
    await cast.lead.client.ok(REMOVE_SKILL, { id: skill.id });

    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => [e.seq, e.type, e.actor?.id])).toEqual([
      [1, 'participant.joined', cast.faculty.user.id],
      [2, 'participant.joined', partner.user.id],
      [3, 'design.updated', cast.lead.user.id],
      [4, 'skill.proposed', partner.user.id],
      [5, 'skill.updated', partner.user.id],
      [6, 'outcome.added', cast.faculty.user.id],
      [7, 'outcome.updated', cast.faculty.user.id],
      [8, 'comment.added', partner.user.id],
      [9, 'comment.resolved', cast.lead.user.id],
      [10, 'comment.resolved', cast.faculty.user.id],
      [11, 'outcome.removed', cast.faculty.user.id],
      [12, 'skill.removed', cast.lead.user.id],
    ]);
    const data = (seq: number) => events[seq - 1]!.data;
    expect(data(3)).toMatchObject({ id: cast.designId, title: updateDesign.title, version: 2 });
    expect(data(4)).toMatchObject({ id: skill.id, name: 'Logged skill', version: 1 });
    expect(data(5)).toMatchObject({ id: skill.id, name: updateSkill.name, version: 2 });
    expect(data(6)).toMatchObject({ id: outcome.id, statement: outcome.statement, version: 1 });
    expect(data(7)).toMatchObject({ id: outcome.id, statement: updateOutcome.statement, version: 2 });
    expect(data(8)).toMatchObject({ id: comment.id, body: 'Logged comment' });
    expect(data(9)).toMatchObject({ id: comment.id, resolved: true });
    expect(data(10)).toMatchObject({ id: comment.id, resolved: false });
    expect(data(11)).toMatchObject({ id: outcome.id });
    expect(data(12)).toMatchObject({ id: skill.id });
    // Times never go backwards.
    const times = events.map((e) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(12));
  });

  it('pages with afterSeq and limit', async () => {
    const cast = await makeDesign(api);
    for (let i = 0; i < 6; i++) await proposeSkill(cast.lead, cast.designId);
    expect((await readEvents(cast.lead, cast.designId, 2, 3)).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect((await readEvents(cast.lead, cast.designId, 5, 100)).map((e) => e.seq)).toEqual([6]);
    expect(await readEvents(cast.lead, cast.designId, 6, 100)).toEqual([]);
    // The defaults: from the start, in order.
    const { design } = await cast.lead.client.ok<{ design: { events: Array<{ seq: number }> } }>(
      `query($id: ID!) { design(id: $id) { events { seq } } }`,
      { id: cast.designId },
    );
    expect(design.events.map((e) => e.seq)).toEqual(oneToN(6));
  });

  it('numbers 1..n with no holes under ~20 concurrent writers on one design', async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'faculty2', 'employer', 'employer2', 'community', 'committee', 'observer'],
    });
    const already = (await readEvents(cast.lead, cast.designId)).length; // the 7 joins
    expect(already).toBe(7);
    const skillWriters = [
      cast.lead,
      cast.faculty,
      cast.faculty2,
      cast.employer,
      cast.employer2,
      cast.community,
    ];
    const commentWriters = [cast.lead, cast.committee, cast.observer, cast.employer];
    const writes = [
      ...skillWriters.flatMap((person) =>
        [0, 1].map((n) =>
          person.client.request(PROPOSE_SKILL, {
            designId: cast.designId,
            input: { name: `concurrent ${person.user.id.slice(0, 6)} ${n}`, priority: 'IMPORTANT' },
          }),
        ),
      ),
      ...commentWriters.flatMap((person) =>
        [0, 1].map((n) =>
          person.client.request(ADD_COMMENT, {
            input: {
              designId: cast.designId,
              targetType: 'DESIGN',
              targetId: cast.designId,
              body: `concurrent ${person.user.id.slice(0, 6)} ${n}`,
            },
          }),
        ),
      ),
    ];
    expect(writes).toHaveLength(20);
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.errors?.length)).toEqual([]);

    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => e.seq)).toEqual(oneToN(already + 20));
    expect(events.filter((e) => e.type === 'skill.proposed')).toHaveLength(12);
    expect(events.filter((e) => e.type === 'comment.added')).toHaveLength(8);
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(already + 20));
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.skills).toHaveLength(12);
    expect(read.revision).toBe(13);
  });

  it('keeps each design’s own sequence when several designs are written at once', async () => {
    const [a, b] = await Promise.all([makeDesign(api), makeDesign(api)]);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        proposeSkill(i % 2 ? a.lead : b.lead, i % 2 ? a.designId : b.designId),
      ),
    );
    expect(await storedSeqs(a.designId)).toEqual(oneToN(5));
    expect(await storedSeqs(b.designId)).toEqual(oneToN(5));
  });

  it('appends nothing for a refused change (FORBIDDEN, CONFLICT, BAD_USER_INPUT, PRECONDITION_FAILED, NOT_FOUND)', async () => {
    const cast = await makeDesign(api, { with: ['observer', 'employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const before = await readEvents(cast.lead, cast.designId);

    expect(
      codeOf(
        await cast.observer.client.request(PROPOSE_SKILL, {
          designId: cast.designId,
          input: { name: 'x', priority: 'ESSENTIAL' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await cast.lead.client.request(UPDATE_SKILL, {
          id: skill.id,
          input: { expectedVersion: 9, name: 'y' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await cast.lead.client.request(UPDATE_DESIGN, {
          id: cast.designId,
          input: { expectedVersion: 1, title: 'x'.repeat(201) },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await cast.employer.client.request(ADD_COMMENT, {
          input: { designId: cast.designId, targetType: 'DESIGN', targetId: cast.designId, body: '' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await cast.lead.client.request(RESOLVE_COMMENT, {
          id: '00000000-0000-4000-8000-00000000abcd',
          resolved: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    await api.sql(`UPDATE designs SET stage = 'PARTNER_REVIEW' WHERE id = $1`, [cast.designId]);
    expect(codeOf(await cast.lead.client.request(REMOVE_SKILL, { id: skill.id }))).toBe(
      'PRECONDITION_FAILED',
    );

    expect(await readEvents(cast.lead, cast.designId)).toEqual(before);
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(before.length));
  });

  it('is visible only to those who may see the design', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const stranger = await founder(api, 'EMPLOYER');
    const result = await stranger.client.request(DESIGN_EVENTS, {
      id: cast.designId,
      afterSeq: 0,
      limit: 10,
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
