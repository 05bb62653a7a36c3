/**
 * Field-level merge (SPEC "Writing together", short fields): an update naming a stale
 * `expectedVersion` succeeds when nobody else changed a field it sets since that version, and
 * answers CONFLICT (with the current record) only when someone did. Decided from the design's log
 * (each update's entry says which fields it changed); the version still bumps on every write.
 */
import { startTestApi, TestApi } from '../test-api';
import { expectRefused } from '../workflow/workflow-factories';

import {
  addOutcome,
  codeOf,
  errorOf,
  makeDesign,
  proposeSkill,
  readDesign,
  readEvents,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const currentOf = (result: Parameters<typeof errorOf>[0]) =>
  errorOf(result).extensions?.['current'] as Record<string, unknown> | undefined;

describe('the design', () => {
  it('two people change hours and deliveryMode from the same version: both are stored', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    await cast.lead.client.ok(UPDATE_DESIGN, { id: cast.designId, input: { expectedVersion: 1, hours: 40 } });
    const { updateDesign } = await cast.faculty.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, deliveryMode: 'HYBRID' },
    });
    expect(updateDesign).toMatchObject({ hours: 40, deliveryMode: 'HYBRID', version: 3 });
    expect(await readDesign(cast.lead, cast.designId)).toMatchObject({
      hours: 40,
      deliveryMode: 'HYBRID',
      version: 3,
      revision: 3,
    });
    const updates = (await readEvents(cast.lead, cast.designId)).filter((e) => e.type === 'design.updated');
    expect(updates.map((e) => [e.data['version'], e.data['changed']])).toEqual([
      [2, ['hours']],
      [3, ['deliveryMode']],
    ]);
  });

  it('two people change hours from the same version: the second gets CONFLICT with the current design', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    await cast.lead.client.ok(UPDATE_DESIGN, { id: cast.designId, input: { expectedVersion: 1, hours: 40 } });
    const result = await expectRefused(
      api,
      cast,
      () =>
        cast.faculty.client.request(UPDATE_DESIGN, {
          id: cast.designId,
          input: { expectedVersion: 1, hours: 12, deliveryMode: 'ONLINE' },
        }),
      'CONFLICT',
    );
    expect(currentOf(result)).toMatchObject({ hours: 40, version: 2 });
    expect(errorOf(result).message).toMatch(/hours/);
    expect(errorOf(result).message).not.toMatch(/deliveryMode/);
    // Whose change "Theirs" is, for the conflict dialog.
    expect(errorOf(result).extensions?.['changedBy']).toEqual([
      { id: cast.lead.user.id, displayName: cast.lead.user.displayName },
    ]);
  });

  it('at once from the same version: different fields both succeed, the same field once', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'faculty2'] });
    const different = await Promise.all([
      cast.lead.client.request(UPDATE_DESIGN, {
        id: cast.designId,
        input: { expectedVersion: 1, hours: 30 },
      }),
      cast.faculty.client.request(UPDATE_DESIGN, {
        id: cast.designId,
        input: { expectedVersion: 1, deliveryMode: 'ONLINE' },
      }),
      cast.faculty2.client.request(UPDATE_DESIGN, {
        id: cast.designId,
        input: { expectedVersion: 1, sector: 'Energy' },
      }),
    ]);
    expect(different.filter((r) => r.errors?.length)).toEqual([]);
    expect(await readDesign(cast.lead, cast.designId)).toMatchObject({
      hours: 30,
      deliveryMode: 'ONLINE',
      sector: 'Energy',
      version: 4,
    });
    const same = await Promise.all(
      [cast.lead, cast.faculty].map((p, i) =>
        p.client.request(UPDATE_DESIGN, { id: cast.designId, input: { expectedVersion: 4, hours: 10 + i } }),
      ),
    );
    expect(same.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(same.filter((r) => r.errors?.length).map(codeOf)).toEqual(['CONFLICT']);
    expect((await readDesign(cast.lead, cast.designId)).version).toBe(5);
  });

  it("one's own change since does not conflict with one's own stale update", async () => {
    const cast = await makeDesign(api);
    await cast.lead.client.ok(UPDATE_DESIGN, { id: cast.designId, input: { expectedVersion: 1, hours: 20 } });
    const { updateDesign } = await cast.lead.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, hours: 25 },
    });
    expect(updateDesign).toMatchObject({ hours: 25, version: 3 });
  });

  it('a version the log does not explain counts as a change of every field (CONFLICT)', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    await cast.lead.client.ok(UPDATE_DESIGN, { id: cast.designId, input: { expectedVersion: 1, hours: 20 } });
    // A write that bumped the version without a log entry saying what it changed.
    await api.sql('UPDATE designs SET version = version + 1 WHERE id = $1', [cast.designId]);
    const result = await cast.faculty.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, deliveryMode: 'ONLINE' },
    });
    expect(codeOf(result)).toBe('CONFLICT');
    const fromTwo = await cast.faculty.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 2, deliveryMode: 'ONLINE' },
    });
    expect(codeOf(fromTwo)).toBe('CONFLICT');
    const fromThree = await cast.faculty.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 3, deliveryMode: 'ONLINE' },
    });
    expect(fromThree.updateDesign.version).toBe(4);
  });
});

