import { GraphQLClient, GraphQLResponse } from '@mc/testing';

import {
  ADD_COMMENT,
  addComment,
  addOutcome,
  codeOf,
  colleagueOf,
  CommentRecord,
  CONTENT_MUTATIONS,
  founder,
  makeDesign,
  namesField,
  Person,
  proposeSkill,
  readDesign,
  RESOLVE_COMMENT,
  unknownId,
  UPDATE_OUTCOME,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import {
  decide,
  decision,
  expectRefused,
  extensionsOf,
  FullCast,
  fullDesign,
  gateOf,
  gatesOf,
  majorityApproves,
  missingOf,
  move,
  pipelineDesign,
  readSnapshots,
  stageChanges,
  TRANSITION,
  transition,
} from './workflow-factories';

let api: TestApi;

const STAGES = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'ARCHIVED',
] as const;
type Stage = (typeof STAGES)[number];
/** One design per stage, each with its whole cast, reached through the real API. */
const staged = {} as Record<Stage, FullCast>;

beforeAll(async () => {
  api = await startTestApi();
  for (const stage of STAGES) {
    staged[stage] = await fullDesign(api, stage);
  }
  // Every gate of the next move is met, so only the role can stop it.
  await decide(staged.PARTNER_REVIEW.employer, staged.PARTNER_REVIEW.designId, 'ENDORSE');
  await decide(staged.COMMITTEE_REVIEW.committee[0]!, staged.COMMITTEE_REVIEW.designId, 'APPROVE');
  await decide(staged.COMMITTEE_REVIEW.committee[1]!, staged.COMMITTEE_REVIEW.designId, 'APPROVE');
}, 240_000);
afterAll(() => api?.close());

type Actor = 'lead' | 'faculty' | 'employer' | 'observer' | 'committee' | 'admin';
const actor = (p: FullCast, who: Actor): Person => (who === 'committee' ? p.committee[0]! : p[who]);

