import { print } from 'graphql';

import { GraphQLResponse } from '@mc/testing';

import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  ADD_OUTCOME,
  addComment,
  addOutcome,
  Cast,
  codeOf,
  CREATE_DESIGN,
  DESIGN_ID,
  fieldsOf,
  INVITE_TO_DESIGN,
  makeDesign,
  namesField,
  PROPOSE_SKILL,
  proposeSkill,
  readDesign,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  storedState,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

let api: TestApi;
let cast: Cast<'faculty' | 'employer'>;
let other: Cast;
let ids: {
  skill: string;
  outcome: string;
  comment: string;
  otherSkill: string;
  otherOutcome: string;
  otherComment: string;
};

beforeAll(async () => {
  api = await startTestApi();
  cast = await makeDesign(api, { with: ['faculty', 'employer'] });
  // A second design of the same lead: its ids are visible to the lead, but belong elsewhere.
  other = await makeDesign(api, { lead: cast.lead });
  const skill = await proposeSkill(cast.employer, cast.designId);
  const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
  const comment = await addComment(cast.employer, { designId: cast.designId });
  const otherSkill = await proposeSkill(cast.lead, other.designId);
  const otherOutcome = await addOutcome(cast.lead, other.designId, { skillIds: [otherSkill.id] });
  const otherComment = await addComment(cast.lead, { designId: other.designId });
  ids = {
    skill: skill.id,
    outcome: outcome.id,
    comment: comment.id,
    otherSkill: otherSkill.id,
    otherOutcome: otherOutcome.id,
    otherComment: otherComment.id,
  };
});
afterAll(() => api?.close());

/** Runs a request that must be refused as BAD_USER_INPUT naming `field` (when given), storing nothing. */
async function expectRefused(send: () => Promise<GraphQLResponse<unknown>>, field?: string) {
  const before = await storedState(api);
  const result = await send();
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  if (field) {
    if (!namesField(result, field)) {
      throw new Error(`expected extensions.fields to name ${field}, got ${JSON.stringify(fieldsOf(result))}`);
    }
  }
  expect(await storedState(api)).toEqual(before);
  return result;
}

const long = (n: number) => 'x'.repeat(n);

describe('createDesign', () => {
  it.each([
    ['an empty title', { title: '' }, 'input.title'],
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a title over 200 characters', { title: long(201) }, 'input.title'],
    ['a summary over 5,000 characters', { summary: long(5001) }, 'input.summary'],
    ['a sector over 200 characters', { sector: long(201) }, 'input.sector'],
    ['zero hours', { hours: 0 }, 'input.hours'],
    ['negative hours', { hours: -3 }, 'input.hours'],
    ['hours over 10,000', { hours: 10_001 }, 'input.hours'],
    ['an unknown delivery mode', { deliveryMode: 'TELEPATHY' }, undefined],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    await expectRefused(
      () => cast.lead.client.request(print(CREATE_DESIGN), { input: { title: 'Valid title', ...override } }),
      field,
    );
  });

  it('accepts the limits themselves: a 200-character title and 10,000 hours', async () => {
    const { createDesign } = await cast.lead.client.ok(CREATE_DESIGN, {
      input: { title: long(200), hours: 10_000 },
    });
    expect(createDesign).toMatchObject({ title: long(200), hours: 10_000 });
  });
});

