import { GraphQLClient } from '@mc/testing';

import {
  addOutcome,
  codeOf,
  colleagueOf,
  createDesign,
  founder,
  institutionAdmin,
  proposeSkill,
  readDesign,
  readEvents,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  unknownId,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import {
  advance,
  COMPARE,
  compare,
  FieldChange,
  move,
  pipelineDesign,
  readSnapshots,
  SNAPSHOTS,
} from './workflow-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const byPath = (changes: FieldChange[]) => [...changes].sort((a, b) => a.path.localeCompare(b.path));

describe('entering a review stage freezes a snapshot', () => {
  it('PARTNER_REVIEW and COMMITTEE_REVIEW each freeze one (revision, stage, takenAt); other stages do not', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1 });
    expect(await readSnapshots(p.lead, p.designId)).toEqual([]);
    const { revision } = await readDesign(p.lead, p.designId);

    const t0 = Date.now();
    const inPartnerReview = await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const t1 = Date.now();
    expect(inPartnerReview.snapshots).toHaveLength(1);
    const first = inPartnerReview.snapshots[0]!;
    expect(first).toMatchObject({ revision, stage: 'PARTNER_REVIEW' });
    expect(new Date(first.takenAt).getTime()).toBeGreaterThanOrEqual(t0 - 5_000);
    expect(new Date(first.takenAt).getTime()).toBeLessThanOrEqual(t1 + 5_000);

    await advance(p, 'COMMITTEE_REVIEW', 'PARTNER_REVIEW');
    let snapshots = await readSnapshots(p.lead, p.designId);
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]).toEqual(first);
    expect(snapshots[1]).toMatchObject({ revision, stage: 'COMMITTEE_REVIEW' });
    expect(snapshots[1]!.id).not.toBe(first.id);
    expect(new Date(snapshots[1]!.takenAt).getTime()).toBeGreaterThanOrEqual(
      new Date(first.takenAt).getTime(),
    );

    await advance(p, 'PUBLISHED', 'COMMITTEE_REVIEW');
    await move(p.lead, p.designId, 'ARCHIVED', 'Superseded');
    snapshots = await readSnapshots(p.lead, p.designId);
    expect(snapshots).toHaveLength(2);

    // Each stage.changed names the snapshot it froze, if any.
    const changes = (await readEvents(p.lead, p.designId, 0, 1000)).filter((e) => e.type === 'stage.changed');
    expect(changes.map((e) => [e.data['to'], e.data['snapshotId'] ?? null])).toEqual([
      ['PARTNER_REVIEW', snapshots[0]!.id],
      ['COMMITTEE_REVIEW', snapshots[1]!.id],
      ['APPROVED', null],
      ['PUBLISHED', null],
      ['ARCHIVED', null],
    ]);
  });

  it('each entry into review freezes a new one, oldest first, with the revision of the moment', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'faculty'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await move(p.employer, p.designId, 'DRAFTING', 'Rename the skill');
    await p.faculty.client.ok(UPDATE_SKILL, {
      id: p.skill.id,
      input: { expectedVersion: p.skill.version, name: 'Renamed' },
    });
    const { revision } = await readDesign(p.lead, p.designId);
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const snapshots = await readSnapshots(p.lead, p.designId);
    expect(snapshots.map((s) => [s.stage, s.revision])).toEqual([
      ['PARTNER_REVIEW', revision - 1],
      ['PARTNER_REVIEW', revision],
    ]);
    const times = snapshots.map((s) => new Date(s.takenAt).getTime());
    expect(times[1]).toBeGreaterThanOrEqual(times[0]!);
  });

  it('every participant (and an institution ADMIN) sees the snapshots; an outsider gets NOT_FOUND', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'observer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const admin = await institutionAdmin(api, p);
    const expected = await readSnapshots(p.lead, p.designId);
    for (const viewer of [p.employer, p.observer, admin])
      expect(await readSnapshots(viewer, p.designId)).toEqual(expected);
    const outsider = await founder(api, 'EMPLOYER');
    expect(codeOf(await outsider.client.request(SNAPSHOTS, { id: p.designId }))).toBe('NOT_FOUND');
  });
});