describe('FORBIDDEN: a design role that may not make the move', () => {
  const WHY = 'Because I say so';
  const CASES: Array<[string, Stage, Actor, Stage, string?]> = [
    ['faculty submitting to PARTNER_REVIEW', 'DRAFTING', 'faculty', 'PARTNER_REVIEW'],
    ['an employer partner submitting to PARTNER_REVIEW', 'DRAFTING', 'employer', 'PARTNER_REVIEW'],
    ['a committee member submitting to PARTNER_REVIEW', 'DRAFTING', 'committee', 'PARTNER_REVIEW'],
    ['faculty archiving', 'DRAFTING', 'faculty', 'ARCHIVED', WHY],
    ['an employer partner archiving', 'DRAFTING', 'employer', 'ARCHIVED', WHY],
    ['faculty sending back from PARTNER_REVIEW', 'PARTNER_REVIEW', 'faculty', 'DRAFTING', WHY],
    ['a committee member sending back from PARTNER_REVIEW', 'PARTNER_REVIEW', 'committee', 'DRAFTING', WHY],
    ['an employer partner submitting to COMMITTEE_REVIEW', 'PARTNER_REVIEW', 'employer', 'COMMITTEE_REVIEW'],
    ['faculty submitting to COMMITTEE_REVIEW', 'PARTNER_REVIEW', 'faculty', 'COMMITTEE_REVIEW'],
    ['a committee member submitting to COMMITTEE_REVIEW', 'PARTNER_REVIEW', 'committee', 'COMMITTEE_REVIEW'],
    ['an employer partner approving', 'COMMITTEE_REVIEW', 'employer', 'APPROVED'],
    ['the lead approving', 'COMMITTEE_REVIEW', 'lead', 'APPROVED'],
    ['faculty approving', 'COMMITTEE_REVIEW', 'faculty', 'APPROVED'],
    ['the lead sending back from COMMITTEE_REVIEW', 'COMMITTEE_REVIEW', 'lead', 'DRAFTING', WHY],
    [
      'an employer partner sending back from COMMITTEE_REVIEW',
      'COMMITTEE_REVIEW',
      'employer',
      'DRAFTING',
      WHY,
    ],
    ['an employer partner publishing', 'APPROVED', 'employer', 'PUBLISHED'],
    ['a committee member publishing', 'APPROVED', 'committee', 'PUBLISHED'],
    ['faculty publishing', 'APPROVED', 'faculty', 'PUBLISHED'],
    ['a committee member archiving an approved design', 'APPROVED', 'committee', 'ARCHIVED', WHY],
    ['an employer partner archiving a published design', 'PUBLISHED', 'employer', 'ARCHIVED', WHY],
    ['the observer submitting to PARTNER_REVIEW', 'DRAFTING', 'observer', 'PARTNER_REVIEW'],
    ['the observer archiving', 'DRAFTING', 'observer', 'ARCHIVED', WHY],
    ['the observer sending back from PARTNER_REVIEW', 'PARTNER_REVIEW', 'observer', 'DRAFTING', WHY],
    ['the observer submitting to COMMITTEE_REVIEW', 'PARTNER_REVIEW', 'observer', 'COMMITTEE_REVIEW'],
    ['the observer approving', 'COMMITTEE_REVIEW', 'observer', 'APPROVED'],
    ['the observer sending back from COMMITTEE_REVIEW', 'COMMITTEE_REVIEW', 'observer', 'DRAFTING', WHY],
    ['the observer publishing', 'APPROVED', 'observer', 'PUBLISHED'],
    ['the observer archiving a published design', 'PUBLISHED', 'observer', 'ARCHIVED', WHY],
    ['an institution ADMIN who is not a participant submitting', 'DRAFTING', 'admin', 'PARTNER_REVIEW'],
    ['an institution ADMIN who is not a participant approving', 'COMMITTEE_REVIEW', 'admin', 'APPROVED'],
    ['an institution ADMIN who is not a participant archiving', 'APPROVED', 'admin', 'ARCHIVED', WHY],
  ];

  it.each(CASES)(
    '%s (from %s) answers FORBIDDEN and changes nothing',
    async (...[, stage, who, to, rationale]: (typeof CASES)[number]) => {
      const p = staged[stage];
      expect((await readDesign(p.lead, p.designId)).stage).toBe(stage);
      await expectRefused(api, p, () => transition(actor(p, who), p.designId, to, rationale), 'FORBIDDEN');
    },
  );

  it('the observer may record no decision either', async () => {
    const p = staged.PARTNER_REVIEW;
    for (const kind of ['ENDORSE', 'REQUEST_CHANGES'] as const) {
      await expectRefused(api, p, () => decision(p.observer, p.designId, kind), 'FORBIDDEN');
    }
  });

  it('the role is checked before the gates: faculty submitting an empty design is FORBIDDEN, not PRECONDITION_FAILED', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    await expectRefused(
      api,
      cast,
      () => transition(cast.faculty, cast.designId, 'PARTNER_REVIEW'),
      'FORBIDDEN',
    );
  });

  it('the role is checked before the rationale: an employer partner archiving without one is FORBIDDEN', async () => {
    const p = staged.DRAFTING;
    await expectRefused(api, p, () => transition(p.employer, p.designId, 'ARCHIVED'), 'FORBIDDEN');
  });
});