describe('updateDesign', () => {
  it.each([
    ['an empty title', { title: '' }, 'input.title'],
    ['a title over 200 characters', { title: long(201) }, 'input.title'],
    ['a summary over 5,000 characters', { summary: long(5001) }, 'input.summary'],
    ['target learners over 2,000 characters', { targetLearners: long(2001) }, 'input.targetLearners'],
    ['a sector over 200 characters', { sector: long(201) }, 'input.sector'],
    ['a language that is not a BCP 47 tag', { language: 'not a language!' }, 'input.language'],
    [
      'a language over 35 characters',
      { language: 'en-abcdefgh-abcdefgh-abcdefgh-abcdefgh' },
      'input.language',
    ],
    [
      'an assessment approach over 2,000 characters',
      { assessmentApproach: long(2001) },
      'input.assessmentApproach',
    ],
    ['hours over 10,000', { hours: 10_000.5 }, 'input.hours'],
    ['an unknown delivery mode', { deliveryMode: 'CARRIER_PIGEON' }, undefined],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    await expectRefused(
      () =>
        cast.lead.client.request(UPDATE_DESIGN, {
          id: cast.designId,
          input: { expectedVersion: 1, ...override },
        }),
      field,
    );
  });

  it('refuses a non-UUID id naming `id`, storing nothing', async () => {
    await expectRefused(
      () =>
        cast.lead.client.request(UPDATE_DESIGN, {
          id: 'design-1',
          input: { expectedVersion: 1, title: 'x' },
        }),
      'id',
    );
  });

  it('refuses a non-UUID id in design(id) with BAD_USER_INPUT', async () => {
    const result = await cast.lead.client.request(DESIGN_ID, { id: "1' OR '1'='1" });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(namesField(result, 'id')).toBe(true);
  });
});

describe('the limits themselves are accepted', () => {
  it('a 5,000-character summary, a 200-character sector, 2,000-character other texts and a BCP 47 language', async () => {
    const design = await makeDesign(api, { lead: cast.lead });
    const texts = {
      summary: long(5000),
      sector: long(200),
      targetLearners: long(2000),
      prerequisites: long(2000),
      language: 'fr-CA',
      assessmentApproach: long(2000),
    };
    const { updateDesign } = await cast.lead.client.ok(UPDATE_DESIGN, {
      id: design.designId,
      input: { expectedVersion: 1, ...texts },
    });
    expect(updateDesign).toMatchObject(texts);
  });

  it('stores a blank optional text as null', async () => {
    const design = await makeDesign(api, { lead: cast.lead, input: { summary: 'To be blanked' } });
    const { updateDesign } = await cast.lead.client.ok(UPDATE_DESIGN, {
      id: design.designId,
      input: { expectedVersion: 1, summary: '   ' },
    });
    expect(updateDesign.summary).toBeNull();
  });

  it('a 200-character skill name with a 2,000-character description', async () => {
    const skill = await proposeSkill(cast.lead, other.designId, { name: long(200), description: long(2000) });
    expect(skill).toMatchObject({ name: long(200), description: long(2000) });
  });
});

describe('inviteToDesign', () => {
  it('refuses a malformed email naming `email`, and an unknown role, storing nothing', async () => {
    await expectRefused(
      () =>
        cast.lead.client.request(INVITE_TO_DESIGN, {
          designId: cast.designId,
          email: 'nope',
          role: 'OBSERVER',
        }),
      'email',
    );
    await expectRefused(() =>
      cast.lead.client.request(INVITE_TO_DESIGN, {
        designId: cast.designId,
        email: 'king@example.org',
        role: 'KING',
      }),
    );
  });
});

describe('skills', () => {
  it.each([
    ['an empty name', { name: '' }, 'input.name'],
    ['a name over 200 characters', { name: long(201) }, 'input.name'],
    ['a description over 2,000 characters', { description: long(2001) }, 'input.description'],
    ['an empty framework code', { frameworkRef: { framework: 'ESCO', code: '' } }, 'input.frameworkRef'],
    ['an empty framework name', { frameworkRef: { framework: '', code: 'S1' } }, 'input.frameworkRef'],
    ['an unknown priority', { priority: 'CRITICAL' }, undefined],
  ])('proposeSkill refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    await expectRefused(
      () =>
        cast.employer.client.request(PROPOSE_SKILL, {
          designId: cast.designId,
          input: { name: 'Valid', priority: 'ESSENTIAL', ...override },
        }),
      field,
    );
  });

  it('proposeSkill refuses a non-UUID designId naming `designId`', async () => {
    await expectRefused(
      () =>
        cast.employer.client.request(PROPOSE_SKILL, {
          designId: 'not-a-uuid',
          input: { name: 'Valid', priority: 'ESSENTIAL' },
        }),
      'designId',
    );
  });

  it.each([
    ['an empty name', { name: '' }, 'input.name'],
    ['a name over 200 characters', { name: long(201) }, 'input.name'],
    ['an unknown priority', { priority: 'URGENT' }, undefined],
  ])('updateSkill refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    await expectRefused(
      () =>
        cast.lead.client.request(UPDATE_SKILL, { id: ids.skill, input: { expectedVersion: 1, ...override } }),
      field,
    );
  });

  it('updateSkill and removeSkill refuse a non-UUID id naming `id`', async () => {
    await expectRefused(
      () => cast.lead.client.request(UPDATE_SKILL, { id: '42', input: { expectedVersion: 1, name: 'x' } }),
      'id',
    );
    await expectRefused(() => cast.lead.client.request(REMOVE_SKILL, { id: '42' }), 'id');
  });
});

