import type { GraphQLResponse } from '@mc/testing';

import type { CommentTarget } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  ADD_OUTCOME,
  addComment,
  addOutcome,
  Cast,
  codeOf,
  founder,
  institutionAdmin,
  INVITE_TO_DESIGN,
  join,
  makeDesign,
  Person,
  PROPOSE_SKILL,
  proposeSkill,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  unique,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

/**
 * `myPermissions` says what the mutations allow: for every role in every stage, each flag is
 * compared with what the matching mutation actually answers, so a flag can never promise an
 * action the API refuses, nor hide one it allows.
 */

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const STAGES = ['DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'];
const VIEWERS = ['lead', 'faculty', 'employer', 'committee', 'observer', 'institution admin'] as const;
type Viewer = (typeof VIEWERS)[number];

const PERMISSIONS = `
  query Permissions($id: ID!) {
    design(id: $id) {
      myPermissions {
        canEdit canProposeSkills canAddOutcomes canComment canResolveAnyComment canInvite canRemoveParticipants
      }
      skills { id myPermissions { canEdit canRemove canComment } }
      outcomes { id myPermissions { canEdit canRemove canComment } }
    }
  }`;

const REMOVE_PARTICIPANT = `
  mutation RemoveParticipant($designId: ID!, $userId: ID!) {
    removeParticipant(designId: $designId, userId: $userId) { id }
  }`;

interface Flags {
  design: Record<string, boolean>;
  skills: Record<string, Record<string, boolean>>;
  outcomes: Record<string, Record<string, boolean>>;
}

let cast: Cast<'faculty' | 'employer' | 'committee' | 'observer'>;
let admin: Person;

beforeAll(async () => {
  cast = await makeDesign(api, { with: ['faculty', 'employer', 'committee', 'observer'] });
  admin = await institutionAdmin(api, cast);
}, 60_000);

function person(viewer: Viewer): Person {
  return viewer === 'institution admin' ? admin : cast[viewer];
}

/**
 * Whether the API allowed the change. A refusal must be one of the answers a visible design's
 * rules give (`FORBIDDEN` for the role, `PRECONDITION_FAILED` for the stage), never another fault
 * of the test's own requests.
 */
function allowed(result: GraphQLResponse<unknown>): boolean {
  if (!result.errors?.length) return true;
  expect(['FORBIDDEN', 'PRECONDITION_FAILED']).toContain(codeOf(result));
  return false;
}

const versionOf = async (table: string, id: string) =>
  (await api.sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]!.version;

/** Fresh content while drafting: a skill of the institution, one of the partner, an outcome, comments. */
async function setUp(viewer: Viewer, stage: string) {
  const { designId } = cast;
  await api.sql(`UPDATE designs SET stage = 'DRAFTING' WHERE id = $1`, [designId]);
  const leadSkill = await proposeSkill(cast.lead, designId);
  const partnerSkill = await proposeSkill(cast.employer, designId);
  const outcome = await addOutcome(cast.lead, designId, { skillIds: [leadSkill.id] });
  const someoneElse = viewer === 'lead' ? cast.faculty : cast.lead;
  const theirComment = await addComment(someoneElse, { designId });
  const ownComment = viewer === 'institution admin' ? null : await addComment(person(viewer), { designId });
  const spare = await founder(api, 'COMMUNITY');
  await join(cast, spare, 'OBSERVER');
  await api.sql(`UPDATE designs SET stage = $2 WHERE id = $1`, [designId, stage]);
  return { leadSkill, partnerSkill, outcome, theirComment, ownComment, spare };
}