describe('PRECONDITION_FAILED: a gate that is not met, listing everything missing', () => {
  it('no skills and no outcomes: both listed at once', async () => {
    const cast = await makeDesign(api);
    const result = await expectRefused(
      api,
      cast,
      () => transition(cast.lead, cast.designId, 'PARTNER_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['outcomes', 'skills']);
    for (const gate of missingOf(result)) expect(typeof gate.message).toBe('string');
  });

  it('skills but no outcome: the missing outcomes and the uncovered ESSENTIAL skill, at once', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const essential = await proposeSkill(cast.employer, cast.designId, {
      name: 'Wires a panel',
      priority: 'ESSENTIAL',
    });
    await proposeSkill(cast.employer, cast.designId, { name: 'Nice extra', priority: 'NICE_TO_HAVE' });
    const result = await expectRefused(
      api,
      cast,
      () => transition(cast.lead, cast.designId, 'PARTNER_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['outcomes', 'uncoveredEssentialSkills']);
    expect(gateOf(result, 'uncoveredEssentialSkills')?.['skills']).toEqual([
      { id: essential.id, name: 'Wires a panel' },
    ]);
  });

  it('an uncovered ESSENTIAL skill is listed by id and name; uncovered IMPORTANT ones do not block', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const covered = await proposeSkill(cast.employer, cast.designId, {
      name: 'Covered one',
      priority: 'ESSENTIAL',
    });
    const gap = await proposeSkill(cast.employer, cast.designId, { name: 'The gap', priority: 'ESSENTIAL' });
    await proposeSkill(cast.employer, cast.designId, { name: 'Important gap', priority: 'IMPORTANT' });
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [covered.id] });
    const result = await expectRefused(
      api,
      cast,
      () => transition(cast.lead, cast.designId, 'PARTNER_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['uncoveredEssentialSkills']);
    expect(gateOf(result, 'uncoveredEssentialSkills')?.['skills']).toEqual([{ id: gap.id, name: 'The gap' }]);

    await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: outcome.version, skillIds: [covered.id, gap.id] },
    });
    expect((await move(cast.lead, cast.designId, 'PARTNER_REVIEW')).stage).toBe('PARTNER_REVIEW');
  });

  it('partner organizations that have not endorsed are listed; a REQUEST_CHANGES does not count', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'employer2', 'community'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE');
    await decide(p.employer2, p.designId, 'REQUEST_CHANGES', 'Add a safety outcome');
    const result = await expectRefused(
      api,
      p,
      () => transition(p.lead, p.designId, 'COMMITTEE_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['partnerEndorsements']);
    const organizations = gateOf(result, 'partnerEndorsements')?.['organizations'] as Array<{
      id: string;
      name: string;
    }>;
    const expected = [p.employer2, p.community].map((x) => ({
      id: x.user.organization.id,
      name: x.user.organization.name,
    }));
    expect([...organizations].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('at least one partner organization must take part and endorse', async () => {
    const p = await pipelineDesign(api);
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const result = await expectRefused(
      api,
      p,
      () => transition(p.lead, p.designId, 'COMMITTEE_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['partnerEndorsements']);
  });

  it('approvals still needed: needed, approvals, committeeSize; a majority then passes', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 3, stage: 'COMMITTEE_REVIEW' });
    const [a, b, c] = p.committee as [Person, Person, Person];

    let result = await expectRefused(
      api,
      p,
      () => transition(a, p.designId, 'APPROVED'),
      'PRECONDITION_FAILED',
    );
    expect(gatesOf(result)).toEqual(['committeeApprovals']);
    expect(gateOf(result, 'committeeApprovals')).toMatchObject({ needed: 2, approvals: 0, committeeSize: 3 });

    await decide(a, p.designId, 'APPROVE');
    await decide(b, p.designId, 'REJECT', 'Assessment too thin');
    await decide(c, p.designId, 'ABSTAIN');
    result = await expectRefused(api, p, () => transition(a, p.designId, 'APPROVED'), 'PRECONDITION_FAILED');
    expect(gateOf(result, 'committeeApprovals')).toMatchObject({ approvals: 1, committeeSize: 3 });

    await decide(b, p.designId, 'APPROVE', 'Fixed by the brief');
    expect((await move(c, p.designId, 'APPROVED')).stage).toBe('APPROVED');
  });

  it('a majority is more than half: two approvals of a committee of four are not enough', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 4, stage: 'COMMITTEE_REVIEW' });
    await decide(p.committee[0]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'APPROVE');
    const result = await expectRefused(
      api,
      p,
      () => transition(p.committee[0]!, p.designId, 'APPROVED'),
      'PRECONDITION_FAILED',
    );
    expect(gateOf(result, 'committeeApprovals')).toMatchObject({ approvals: 2, committeeSize: 4 });
    await decide(p.committee[2]!, p.designId, 'APPROVE');
    expect((await move(p.committee[0]!, p.designId, 'APPROVED')).stage).toBe('APPROVED');
  });

  describe('a rationale is required', () => {
    it.each([
      ['the lead sending back from PARTNER_REVIEW', 'PARTNER_REVIEW', 'lead', 'DRAFTING'],
      ['an employer partner sending back from PARTNER_REVIEW', 'PARTNER_REVIEW', 'employer', 'DRAFTING'],
      ['a committee member sending back from COMMITTEE_REVIEW', 'COMMITTEE_REVIEW', 'committee', 'DRAFTING'],
      ['the lead archiving a draft', 'DRAFTING', 'lead', 'ARCHIVED'],
      ['the lead archiving in partner review', 'PARTNER_REVIEW', 'lead', 'ARCHIVED'],
      ['the lead archiving an approved design', 'APPROVED', 'lead', 'ARCHIVED'],
      ['the lead archiving a published design', 'PUBLISHED', 'lead', 'ARCHIVED'],
    ] as Array<[string, Stage, Actor, Stage]>)('%s without one', async (_name, stage, who, to) => {
      const p = staged[stage];
      const result = await expectRefused(
        api,
        p,
        () => transition(actor(p, who), p.designId, to),
        'PRECONDITION_FAILED',
      );
      expect(gatesOf(result)).toEqual(['rationale']);
      expect(typeof gateOf(result, 'rationale')?.message).toBe('string');
    });
  });

  it('the gates are checked on every attempt: once met, the same move passes', async () => {
    const cast = await makeDesign(api);
    await expectRefused(
      api,
      cast,
      () => transition(cast.lead, cast.designId, 'ARCHIVED'),
      'PRECONDITION_FAILED',
    );
    expect((await move(cast.lead, cast.designId, 'ARCHIVED', 'Replaced by another design')).stage).toBe(
      'ARCHIVED',
    );
  });
});

