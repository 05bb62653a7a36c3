import { GraphQLClient } from '@mc/testing';

import {
  addComment,
  addOutcome,
  codeOf,
  colleagueOf,
  join,
  makeDesign,
  Person,
  proposeSkill,
  readDesign,
  readEvents,
  UPDATE_DESIGN,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import {
  CATALOG,
  decide,
  EXPORT_BRIEF,
  exportBadge,
  gateOf,
  move,
  readDecisions,
  readSnapshots,
  transition,
} from './workflow-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('the whole pipeline, walked by real users of every role', () => {
  it('goes from a draft to a published credential: gates met, snapshots frozen, every step logged, then public and exportable', async () => {
    const startedAt = Date.now();
    const title = 'Industrial Electrical Troubleshooting';
    const cast = await makeDesign(api, {
      with: ['faculty', 'employer', 'employer2', 'observer'],
      input: { title, summary: 'Find and fix faults in industrial control circuits.', hours: 40 },
    });
    const { lead, faculty, employer, employer2, observer, designId } = cast;
    expect(employer.user.organization.kind).toBe('EMPLOYER');
    expect(employer2.user.organization.kind).toBe('EMPLOYER');
    expect(employer2.user.organization.id).not.toBe(employer.user.organization.id);

    const committee: Person[] = [];
    for (let i = 0; i < 3; i += 1) {
      const member = await colleagueOf(api, lead);
      await join(cast, member, 'COMMITTEE_MEMBER');
      committee.push(member);
    }
    const [chair, second, third] = committee as [Person, Person, Person];

    // Drafting: partners propose skills, faculty writes outcomes covering them.
    await lead.client.ok(UPDATE_DESIGN, {
      id: designId,
      input: { expectedVersion: 1, language: 'en', assessmentApproach: 'Practical lab assessment' },
    });
    const schematics = await proposeSkill(employer, designId, {
      name: 'Reads electrical schematics',
      priority: 'ESSENTIAL',
      frameworkRef: {
        framework: 'ESCO',
        code: 'S1.2.3',
        label: 'read schematics',
        url: 'https://esco.ec.europa.eu/s',
      },
    });
    const safety = await proposeSkill(employer2, designId, {
      name: 'Applies lock-out procedures',
      priority: 'IMPORTANT',
    });
    const trace = await addOutcome(faculty, designId, {
      statement: 'Trace a fault through a wiring schematic',
      bloomLevel: 'ANALYZE',
      skillIds: [schematics.id],
    });
    const lockout = await addOutcome(faculty, designId, {
      statement: 'Apply lock-out tag-out before opening a panel',
      bloomLevel: 'APPLY',
      skillIds: [safety.id],
    });
    await addComment(observer, { designId, body: 'Looks relevant to our members' });
    const drafted = await readDesign(lead, designId);
    expect(drafted.coverage.uncoveredEssentialSkills).toEqual([]);
    const revision = drafted.revision;

    // The lead submits to partner review: a snapshot is frozen.
    const inPartnerReview = await move(lead, designId, 'PARTNER_REVIEW');
    expect(inPartnerReview.stage).toBe('PARTNER_REVIEW');
    expect(inPartnerReview.revision).toBe(revision);
    expect(inPartnerReview.snapshots).toHaveLength(1);
    expect(inPartnerReview.snapshots[0]).toMatchObject({ revision, stage: 'PARTNER_REVIEW' });

    // Both employer organizations endorse.
    await decide(employer, designId, 'ENDORSE', 'Exactly what our technicians need');
    await decide(employer2, designId, 'ENDORSE', 'Endorsed by our training manager');
    expect((await readDecisions(lead, designId)).map((d) => [d.user.id, d.kind, d.revision]).sort()).toEqual(
      [
        [employer.user.id, 'ENDORSE', revision],
        [employer2.user.id, 'ENDORSE', revision],
      ].sort(),
    );

    // The lead submits to the committee: a second snapshot.
    const inCommitteeReview = await move(lead, designId, 'COMMITTEE_REVIEW');
    expect(inCommitteeReview.stage).toBe('COMMITTEE_REVIEW');
    expect(inCommitteeReview.snapshots).toHaveLength(2);
    expect(inCommitteeReview.snapshots[1]).toMatchObject({ revision, stage: 'COMMITTEE_REVIEW' });

    // Two of the three committee members approve: a majority; one of them approves the design.
    await decide(chair, designId, 'APPROVE', 'Well aligned');
    await decide(second, designId, 'APPROVE', 'Ready');
    const approved = await move(third, designId, 'APPROVED');
    expect(approved.stage).toBe('APPROVED');
    expect(approved.snapshots).toHaveLength(2);

    // The lead publishes.
    const published = await move(lead, designId, 'PUBLISHED');
    expect(published.stage).toBe('PUBLISHED');
    expect(published.revision).toBe(revision);

    // Public through the catalog, without a token.
    const anonymous = new GraphQLClient(api.url);
    const { publishedCatalog } = await anonymous.ok(CATALOG, { first: 100 });
    expect(publishedCatalog.edges.map((e) => e.node)).toContainEqual({
      id: designId,
      title,
      publishedAt: expect.any(String),
    });

    // The Open Badges 3.0 achievement.
    const badge = await exportBadge<{ criteria: { narrative: string } } & Record<string, unknown>>(
      lead,
      designId,
    );
    expect(([] as unknown[]).concat(badge['type'])).toContain('Achievement');
    expect(badge['achievementType']).toBe('MicroCredential');
    expect(badge['name']).toBe(title);
    expect(typeof badge.criteria.narrative).toBe('string');
    expect(badge.criteria.narrative).toContain(trace.statement);
    expect(badge.criteria.narrative).toContain(lockout.statement);

    // The Markdown brief.
    const { exportBrief: brief } = await committee[0]!.client.ok(EXPORT_BRIEF, {
      designId,
    });
    expect(brief).toContain(title);
    for (const text of [schematics.name, safety.name, trace.statement, lockout.statement])
      expect(brief).toContain(text);

    // The log: every transition and decision with its actor and rationale.
    const events = await readEvents(observer, designId, 0, 1000);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const snapshots = await readSnapshots(lead, designId);
    const changes = events.filter((e) => e.type === 'stage.changed');
    expect(changes.map((e) => [e.actor?.id, e.data['from'], e.data['to']])).toEqual([
      [lead.user.id, 'DRAFTING', 'PARTNER_REVIEW'],
      [lead.user.id, 'PARTNER_REVIEW', 'COMMITTEE_REVIEW'],
      [third.user.id, 'COMMITTEE_REVIEW', 'APPROVED'],
      [lead.user.id, 'APPROVED', 'PUBLISHED'],
    ]);
    expect(changes.map((e) => e.data['snapshotId'] ?? null)).toEqual([
      snapshots[0]!.id,
      snapshots[1]!.id,
      null,
      null,
    ]);
    for (const change of changes) {
      expect(new Date(change.at).getTime()).toBeGreaterThanOrEqual(startedAt - 5_000);
    }
    const recorded = events.filter((e) => e.type === 'decision.recorded');
    expect(recorded.map((e) => e.actor?.id)).toEqual([
      employer.user.id,
      employer2.user.id,
      chair.user.id,
      second.user.id,
    ]);
    const notes = [
      'Exactly what our technicians need',
      'Endorsed by our training manager',
      'Well aligned',
      'Ready',
    ];
    recorded.forEach((e, i) => {
      expect(JSON.stringify(e.data)).toContain(notes[i]);
      expect(JSON.stringify(e.data)).toContain(i < 2 ? 'ENDORSE' : 'APPROVE');
    });
    // Transitions happened in log order, after the content that was submitted.
    const seqOf = (type: string, to?: string) =>
      events.find((e) => e.type === type && (to === undefined || e.data['to'] === to))!.seq;
    expect(seqOf('outcome.added')).toBeLessThan(seqOf('stage.changed', 'PARTNER_REVIEW'));
    expect(seqOf('decision.recorded')).toBeGreaterThan(seqOf('stage.changed', 'PARTNER_REVIEW'));
  });

  it('logs a send-back with its actor and its rationale', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.lead, cast.designId, { skillIds: [skill.id] });
    await move(cast.lead, cast.designId, 'PARTNER_REVIEW');
    const rationale = 'The safety outcome is missing; please add it before we endorse.';
    const back = await move(cast.employer, cast.designId, 'DRAFTING', rationale);
    expect(back.stage).toBe('DRAFTING');
    const last = (await readEvents(cast.lead, cast.designId, 0, 1000)).at(-1)!;
    expect(last).toMatchObject({
      type: 'stage.changed',
      actor: { id: cast.employer.user.id },
      data: { from: 'PARTNER_REVIEW', to: 'DRAFTING', rationale },
    });
    expect(last.data['snapshotId'] ?? null).toBeNull();
  });

  it('needs the endorsement of a community partner organization taking part alongside an employer, and then moves on', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'community'] });
    const skill = await proposeSkill(cast.community, cast.designId, { priority: 'ESSENTIAL' });
    await addOutcome(cast.lead, cast.designId, { skillIds: [skill.id] });
    await move(cast.lead, cast.designId, 'PARTNER_REVIEW');
    await decide(cast.employer, cast.designId, 'ENDORSE');
    const waiting = await transition(cast.lead, cast.designId, 'COMMITTEE_REVIEW');
    expect(codeOf(waiting)).toBe('PRECONDITION_FAILED');
    expect(gateOf(waiting, 'partnerEndorsements')?.['organizations']).toEqual([
      { id: cast.community.user.organization.id, name: cast.community.user.organization.name },
    ]);
    await decide(cast.community, cast.designId, 'ENDORSE');
    expect((await move(cast.lead, cast.designId, 'COMMITTEE_REVIEW')).stage).toBe('COMMITTEE_REVIEW');
  });
});