describe('outcomes', () => {
  it.each([
    ['an empty statement', { statement: '' }, 'input.statement'],
    ['a statement over 1,000 characters', { statement: long(1001) }, 'input.statement'],
    [
      'an assessment method over 2,000 characters',
      { assessmentMethod: long(2001) },
      'input.assessmentMethod',
    ],
    ['an unknown Bloom level', { bloomLevel: 'MEMORIZE' }, undefined],
    ['a skill of another design', { skillIds: ['<otherSkill>'] }, 'input.skillIds'],
    [
      'a skill of this design together with one of another',
      { skillIds: ['<skill>', '<otherSkill>'] },
      'input.skillIds',
    ],
    ['an unknown skill id', { skillIds: ['00000000-0000-4000-8000-000000000099'] }, 'input.skillIds'],
    ['a non-UUID skill id', { skillIds: ['skill-1'] }, 'input.skillIds'],
  ])('addOutcome refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    const input = resolveIds({ statement: 'Valid statement', bloomLevel: 'APPLY', ...override });
    await expectRefused(
      () => cast.faculty.client.request(ADD_OUTCOME, { designId: cast.designId, input }),
      field,
    );
  });

  it('accepts a 1,000-character statement', async () => {
    const outcome = await addOutcome(cast.faculty, cast.designId, { statement: long(1000) });
    expect(outcome.statement).toHaveLength(1000);
    await cast.faculty.client.ok(REMOVE_OUTCOME, { id: outcome.id });
  });

  it.each([
    ['an empty statement', { statement: '' }, 'input.statement'],
    ['a statement over 1,000 characters', { statement: long(1001) }, 'input.statement'],
    ['an unknown Bloom level', { bloomLevel: 'GUESS' }, undefined],
    ['a skill of another design', { skillIds: ['<otherSkill>'] }, 'input.skillIds'],
  ])('updateOutcome refuses %s with BAD_USER_INPUT, storing nothing', async (_case, override, field) => {
    const input = resolveIds({ expectedVersion: 1, ...override });
    await expectRefused(() => cast.faculty.client.request(UPDATE_OUTCOME, { id: ids.outcome, input }), field);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.find((o) => o.id === ids.outcome)?.skills).toEqual([{ id: ids.skill }]);
  });

  it('never crashes on a repeated skill id: the outcome covers it once, or the input is refused', async () => {
    const before = await storedState(api);
    const result = await cast.faculty.client.request(ADD_OUTCOME, {
      designId: cast.designId,
      input: { statement: 'Twice the same', bloomLevel: 'APPLY', skillIds: [ids.skill, ids.skill] },
    });
    if (result.errors?.length) {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await storedState(api)).toEqual(before);
    } else {
      expect(result.data?.addOutcome.skills).toEqual([{ id: ids.skill }]);
      await cast.faculty.client.ok(REMOVE_OUTCOME, { id: result.data!.addOutcome.id });
    }
  });

  it.each([0, -1, 99])(
    'never crashes on an out-of-range position (%s): refused, or clamped with the order kept dense',
    async (position) => {
      const before = await storedState(api);
      const version = (await readDesign(cast.lead, cast.designId)).outcomes.find(
        (o) => o.id === ids.outcome,
      )!.version;
      const result = await cast.faculty.client.request(UPDATE_OUTCOME, {
        id: ids.outcome,
        input: { expectedVersion: version, position },
      });
      if (result.errors?.length) {
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(await storedState(api)).toEqual(before);
      }
      const positions = (await readDesign(cast.lead, cast.designId)).outcomes.map((o) => o.position);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    },
  );

  it('removeOutcome refuses a non-UUID id naming `id`', async () => {
    await expectRefused(() => cast.lead.client.request(REMOVE_OUTCOME, { id: 'outcome-1' }), 'id');
  });
});