describe('PRECONDITION_FAILED: no such transition, with the stages that are allowed', () => {
  it.each([
    ['DRAFTING', 'APPROVED', ['ARCHIVED', 'PARTNER_REVIEW']],
    ['DRAFTING', 'COMMITTEE_REVIEW', ['ARCHIVED', 'PARTNER_REVIEW']],
    ['DRAFTING', 'PUBLISHED', ['ARCHIVED', 'PARTNER_REVIEW']],
    ['PARTNER_REVIEW', 'APPROVED', ['ARCHIVED', 'COMMITTEE_REVIEW', 'DRAFTING']],
    ['COMMITTEE_REVIEW', 'PARTNER_REVIEW', ['APPROVED', 'ARCHIVED', 'DRAFTING']],
    ['COMMITTEE_REVIEW', 'PUBLISHED', ['APPROVED', 'ARCHIVED', 'DRAFTING']],
    ['APPROVED', 'DRAFTING', ['ARCHIVED', 'PUBLISHED']],
    ['APPROVED', 'COMMITTEE_REVIEW', ['ARCHIVED', 'PUBLISHED']],
    ['PUBLISHED', 'DRAFTING', ['ARCHIVED']],
    ['PUBLISHED', 'APPROVED', ['ARCHIVED']],
    ['ARCHIVED', 'DRAFTING', []],
    ['ARCHIVED', 'PUBLISHED', []],
  ] as Array<[Stage, Stage, string[]]>)('%s → %s', async (stage, to, allowed) => {
    const p = staged[stage];
    const result = await expectRefused(
      api,
      p,
      () => transition(p.lead, p.designId, to, 'A reason'),
      'PRECONDITION_FAILED',
    );
    expect([...(extensionsOf(result)['allowed'] as string[])].sort()).toEqual(allowed);
  });

  it('is checked before the role: the observer asking DRAFTING → APPROVED is told what is allowed', async () => {
    const p = staged.DRAFTING;
    const result = await expectRefused(
      api,
      p,
      () => transition(p.observer, p.designId, 'APPROVED'),
      'PRECONDITION_FAILED',
    );
    expect([...(extensionsOf(result)['allowed'] as string[])].sort()).toEqual(['ARCHIVED', 'PARTNER_REVIEW']);
  });
});

