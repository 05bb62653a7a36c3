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
  colleagueOf,
  DESIGN,
  DESIGN_COMMENTS,
  DESIGN_EVENTS,
  DESIGN_ID,
  DESIGNS,
  errorOf,
  founder,
  INVITE_TO_DESIGN,
  makeDesign,
  Person,
  PROPOSE_SKILL,
  proposeSkill,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  storedState,
  unique,
  unknownId,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

let api: TestApi;
let cast: Cast<'faculty' | 'employer' | 'observer'>;
let ids: { designId: string; skillId: string; outcomeId: string; commentId: string };
let outsiders: Record<string, Person>;
let otherCast: Cast;

beforeAll(async () => {
  api = await startTestApi();
  const title = `Confidential ${unique('t')}`;
  cast = await makeDesign(api, {
    with: ['faculty', 'employer', 'observer'],
    input: { title, summary: 'A secret summary' },
  });
  const skill = await proposeSkill(cast.employer, cast.designId);
  const outcome = await addOutcome(cast.lead, cast.designId, { skillIds: [skill.id] });
  const comment = await addComment(cast.employer, { designId: cast.designId, body: 'internal remark' });
  ids = { designId: cast.designId, skillId: skill.id, outcomeId: outcome.id, commentId: comment.id };
  // Somebody else's design, with its own lead: a participant elsewhere is still an outsider here.
  otherCast = await makeDesign(api);
  outsiders = {
    'a user of another organization': await founder(api, 'EMPLOYER'),
    'a member of the partner’s own employer organization who is not a participant': await colleagueOf(
      api,
      cast.employer,
    ),
    'a MEMBER of the design’s institution who is not a participant': await colleagueOf(api, cast.lead),
    'an ADMIN of another institution': await founder(api, 'POST_SECONDARY'),
    'the lead of another design': otherCast.lead,
  };
});
afterAll(() => api?.close());

type Ids = typeof ids;
/** Every operation on the design, its skills, outcomes and comments, by id (as text: one table sends them all). */
/** Every operation on the design, its skills, outcomes and comments, by id. */
const OPERATIONS: Array<[string, string, (ids: Ids) => Record<string, unknown>]> = [
  ['design(id)', print(DESIGN_ID), (i) => ({ id: i.designId })],
  [
    'updateDesign',
    print(UPDATE_DESIGN),
    (i) => ({ id: i.designId, input: { expectedVersion: 1, title: 'Pwned' } }),
  ],
  [
    'inviteToDesign',
    print(INVITE_TO_DESIGN),
    (i) => ({
      designId: i.designId,
      email: `sneaky-${i.designId.slice(0, 8)}@example.org`,
      role: 'OBSERVER',
    }),
  ],
  [
    'proposeSkill',
    print(PROPOSE_SKILL),
    (i) => ({ designId: i.designId, input: { name: 'Injected', priority: 'ESSENTIAL' } }),
  ],
  [
    'updateSkill',
    print(UPDATE_SKILL),
    (i) => ({ id: i.skillId, input: { expectedVersion: 1, name: 'Pwned' } }),
  ],
  ['removeSkill', print(REMOVE_SKILL), (i) => ({ id: i.skillId })],
  [
    'addOutcome',
    print(ADD_OUTCOME),
    (i) => ({ designId: i.designId, input: { statement: 'Injected', bloomLevel: 'APPLY' } }),
  ],
  [
    'updateOutcome',
    print(UPDATE_OUTCOME),
    (i) => ({ id: i.outcomeId, input: { expectedVersion: 1, statement: 'Pwned' } }),
  ],
  ['removeOutcome', print(REMOVE_OUTCOME), (i) => ({ id: i.outcomeId })],
  [
    'addComment on the design',
    print(ADD_COMMENT),
    (i) => ({
      input: { designId: i.designId, targetType: 'DESIGN', targetId: i.designId, body: 'Injected' },
    }),
  ],
  [
    'addComment on a skill',
    print(ADD_COMMENT),
    (i) => ({ input: { designId: i.designId, targetType: 'SKILL', targetId: i.skillId, body: 'Injected' } }),
  ],
  [
    'addComment replying to a comment',
    print(ADD_COMMENT),
    (i) => ({
      input: {
        designId: i.designId,
        targetType: 'DESIGN',
        targetId: i.designId,
        parentId: i.commentId,
        body: 'x',
      },
    }),
  ],
  ['resolveComment', print(RESOLVE_COMMENT), (i) => ({ id: i.commentId, resolved: true })],
];

const randomIds = (): Ids => {
  const designId = unknownId();
  return { designId, skillId: unknownId(), outcomeId: unknownId(), commentId: unknownId() };
};