/** What the API lets `who` do, tried mutation by mutation, in the shape of `myPermissions`. */
async function tryEverything(who: Person, content: Awaited<ReturnType<typeof setUp>>): Promise<Flags> {
  const { designId } = cast;
  const client = who.client;
  const comment = (targetType: CommentTarget, targetId: string) =>
    client.request(ADD_COMMENT, { input: { designId, targetType, targetId, body: `Try ${unique('c')}` } });

  const canComment = allowed(await comment('DESIGN', designId));
  const resolvesOwn = content.ownComment
    ? allowed(await client.request(RESOLVE_COMMENT, { id: content.ownComment.id, resolved: true }))
    : false;
  const design = {
    canEdit: allowed(
      await client.request(UPDATE_DESIGN, {
        id: designId,
        input: { expectedVersion: await versionOf('designs', designId), summary: unique('summary') },
      }),
    ),
    canProposeSkills: allowed(
      await client.request(PROPOSE_SKILL, { designId, input: { name: unique('s'), priority: 'IMPORTANT' } }),
    ),
    canAddOutcomes: allowed(
      await client.request(ADD_OUTCOME, {
        designId,
        input: { statement: 'Learners can try', bloomLevel: 'APPLY' },
      }),
    ),
    // Commenting and resolving one's own thread are one permission.
    canComment: canComment && (content.ownComment ? resolvesOwn : true),
    canResolveAnyComment: allowed(
      await client.request(RESOLVE_COMMENT, { id: content.theirComment.id, resolved: true }),
    ),
    canInvite: allowed(
      await client.request(INVITE_TO_DESIGN, {
        designId,
        email: `${unique('i')}@example.org`,
        role: 'OBSERVER',
      }),
    ),
    canRemoveParticipants: allowed(
      await client.request(REMOVE_PARTICIPANT, { designId, userId: content.spare.user.id }),
    ),
  };
  const skills: Flags['skills'] = {};
  for (const skill of [content.leadSkill, content.partnerSkill]) {
    skills[skill.id] = {
      canComment: allowed(await comment('SKILL', skill.id)),
      canEdit: allowed(
        await client.request(UPDATE_SKILL, {
          id: skill.id,
          input: { expectedVersion: await versionOf('skills', skill.id), name: unique('renamed') },
        }),
      ),
      canRemove: allowed(await client.request(REMOVE_SKILL, { id: skill.id })),
    };
  }
  const { outcome } = content;
  const outcomes: Flags['outcomes'] = {
    [outcome.id]: {
      canComment: allowed(await comment('OUTCOME', outcome.id)),
      canEdit: allowed(
        await client.request(UPDATE_OUTCOME, {
          id: outcome.id,
          input: {
            expectedVersion: await versionOf('outcomes', outcome.id),
            statement: 'Learners can change',
          },
        }),
      ),
      canRemove: allowed(await client.request(REMOVE_OUTCOME, { id: outcome.id })),
    },
  };
  return { design, skills, outcomes };
}

/** Every flag seen, to show that each was both granted and refused somewhere (no vacuous pass). */
const seen = new Map<string, Set<boolean>>();
function note(flags: Flags) {
  const record = (prefix: string, values: Record<string, boolean>) => {
    for (const [name, value] of Object.entries(values)) {
      const key = `${prefix}.${name}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(value));
    }
  };
  record('design', flags.design);
  for (const values of Object.values(flags.skills)) record('skill', values);
  for (const values of Object.values(flags.outcomes)) record('outcome', values);
}

describe.each(STAGES)('in %s', (stage) => {
  it.each(VIEWERS)(
    "the %s's myPermissions match what the mutations allow",
    async (viewer) => {
      const content = await setUp(viewer, stage);
      const who = person(viewer);
      const { design } = await who.client.ok<{
        design: {
          myPermissions: Flags['design'];
          skills: Array<{ id: string; myPermissions: Record<string, boolean> }>;
          outcomes: Array<{ id: string; myPermissions: Record<string, boolean> }>;
        };
      }>(PERMISSIONS, { id: cast.designId });
      const ids = [content.leadSkill.id, content.partnerSkill.id, content.outcome.id];
      const flags: Flags = {
        design: design.myPermissions,
        skills: Object.fromEntries(
          design.skills.filter((s) => ids.includes(s.id)).map((s) => [s.id, s.myPermissions]),
        ),
        outcomes: Object.fromEntries(
          design.outcomes.filter((o) => ids.includes(o.id)).map((o) => [o.id, o.myPermissions]),
        ),
      };
      // Content left by earlier cases was removed by them or stays as is; only this case's is compared.
      expect(flags).toEqual(await tryEverything(who, content));
      note(flags);
    },
    60_000,
  );
});

describe('the comparison', () => {
  it('saw every flag both granted and refused', () => {
    expect(seen.size).toBe(7 + 3 + 3);
    for (const [flag, values] of seen)
      expect({ flag, values: [...values].sort() }).toEqual({ flag, values: [false, true] });
  });

  it('grants a partner only their own organization’s skills while drafting', async () => {
    const content = await setUp('employer', 'DRAFTING');
    const { design } = await cast.employer.client.ok<{
      design: { skills: Array<{ id: string; myPermissions: { canEdit: boolean } }> };
    }>(PERMISSIONS, { id: cast.designId });
    const canEdit = (id: string) => design.skills.find((s) => s.id === id)?.myPermissions.canEdit;
    expect({ own: canEdit(content.partnerSkill.id), institution: canEdit(content.leadSkill.id) }).toEqual({
      own: true,
      institution: false,
    });
  });
});