/** A CONFLICT carries the record as it stands now; here, the design's current stage. */
function stageIn(extensions: Record<string, unknown>): unknown {
  return (extensions['current'] as { stage?: unknown } | undefined)?.stage;
}

describe('CONFLICT: the design is already in the target stage', () => {
  it.each(STAGES.map((s) => [s]))('%s → the same stage, with extensions.stage', async (stage) => {
    const p = staged[stage as Stage];
    const result = await expectRefused(
      api,
      p,
      () => transition(p.lead, p.designId, stage, 'Again'),
      'CONFLICT',
    );
    expect(stageIn(extensionsOf(result))).toBe(stage);
  });

  it('is checked before the role: the observer asking for the current stage hears CONFLICT', async () => {
    const p = staged.PARTNER_REVIEW;
    const result = await expectRefused(
      api,
      p,
      () => transition(p.observer, p.designId, 'PARTNER_REVIEW'),
      'CONFLICT',
    );
    expect(stageIn(extensionsOf(result))).toBe('PARTNER_REVIEW');
  });
});

describe('NOT_FOUND: a design the caller may not see, exactly like an unknown one', () => {
  let outsiders: Record<string, Person>;
  beforeAll(async () => {
    const p = staged.DRAFTING;
    outsiders = {
      'a user of another organization': await founder(api, 'EMPLOYER'),
      'a colleague of the employer partner who is not a participant': await colleagueOf(api, p.employer),
      'a MEMBER of the institution who is not a participant': await colleagueOf(api, p.lead),
      'an ADMIN of another institution': await founder(api, 'POST_SECONDARY'),
    };
  });

  it.each(STAGES.map((s) => [s]))(
    'in %s: every outsider, every move (the current stage too) → NOT_FOUND',
    async (stage) => {
      const p = staged[stage as Stage];
      for (const [, person] of Object.entries(outsiders)) {
        for (const to of STAGES) {
          await expectRefused(api, p, () => transition(person, p.designId, to, 'Let me in'), 'NOT_FOUND');
        }
      }
    },
  );

  it('an unknown id answers NOT_FOUND', async () => {
    const p = staged.DRAFTING;
    await expectRefused(api, p, () => transition(p.lead, unknownId(), 'PARTNER_REVIEW'), 'NOT_FOUND');
    await expectRefused(api, p, () => transition(p.lead, unknownId(), 'ARCHIVED', 'reason'), 'NOT_FOUND');
  });

  it('the refusal to an outsider is the same as for an unknown id (message and code)', async () => {
    const p = staged.PARTNER_REVIEW;
    const outsider = outsiders['a user of another organization']!;
    const hidden = await transition(outsider, p.designId, 'DRAFTING', 'x');
    const unknown = await transition(outsider, unknownId(), 'DRAFTING', 'x');
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const strip = (r: GraphQLResponse<unknown>) => {
      const { message, extensions } = r.errors![0]!;
      return { message: message.replace(/[0-9a-f-]{36}/gi, '<id>'), code: extensions?.code };
    };
    expect(strip(hidden)).toEqual(strip(unknown));
  });

  it('without a token: UNAUTHENTICATED, nothing changed', async () => {
    const p = staged.DRAFTING;
    const anonymous = new GraphQLClient(api.url);
    await expectRefused(
      api,
      p,
      () => anonymous.request(TRANSITION, { designId: p.designId, to: 'PARTNER_REVIEW' }),
      'UNAUTHENTICATED',
    );
  });

  it('a designId that is not a UUID: BAD_USER_INPUT naming it', async () => {
    const p = staged.DRAFTING;
    const result = await expectRefused(
      api,
      p,
      () => transition(p.lead, 'not-a-uuid', 'PARTNER_REVIEW'),
      'BAD_USER_INPUT',
    );
    expect(namesField(result, 'designId')).toBe(true);
  });
});