/** An answer with every UUID blanked, so that two answers about different ids compare equal. */
const answer = (result: GraphQLResponse<unknown>) => {
  const error = errorOf(result);
  return JSON.parse(
    JSON.stringify({
      message: error.message,
      extensions: error.extensions,
      data: result.data ?? null,
    }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>'),
  ) as { message: string; extensions: { code?: string }; data: unknown };
};

describe.each([
  'a user of another organization',
  'a member of the partner’s own employer organization who is not a participant',
  'a MEMBER of the design’s institution who is not a participant',
  'an ADMIN of another institution',
  'the lead of another design',
])('for %s', (who) => {
  it.each(OPERATIONS.map(([name, query, variables]) => [name, query, variables] as const))(
    '%s answers NOT_FOUND exactly as for an unknown id, and changes nothing',
    async (_name, query, variables) => {
      const person = outsiders[who]!;
      const before = await storedState(api);
      const forbidden = await person.client.request(query, variables(ids));
      const unknown = await person.client.request(query, variables(randomIds()));
      expect(answer(forbidden).extensions.code).toBe('NOT_FOUND');
      expect(answer(forbidden)).toEqual(answer(unknown));
      expect(await storedState(api)).toEqual(before);
    },
  );

  it('never sees the design in designs, its totalCount, or a search for its title', async () => {
    const person = outsiders[who]!;
    const visible = await person.client.ok(DESIGNS, { first: 100 });
    expect(visible.designs.edges.map((e) => e.node.id)).not.toContain(cast.designId);
    const own = who === 'the lead of another design' ? 1 : 0;
    expect(visible.designs.totalCount).toBe(own);
    const searched = await person.client.ok(DESIGNS, { filter: { search: 'Confidential' } });
    expect(searched.designs.edges).toEqual([]);
    expect(searched.designs.totalCount).toBe(0);
  });
});

describe('ids of another design cannot be probed from one’s own design', () => {
  it('a skill id of a design one cannot see, used as skillIds, answers as an unknown id would', async () => {
    const mine = await addOutcome(otherCast.lead, otherCast.designId);
    const before = await storedState(api);
    const withForeign = await otherCast.lead.client.request(UPDATE_OUTCOME, {
      id: mine.id,
      input: { expectedVersion: 1, skillIds: [ids.skillId] },
    });
    const withUnknown = await otherCast.lead.client.request(UPDATE_OUTCOME, {
      id: mine.id,
      input: { expectedVersion: 1, skillIds: [unknownId()] },
    });
    expect(codeOf(withForeign)).toBe('BAD_USER_INPUT');
    expect(answer(withForeign)).toEqual(answer(withUnknown));
    expect(await storedState(api)).toEqual(before);
  });

  it('a comment target or parent of a design one cannot see answers as an unknown id would', async () => {
    const before = await storedState(api);
    const designId = otherCast.designId;
    const asTarget = (targetId: string) =>
      otherCast.lead.client.request(ADD_COMMENT, {
        input: { designId, targetType: 'SKILL', targetId, body: 'probe' },
      });
    const asParent = (parentId: string) =>
      otherCast.lead.client.request(ADD_COMMENT, {
        input: { designId, targetType: 'DESIGN', targetId: designId, parentId, body: 'probe' },
      });
    const foreignTarget = await asTarget(ids.skillId);
    expect(codeOf(foreignTarget)).toBe('BAD_USER_INPUT');
    expect(answer(foreignTarget)).toEqual(answer(await asTarget(unknownId())));
    const foreignParent = await asParent(ids.commentId);
    expect(codeOf(foreignParent)).toBe('BAD_USER_INPUT');
    expect(answer(foreignParent)).toEqual(answer(await asParent(unknownId())));
    expect(await storedState(api)).toEqual(before);
  });
});

describe('an ADMIN of the design’s institution who is not a participant', () => {
  let admin: Person;
  beforeAll(async () => {
    admin = await colleagueOf(api, cast.lead, { orgRole: 'ADMIN' });
  });

  it('reads the design with its skills, outcomes, comments and events', async () => {
    const { design } = await admin.client.ok(DESIGN, { id: cast.designId });
    expect(design.id).toBe(cast.designId);
    expect(design.skills.map((s) => s.id)).toContain(ids.skillId);
    expect(design.outcomes.map((o) => o.id)).toContain(ids.outcomeId);
    const comments = await admin.client.ok(DESIGN_COMMENTS, {
      id: cast.designId,
    });
    expect(comments.design.comments.map((c) => c.id)).toContain(ids.commentId);
    const events = await admin.client.ok(DESIGN_EVENTS, {
      id: cast.designId,
    });
    expect(events.design.events.length).toBeGreaterThan(0);
  });

  it('finds it in designs and counts it', async () => {
    const visible = await admin.client.ok(DESIGNS, { first: 100 });
    expect(visible.designs.edges.map((e) => e.node.id)).toContain(cast.designId);
    expect(visible.designs.totalCount).toBe(visible.designs.edges.length);
  });

  it.each([
    ['updateDesign', UPDATE_DESIGN, { input: { expectedVersion: 1, title: 'Admin edit' } }, 'id'],
    ['proposeSkill', PROPOSE_SKILL, { input: { name: 'Admin skill', priority: 'IMPORTANT' } }, 'designId'],
    ['addOutcome', ADD_OUTCOME, { input: { statement: 'Admin outcome', bloomLevel: 'APPLY' } }, 'designId'],
    ['inviteToDesign', INVITE_TO_DESIGN, { email: 'admin-friend@example.org', role: 'OBSERVER' }, 'designId'],
  ] as const)(
    'may not change it: %s answers FORBIDDEN and stores nothing',
    async (_name, query, vars, idArg) => {
      const before = await storedState(api);
      const result = await admin.client.request(print(query), { ...vars, [idArg]: cast.designId });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
    },
  );
});