describe('compareSnapshots', () => {
  /**
   * The committee's first and second look: the committee sends the design back, faculty edits an
   * outcome's statement, adds a skill and changes the alignment, and the design goes back through
   * partner review to the committee.
   */
  async function twoCommitteeLooks() {
    const p = await pipelineDesign(api, {
      with: ['faculty', 'employer'],
      committee: 1,
      stage: 'COMMITTEE_REVIEW',
    });
    const firstLook = (await readSnapshots(p.lead, p.designId)).find((s) => s.stage === 'COMMITTEE_REVIEW')!;
    await move(p.committee[0]!, p.designId, 'DRAFTING', 'Outcomes must mention safety');

    const newStatement = 'Trace a fault through a wiring schematic safely, using lock-out';
    await p.faculty.client.ok(UPDATE_OUTCOME, {
      id: p.outcome.id,
      input: { expectedVersion: p.outcome.version, statement: newStatement },
    });
    const added = await proposeSkill(p.faculty, p.designId, {
      name: 'Applies lock-out procedures',
      priority: 'IMPORTANT',
    });
    const current = (await readDesign(p.lead, p.designId)).outcomes.find((o) => o.id === p.outcome.id)!;
    await p.faculty.client.ok(UPDATE_OUTCOME, {
      id: p.outcome.id,
      input: { expectedVersion: current.version, skillIds: [p.skill.id, added.id] },
    });
    await advance(p, 'COMMITTEE_REVIEW');
    const snapshots = await readSnapshots(p.lead, p.designId);
    const secondLook = snapshots.filter((s) => s.stage === 'COMMITTEE_REVIEW')[1]!;
    return { ...p, firstLook, secondLook, snapshots, added, newStatement };
  }

  it('between the committee’s first and second look lists exactly the changed paths, with before and after', async () => {
    const c = await twoCommitteeLooks();
    expect(c.snapshots.map((s) => s.stage)).toEqual([
      'PARTNER_REVIEW',
      'COMMITTEE_REVIEW',
      'PARTNER_REVIEW',
      'COMMITTEE_REVIEW',
    ]);
    expect(c.secondLook.revision).toBeGreaterThan(c.firstLook.revision);

    const changes = byPath(await compare(c.committee[0]!, c.firstLook.id, c.secondLook.id));
    expect(changes.map((x) => x.path)).toEqual(
      [
        `outcomes[${c.outcome.id}].skillIds`,
        `outcomes[${c.outcome.id}].statement`,
        `skills[${c.added.id}]`,
      ].sort(),
    );
    const at = (path: string) => changes.find((x) => x.path === path)!;
    expect(at(`outcomes[${c.outcome.id}].statement`)).toEqual({
      path: `outcomes[${c.outcome.id}].statement`,
      before: c.outcome.statement,
      after: c.newStatement,
    });
    expect(at(`skills[${c.added.id}]`).before).toBeNull();
    expect(at(`skills[${c.added.id}]`).after).toMatchObject({
      id: c.added.id,
      name: 'Applies lock-out procedures',
      priority: 'IMPORTANT',
    });
    const alignment = at(`outcomes[${c.outcome.id}].skillIds`);
    expect(alignment.before).toEqual([c.skill.id]);
    expect([...(alignment.after as string[])].sort()).toEqual([c.skill.id, c.added.id].sort());
  });

  it('the other way round swaps before and after (an added skill is then removed: after null)', async () => {
    const c = await twoCommitteeLooks();
    const forward = byPath(await compare(c.lead, c.firstLook.id, c.secondLook.id));
    const backward = byPath(await compare(c.lead, c.secondLook.id, c.firstLook.id));
    expect(backward).toEqual(forward.map((x) => ({ path: x.path, before: x.after, after: x.before })));
  });

  it('comparing a snapshot with itself, or two snapshots of the same revision, gives []', async () => {
    const c = await twoCommitteeLooks();
    expect(await compare(c.lead, c.firstLook.id, c.firstLook.id)).toEqual([]);
    expect(await compare(c.employer, c.secondLook.id, c.secondLook.id)).toEqual([]);
  });

  it('is frozen: later edits do not change what an earlier snapshot shows', async () => {
    const c = await twoCommitteeLooks();
    const before = await compare(c.lead, c.firstLook.id, c.secondLook.id);
    await move(c.committee[0]!, c.designId, 'DRAFTING', 'One more pass');
    await c.lead.client.ok(UPDATE_DESIGN, {
      id: c.designId,
      input: { expectedVersion: 1, title: 'A later title' },
    });
    expect(await compare(c.lead, c.firstLook.id, c.secondLook.id)).toEqual(before);
  });

  it('names design fields, added and removed skills and outcomes, renamed skills, priorities, framework references and positions', async () => {
    const p = await pipelineDesign(api, {
      with: ['faculty', 'employer'],
      input: { title: 'Old title', hours: 20 },
    });
    const extra = await proposeSkill(p.employer, p.designId, { name: 'Soldering', priority: 'NICE_TO_HAVE' });
    const second = await addOutcome(p.faculty, p.designId, {
      statement: 'Second outcome',
      skillIds: [p.skill.id],
    });
    expect(second.position).toBe(2);
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const from = (await readSnapshots(p.lead, p.designId))[0]!;
    await move(p.lead, p.designId, 'DRAFTING', 'Edits');

    await p.lead.client.ok(UPDATE_DESIGN, {
      id: p.designId,
      input: { expectedVersion: 1, title: 'New title', hours: 30 },
    });
    await p.faculty.client.ok(REMOVE_SKILL, { id: extra.id });
    await p.faculty.client.ok(UPDATE_SKILL, {
      id: p.skill.id,
      input: {
        expectedVersion: p.skill.version,
        name: 'Reads schematics',
        priority: 'IMPORTANT',
        frameworkRef: { framework: 'O*NET', code: '47-2111.00' },
      },
    });
    await p.faculty.client.ok(REMOVE_OUTCOME, { id: p.outcome.id });
    const third = await addOutcome(p.faculty, p.designId, {
      statement: 'Third outcome',
      bloomLevel: 'EVALUATE',
    });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const to = (await readSnapshots(p.lead, p.designId))[1]!;

    const changes = byPath(await compare(p.lead, from.id, to.id));
    expect(changes.map((x) => x.path)).toEqual(
      [
        'title',
        'hours',
        `skills[${extra.id}]`,
        `skills[${p.skill.id}].name`,
        `skills[${p.skill.id}].priority`,
        `skills[${p.skill.id}].frameworkRef`,
        `outcomes[${p.outcome.id}]`,
        `outcomes[${second.id}].position`,
        `outcomes[${third.id}]`,
      ].sort(),
    );
    const at = (path: string) => changes.find((x) => x.path === path)!;
    expect(at('title')).toMatchObject({ before: 'Old title', after: 'New title' });
    expect(at('hours')).toMatchObject({ before: 20, after: 30 });
    expect(at(`skills[${extra.id}]`).before).toMatchObject({ id: extra.id, name: 'Soldering' });
    expect(at(`skills[${extra.id}]`).after).toBeNull();
    expect(at(`skills[${p.skill.id}].name`)).toMatchObject({
      before: 'Reads electrical schematics',
      after: 'Reads schematics',
    });
    expect(at(`skills[${p.skill.id}].priority`)).toMatchObject({ before: 'ESSENTIAL', after: 'IMPORTANT' });
    expect(at(`skills[${p.skill.id}].frameworkRef`).before).toBeNull();
    expect(at(`skills[${p.skill.id}].frameworkRef`).after).toMatchObject({
      framework: 'O*NET',
      code: '47-2111.00',
    });
    expect(at(`outcomes[${p.outcome.id}]`).before).toMatchObject({
      id: p.outcome.id,
      statement: p.outcome.statement,
    });
    expect(at(`outcomes[${p.outcome.id}]`).after).toBeNull();
    expect(at(`outcomes[${second.id}].position`)).toMatchObject({ before: 2, after: 1 });
    expect(at(`outcomes[${third.id}]`).before).toBeNull();
    expect(at(`outcomes[${third.id}]`).after).toMatchObject({
      id: third.id,
      statement: 'Third outcome',
      bloomLevel: 'EVALUATE',
    });
  });

  it('an outsider gets NOT_FOUND, exactly as for an unknown snapshot id', async () => {
    const c = await twoCommitteeLooks();
    const outsiders = [
      await founder(api, 'EMPLOYER'),
      await colleagueOf(api, c.employer),
      await founder(api, 'POST_SECONDARY'),
    ];
    for (const outsider of outsiders) {
      expect(
        codeOf(await outsider.client.request(COMPARE, { fromId: c.firstLook.id, toId: c.secondLook.id })),
      ).toBe('NOT_FOUND');
    }
    expect(codeOf(await c.lead.client.request(COMPARE, { fromId: c.firstLook.id, toId: unknownId() }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await c.lead.client.request(COMPARE, { fromId: unknownId(), toId: c.secondLook.id }))).toBe(
      'NOT_FOUND',
    );
    // one of mine and one I may not see: still NOT_FOUND, not BAD_USER_INPUT
    const other = await pipelineDesign(api);
    await move(other.lead, other.designId, 'PARTNER_REVIEW');
    const hidden = (await readSnapshots(other.lead, other.designId))[0]!;
    expect(codeOf(await c.lead.client.request(COMPARE, { fromId: c.firstLook.id, toId: hidden.id }))).toBe(
      'NOT_FOUND',
    );
    const anonymous = new GraphQLClient(api.url);
    expect(codeOf(await anonymous.request(COMPARE, { fromId: c.firstLook.id, toId: c.secondLook.id }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('snapshots of two different designs, both visible to the caller → BAD_USER_INPUT', async () => {
    const a = await pipelineDesign(api);
    const other = await createDesign(a.lead);
    const skill = await proposeSkill(a.lead, other.id, { priority: 'ESSENTIAL' });
    await addOutcome(a.lead, other.id, { skillIds: [skill.id] });
    await move(a.lead, a.designId, 'PARTNER_REVIEW');
    await move(a.lead, other.id, 'PARTNER_REVIEW');
    const first = (await readSnapshots(a.lead, a.designId))[0]!;
    const second = (await readSnapshots(a.lead, other.id))[0]!;
    const result = await a.lead.client.request(COMPARE, { fromId: first.id, toId: second.id });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.data?.['compareSnapshots' as keyof typeof result.data] ?? null).toBeNull();
  });
});