describe('content in review stages', () => {
  type Staged = FullCast & { comment: CommentRecord };
  describe.each(['PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED'] as Stage[])(
    'in %s (reached through the API)',
    (stage) => {
      let c: Staged;
      beforeAll(async () => {
        const p = staged[stage];
        const version = (await readDesign(p.lead, p.designId)).version;
        expect(version).toBe(1);
        c = {
          ...p,
          comment: await addComment(p.employer, { designId: p.designId, body: `Remark in ${stage}` }),
        };
      });

      it.each(CONTENT_MUTATIONS)(
        '%s answers PRECONDITION_FAILED and changes nothing',
        async (_name, mutate) => {
          await expectRefused(api, c, () => mutate(c), 'PRECONDITION_FAILED');
        },
      );

      it('comments, replies and resolving still work, by every participant', async () => {
        const revision = (await readDesign(c.lead, c.designId)).revision;
        const onSkill = await addComment(c.committee[0]!, {
          designId: c.designId,
          targetType: 'SKILL',
          targetId: c.skill.id,
          body: 'Why essential?',
        });
        await addComment(c.employer, {
          designId: c.designId,
          targetType: 'SKILL',
          targetId: c.skill.id,
          parentId: onSkill.id,
          body: 'Core of the job',
        });
        await addComment(c.observer, { designId: c.designId, body: 'Following along' });
        const { resolveComment } = await c.faculty.client.ok(RESOLVE_COMMENT, {
          id: onSkill.id,
          resolved: true,
        });
        expect(resolveComment.resolved).toBe(true);
        const read = await readDesign(c.lead, c.designId);
        expect(read).toMatchObject({ stage, revision });
      });
    },
  );

  describe('in ARCHIVED (reached through the API)', () => {
    it('comments are closed: a new comment, a reply and resolving answer PRECONDITION_FAILED, nothing changes', async () => {
      const cast = await makeDesign(api, { with: ['employer'] });
      const comment = await addComment(cast.employer, { designId: cast.designId, body: 'Before archiving' });
      await move(cast.lead, cast.designId, 'ARCHIVED', 'Cancelled');
      const input = {
        designId: cast.designId,
        targetType: 'DESIGN',
        targetId: cast.designId,
        body: 'Too late',
      };
      await expectRefused(
        api,
        cast,
        () => cast.employer.client.request(ADD_COMMENT, { input }),
        'PRECONDITION_FAILED',
      );
      await expectRefused(
        api,
        cast,
        () => cast.lead.client.request(ADD_COMMENT, { input: { ...input, parentId: comment.id } }),
        'PRECONDITION_FAILED',
      );
      await expectRefused(
        api,
        cast,
        () => cast.lead.client.request(RESOLVE_COMMENT, { id: comment.id, resolved: true }),
        'PRECONDITION_FAILED',
      );
    });

    it.each(CONTENT_MUTATIONS)(
      '%s answers PRECONDITION_FAILED and changes nothing',
      async (_name, mutate) => {
        const p = staged.ARCHIVED;
        await expectRefused(api, p, () => mutate(p), 'PRECONDITION_FAILED');
      },
    );
  });

  it('back in DRAFTING after a send-back, content changes again', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'faculty'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await move(p.employer, p.designId, 'DRAFTING', 'Needs a safety outcome');
    const added = await addOutcome(p.faculty, p.designId, { statement: 'Apply lock-out procedures' });
    expect(added.position).toBe(2);
  });
});