describe('comments', () => {
  const comment = (input: Record<string, unknown>) =>
    cast.employer.client.request(print(ADD_COMMENT), {
      input: resolveIds({
        designId: cast.designId,
        targetType: 'DESIGN',
        targetId: cast.designId,
        body: 'Valid body',
        ...input,
      }),
    });

  it.each([
    ['an empty body', { body: '' }, 'input.body'],
    ['a blank body', { body: ' \n\t ' }, 'input.body'],
    ['a body over 10,000 characters', { body: long(10_001) }, 'input.body'],
    ['an unknown target type', { targetType: 'PAGE' }, undefined],
    ['a non-UUID target id', { targetId: 'design' }, 'input.targetId'],
    ['a non-UUID design id', { designId: 'design' }, 'input.designId'],
    ['a non-UUID parent id', { parentId: 'parent' }, 'input.parentId'],
    ['another design as the DESIGN target', { targetId: '<otherDesign>' }, 'input.targetId'],
    ['a skill of another design', { targetType: 'SKILL', targetId: '<otherSkill>' }, 'input.targetId'],
    ['an outcome of another design', { targetType: 'OUTCOME', targetId: '<otherOutcome>' }, 'input.targetId'],
    [
      'an outcome id given as a SKILL target',
      { targetType: 'SKILL', targetId: '<outcome>' },
      'input.targetId',
    ],
    [
      'a skill id given as an OUTCOME target',
      { targetType: 'OUTCOME', targetId: '<skill>' },
      'input.targetId',
    ],
    [
      'an unknown skill target',
      { targetType: 'SKILL', targetId: '00000000-0000-4000-8000-000000000077' },
      'input.targetId',
    ],
    ['a parent comment of another design', { parentId: '<otherComment>' }, 'input.parentId'],
    ['an unknown parent comment', { parentId: '00000000-0000-4000-8000-000000000078' }, 'input.parentId'],
  ])('addComment refuses %s with BAD_USER_INPUT, storing nothing', async (_case, input, field) => {
    await expectRefused(() => comment(input), field);
  });

  it('accepts a 10,000-character body', async () => {
    const stored = await addComment(cast.employer, { designId: cast.designId, body: long(10_000) });
    expect(stored.body).toHaveLength(10_000);
  });

  it('resolveComment refuses a non-UUID id naming `id`', async () => {
    await expectRefused(() => cast.lead.client.request(RESOLVE_COMMENT, { id: 'c1', resolved: true }), 'id');
  });

  it('a comment of another design cannot be resolved through this one’s participants', async () => {
    // The faculty member takes part only in `cast`, not in `other`.
    const before = await storedState(api);
    const result = await cast.faculty.client.request(RESOLVE_COMMENT, {
      id: ids.otherComment,
      resolved: true,
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await storedState(api)).toEqual(before);
  });
});

/** Replaces `<name>` placeholders (resolved lazily, after beforeAll) with the real ids. */
function resolveIds<T>(value: T): T {
  const table: Record<string, string> = {
    '<skill>': ids.skill,
    '<outcome>': ids.outcome,
    '<comment>': ids.comment,
    '<otherSkill>': ids.otherSkill,
    '<otherOutcome>': ids.otherOutcome,
    '<otherComment>': ids.otherComment,
    '<otherDesign>': other.designId,
  };
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'string' && v in table ? table[v] : v,
  ) as T;
}
