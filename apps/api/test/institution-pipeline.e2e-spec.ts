/**
 * The pipeline is data: an institution with its own definition (no partner review; a committee
 * that approves by majority, then publication) moves its designs through that pipeline without
 * any change to the transition code, while other institutions keep the default.
 */
import { DesignStage } from '@mc/designs';

import { addOutcome, institutionAdmin, makeDesign, proposeSkill } from './designs/design-factories';
import { startTestApi, TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const TRANSITION = `
  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {
    transitionDesign(designId: $designId, to: $to, rationale: $rationale) { id stage snapshots { stage } }
  }`;
const DECIDE = `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`;

const FAST_TRACK = {
  name: 'fast track (no partner review)',
  transitions: [
    {
      from: 'DRAFTING',
      to: 'COMMITTEE_REVIEW',
      roles: ['LEAD'],
      rationaleRequired: false,
      gates: ['hasSkillsAndOutcomes'],
    },
    {
      from: 'COMMITTEE_REVIEW',
      to: 'APPROVED',
      roles: ['COMMITTEE_MEMBER'],
      rationaleRequired: false,
      gates: ['committeeMajority'],
    },
    { from: 'APPROVED', to: 'PUBLISHED', roles: ['LEAD', 'FACULTY'], rationaleRequired: false, gates: [] },
    { from: '*', to: 'ARCHIVED', roles: ['LEAD'], rationaleRequired: true, gates: [] },
  ],
  snapshotOn: ['COMMITTEE_REVIEW'],
  decisions: [{ stage: 'COMMITTEE_REVIEW', role: 'COMMITTEE_MEMBER', kinds: ['APPROVE', 'REJECT'] }],
  finalStages: ['ARCHIVED'],
};

describe('an institution-specific pipeline', () => {
  it('is followed by the same transition code: no partner review, faculty may publish', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'committee', 'employer'] });
    await api.sql(`INSERT INTO workflow_pipelines (institution_id, definition) VALUES ($1, $2)`, [
      cast.institution.id,
      JSON.stringify(FAST_TRACK),
    ]);
    // Even an uncovered ESSENTIAL skill does not block here: this pipeline has no such gate.
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });

    const toPartners = await cast.lead.client.request(TRANSITION, {
      designId: cast.designId,
      to: 'PARTNER_REVIEW',
    });
    expect(toPartners.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(toPartners.errors?.[0]?.extensions?.allowed).toEqual(['COMMITTEE_REVIEW', 'ARCHIVED']);

    const review = await cast.lead.client.ok<{
      transitionDesign: { stage: string; snapshots: Array<{ stage: string }> };
    }>(TRANSITION, {
      designId: cast.designId,
      to: 'COMMITTEE_REVIEW',
    });
    expect(review.transitionDesign.stage).toBe(DesignStage.COMMITTEE_REVIEW);
    expect(review.transitionDesign.snapshots.map((s) => s.stage)).toEqual(['COMMITTEE_REVIEW']);

    // ABSTAIN is not among this pipeline's committee decisions.
    const abstain = await cast.committee.client.request(DECIDE, { designId: cast.designId, kind: 'ABSTAIN' });
    expect(abstain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await cast.committee.client.ok(DECIDE, { designId: cast.designId, kind: 'APPROVE' });
    await cast.committee.client.ok(TRANSITION, { designId: cast.designId, to: 'APPROVED' });
    const published = await cast.faculty.client.ok<{ transitionDesign: { stage: string } }>(TRANSITION, {
      designId: cast.designId,
      to: 'PUBLISHED',
    });
    expect(published.transitionDesign.stage).toBe('PUBLISHED');
  });

  it('leaves other institutions on the default pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    const skipped = await cast.lead.client.request(TRANSITION, {
      designId: cast.designId,
      to: 'COMMITTEE_REVIEW',
    });
    expect(skipped.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(skipped.errors?.[0]?.extensions?.allowed).toEqual(['PARTNER_REVIEW', 'ARCHIVED']);
  });
});

describe('what the caller may do now (Design.availableTransitions / availableDecisions)', () => {
  const AVAILABLE = `
    query Available($id: ID!) {
      design(id: $id) { stage availableTransitions { to rationaleRequired } availableDecisions }
    }`;
  type Available = {
    design: {
      stage: string;
      availableTransitions: Array<{ to: string; rationaleRequired: boolean }>;
      availableDecisions: string[];
    };
  };

  it('follows the role and the default pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer', 'committee'] });
    const lead = await cast.lead.client.ok<Available>(AVAILABLE, { id: cast.designId });
    expect(lead.design.availableTransitions).toEqual([
      { to: 'PARTNER_REVIEW', rationaleRequired: false },
      { to: 'ARCHIVED', rationaleRequired: true },
    ]);
    expect(lead.design.availableDecisions).toEqual([]);
    for (const person of [cast.faculty, cast.employer, cast.committee]) {
      const seen = await person.client.ok<Available>(AVAILABLE, { id: cast.designId });
      expect(seen.design.availableTransitions).toEqual([]);
    }
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    await cast.lead.client.ok(TRANSITION, { designId: cast.designId, to: 'PARTNER_REVIEW' });
    const employer = await cast.employer.client.ok<Available>(AVAILABLE, { id: cast.designId });
    expect(employer.design.availableTransitions).toEqual([{ to: 'DRAFTING', rationaleRequired: true }]);
    expect(employer.design.availableDecisions).toEqual(['ENDORSE', 'REQUEST_CHANGES']);
  });

  it('follows an institution’s own pipeline', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'committee'] });
    await api.sql(`INSERT INTO workflow_pipelines (institution_id, definition) VALUES ($1, $2)`, [
      cast.institution.id,
      JSON.stringify(FAST_TRACK),
    ]);
    const lead = await cast.lead.client.ok<Available>(AVAILABLE, { id: cast.designId });
    expect(lead.design.availableTransitions.map((t) => t.to)).toEqual(['COMMITTEE_REVIEW', 'ARCHIVED']);
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    await cast.lead.client.ok(TRANSITION, { designId: cast.designId, to: 'COMMITTEE_REVIEW' });
    const member = await cast.committee.client.ok<Available>(AVAILABLE, { id: cast.designId });
    expect(member.design.availableDecisions).toEqual(['APPROVE', 'REJECT']);
    expect(member.design.availableTransitions).toEqual([{ to: 'APPROVED', rationaleRequired: false }]);
  });

  it('offers nothing to an institution ADMIN who sees the design without taking part', async () => {
    const cast = await makeDesign(api);
    const admin = await institutionAdmin(api, cast);
    const seen = await admin.client.ok<Available>(AVAILABLE, { id: cast.designId });
    expect(seen.design).toEqual({ stage: 'DRAFTING', availableTransitions: [], availableDecisions: [] });
  });
});