describe('two people making conflicting moves at once', () => {
  it.each([1, 2, 3])(
    'two committee members approving simultaneously: one wins, the other hears CONFLICT (round %s)',
    async () => {
      const p = await pipelineDesign(api, { with: ['employer'], committee: 3, stage: 'COMMITTEE_REVIEW' });
      await majorityApproves(p);
      const before = (await stageChanges(p.lead, p.designId)).length;
      const results = await Promise.all([
        transition(p.committee[0]!, p.designId, 'APPROVED'),
        transition(p.committee[1]!, p.designId, 'APPROVED'),
      ]);
      const won = results.filter((r) => !r.errors?.length);
      const lost = results.filter((r) => r.errors?.length);
      expect(won).toHaveLength(1);
      expect(won[0]!.data?.transitionDesign.stage).toBe('APPROVED');
      expect(lost).toHaveLength(1);
      expect(codeOf(lost[0]!)).toBe('CONFLICT');
      expect(stageIn(extensionsOf(lost[0]!))).toBe('APPROVED');
      const changes = await stageChanges(p.lead, p.designId);
      expect(changes).toHaveLength(before + 1);
      expect(changes.at(-1)!.data).toMatchObject({ from: 'COMMITTEE_REVIEW', to: 'APPROVED' });
      expect((await readDesign(p.lead, p.designId)).stage).toBe('APPROVED');
    },
  );

  it('the lead and a partner sending back at once: one wins, the other hears CONFLICT, one stage.changed', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const results = await Promise.all([
      transition(p.lead, p.designId, 'DRAFTING', 'Lead: rework the outcomes'),
      transition(p.employer, p.designId, 'DRAFTING', 'Partner: missing safety'),
    ]);
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    const lost = results.find((r) => r.errors?.length)!;
    expect(codeOf(lost)).toBe('CONFLICT');
    const changes = await stageChanges(p.lead, p.designId);
    expect(changes.map((e) => [e.data['from'], e.data['to']])).toEqual([
      ['DRAFTING', 'PARTNER_REVIEW'],
      ['PARTNER_REVIEW', 'DRAFTING'],
    ]);
    const winner = results.findIndex((r) => !r.errors?.length);
    expect(changes[1]!.actor?.id).toBe(winner === 0 ? p.lead.user.id : p.employer.user.id);
  });

  it('a double submit to PARTNER_REVIEW: one wins, the other hears CONFLICT, one snapshot is frozen', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    const results = await Promise.all([
      transition(p.lead, p.designId, 'PARTNER_REVIEW'),
      transition(p.lead, p.designId, 'PARTNER_REVIEW'),
    ]);
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(codeOf(results.find((r) => r.errors?.length)!)).toBe('CONFLICT');
    expect(await readSnapshots(p.lead, p.designId)).toHaveLength(1);
    expect(await stageChanges(p.lead, p.designId)).toHaveLength(1);
  });

  it('archiving while a partner sends back: whoever loses the race is told, the log’s chain of stages is unbroken', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await pipelineDesign(api, { with: ['employer'] });
      await move(p.lead, p.designId, 'PARTNER_REVIEW');
      const [archive, sendBack] = await Promise.all([
        transition(p.lead, p.designId, 'ARCHIVED', 'Programme cancelled'),
        transition(p.employer, p.designId, 'DRAFTING', 'Please rework'),
      ]);
      const changes = await stageChanges(p.lead, p.designId);
      const moved = [archive, sendBack].filter((r) => !r.errors?.length);
      expect(moved.length).toBeGreaterThanOrEqual(1);
      expect(changes).toHaveLength(1 + moved.length);
      // A move that waited on the other one is told CONFLICT; one that came strictly after an
      // archive finds no ARCHIVED → DRAFTING transition.
      for (const refused of [archive, sendBack].filter((r) => r.errors?.length)) {
        expect(['CONFLICT', 'PRECONDITION_FAILED']).toContain(codeOf(refused));
      }
      changes.slice(1).forEach((e, i) => expect(e.data['from']).toBe(changes[i]!.data['to']));
      expect((await readDesign(p.lead, p.designId)).stage).toBe(changes.at(-1)!.data['to']);
    }
  });
});
