/**
 * The pipeline is data: an institution with its own definition (no partner review; a committee
 * that approves by majority, then publication) moves its designs through that pipeline without
 * any change to the transition code, while other institutions keep the default.
 */
import { DesignStage } from '@mc/designs';

import {
  addOutcome,
  founder,
  institutionAdmin,
  makeDesign,
  Person,
  proposeSkill,
} from './designs/design-factories';
import { graphql } from './gql';
import { startTestApi, TestApi } from './test-api';
import { publishPipeline } from './workflow/pipeline-factories';
import { decide, decision, move, transition } from './workflow/workflow-factories';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const FAST_TRACK = {
  name: 'fast track (no partner review)',
  stages: [
    {
      stage: 'DRAFTING',
      kind: 'work',
      transitions: [
        {
          to: 'COMMITTEE_REVIEW',
          roles: ['LEAD'],
          gates: [{ type: 'minimumContent', skills: 1, outcomes: 1 }],
        },
      ],
    },
    {
      stage: 'COMMITTEE_REVIEW',
      kind: 'review',
      snapshot: true,
      decisions: [{ role: 'COMMITTEE_MEMBER', kinds: ['APPROVE', 'REJECT'] }],
      transitions: [
        {
          to: 'APPROVED',
          roles: ['COMMITTEE_MEMBER'],
          gates: [{ type: 'committeeVotes', quorum: 'majority' }],
        },
      ],
    },
    {
      stage: 'APPROVED',
      kind: 'work',
      transitions: [{ to: 'PUBLISHED', roles: ['LEAD', 'FACULTY'], gates: [] }],
    },
    { stage: 'PUBLISHED', kind: 'work' },
    { stage: 'ARCHIVED', kind: 'final' },
  ],
  fromAnyStage: [{ to: 'ARCHIVED', roles: ['LEAD'], gates: [{ type: 'rationale' }] }],
};

/** A lead whose institution has published FAST_TRACK (before any of its designs exist). */
async function fastTrackLead(): Promise<Person> {
  const lead = await founder(api, 'POST_SECONDARY');
  await publishPipeline(lead, FAST_TRACK);
  return lead;
}

describe('an institution-specific pipeline', () => {
  it('is followed by the same transition code: no partner review, faculty may publish', async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'committee', 'employer'],
      lead: await fastTrackLead(),
    });
    // Even an uncovered ESSENTIAL skill does not block here: this pipeline has no such gate.
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });

    const toPartners = await transition(cast.lead, cast.designId, 'PARTNER_REVIEW');
    expect(toPartners.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(toPartners.errors?.[0]?.extensions?.allowed).toEqual(['COMMITTEE_REVIEW', 'ARCHIVED']);

    const review = await move(cast.lead, cast.designId, 'COMMITTEE_REVIEW');
    expect(review.stage).toBe(DesignStage.COMMITTEE_REVIEW);
    expect(review.snapshots.map((s) => s.stage)).toEqual(['COMMITTEE_REVIEW']);

    // ABSTAIN is not among this pipeline's committee decisions.
    const abstain = await decision(cast.committee, cast.designId, 'ABSTAIN');
    expect(abstain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await decide(cast.committee, cast.designId, 'APPROVE');
    await move(cast.committee, cast.designId, 'APPROVED');
    const published = await move(cast.faculty, cast.designId, 'PUBLISHED');
    expect(published.stage).toBe('PUBLISHED');
  });

  it('leaves other institutions on the default pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    const skipped = await transition(cast.lead, cast.designId, 'COMMITTEE_REVIEW');
    expect(skipped.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(skipped.errors?.[0]?.extensions?.allowed).toEqual(['PARTNER_REVIEW', 'ARCHIVED']);
  });
});

describe('what the caller may do now (Design.availableTransitions / availableDecisions)', () => {
  const AVAILABLE = graphql(`
    query Available($id: ID!) {
      design(id: $id) {
        stage
        availableTransitions {
          to
          rationaleRequired
        }
        availableDecisions
      }
    }
  `);
  const available = (person: Person, designId: string) => person.client.ok(AVAILABLE, { id: designId });

  it('follows the role and the default pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer', 'committee'] });
    const lead = await available(cast.lead, cast.designId);
    expect(lead.design.availableTransitions).toEqual([
      { to: 'PARTNER_REVIEW', rationaleRequired: false },
      { to: 'ARCHIVED', rationaleRequired: true },
    ]);
    expect(lead.design.availableDecisions).toEqual([]);
    for (const person of [cast.faculty, cast.employer, cast.committee]) {
      const seen = await available(person, cast.designId);
      expect(seen.design.availableTransitions).toEqual([]);
    }
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    await move(cast.lead, cast.designId, 'PARTNER_REVIEW');
    const employer = await available(cast.employer, cast.designId);
    expect(employer.design.availableTransitions).toEqual([{ to: 'DRAFTING', rationaleRequired: true }]);
    expect(employer.design.availableDecisions).toEqual(['ENDORSE', 'REQUEST_CHANGES']);
  });

  it('follows an institution’s own pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'committee'], lead: await fastTrackLead() });
    const lead = await available(cast.lead, cast.designId);
    expect(lead.design.availableTransitions.map((t) => t.to)).toEqual(['COMMITTEE_REVIEW', 'ARCHIVED']);
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    await move(cast.lead, cast.designId, 'COMMITTEE_REVIEW');
    const member = await available(cast.committee, cast.designId);
    expect(member.design.availableDecisions).toEqual(['APPROVE', 'REJECT']);
    expect(member.design.availableTransitions).toEqual([{ to: 'APPROVED', rationaleRequired: false }]);
  });

  it('offers nothing to an institution ADMIN who sees the design without taking part', async () => {
    const cast = await makeDesign(api);
    const admin = await institutionAdmin(api, cast);
    const seen = await available(admin, cast.designId);
    expect(seen.design).toEqual({ stage: 'DRAFTING', availableTransitions: [], availableDecisions: [] });
  });
});