describe('a skill', () => {
  it('two people change name and priority from the same version: both stored; name twice: CONFLICT', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { name: 'Wiring', priority: 'IMPORTANT' });
    await cast.lead.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, name: 'Panel wiring' },
    });
    const { updateSkill } = await cast.employer.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, priority: 'ESSENTIAL' },
    });
    expect(updateSkill).toMatchObject({ name: 'Panel wiring', priority: 'ESSENTIAL', version: 3 });
    const result = await expectRefused(
      api,
      cast,
      () =>
        cast.employer.client.request(UPDATE_SKILL, {
          id: skill.id,
          input: { expectedVersion: 1, name: 'Wiring panels' },
        }),
      'CONFLICT',
    );
    expect(currentOf(result)).toMatchObject({ id: skill.id, name: 'Panel wiring', version: 3 });
    const entries = (await readEvents(cast.lead, cast.designId)).filter((e) => e.type === 'skill.updated');
    expect(entries.map((e) => e.data['changed'])).toEqual([['name'], ['priority']]);
  });

  it('a framework reference counts as one field', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const ref = { framework: 'ESCO', code: 'S1.2' };
    await cast.lead.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, frameworkRef: ref },
    });
    const stale = await cast.employer.client.request(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, frameworkRef: { framework: 'NOC', code: '7241' } },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    await cast.employer.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, name: 'Other' },
    });
  });
});

describe('an outcome', () => {
  it('two people change statement and bloomLevel from the same version: both stored; bloomLevel twice: CONFLICT', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Learners test circuits' });
    await cast.lead.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, statement: 'Learners test live circuits safely' },
    });
    const { updateOutcome } = await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, bloomLevel: 'EVALUATE' },
    });
    expect(updateOutcome).toMatchObject({
      statement: 'Learners test live circuits safely',
      bloomLevel: 'EVALUATE',
      version: 3,
    });
    await cast.lead.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 3, bloomLevel: 'ANALYZE' },
    });
    const result = await expectRefused(
      api,
      cast,
      () =>
        cast.faculty.client.request(UPDATE_OUTCOME, {
          id: outcome.id,
          input: { expectedVersion: 3, bloomLevel: 'CREATE' },
        }),
      'CONFLICT',
    );
    expect(currentOf(result)).toMatchObject({ id: outcome.id, bloomLevel: 'ANALYZE', version: 4 });
  });

  it('covered skills are one field: changed by someone else since, a stale change of them conflicts', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const [a, b] = [
      await proposeSkill(cast.lead, cast.designId),
      await proposeSkill(cast.lead, cast.designId),
    ];
    const outcome = await addOutcome(cast.lead, cast.designId);
    await cast.lead.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, skillIds: [a.id] },
    });
    const stale = await cast.faculty.client.request(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, skillIds: [b.id] },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const merged = await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, assessmentMethod: 'Practical test' },
    });
    expect(merged.updateOutcome).toMatchObject({ assessmentMethod: 'Practical test', version: 3 });
    expect(merged.updateOutcome.skills.map((s) => s.id)).toEqual([a.id]);
  });
});
