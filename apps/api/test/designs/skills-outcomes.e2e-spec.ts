import { startTestApi, TestApi } from '../test-api';

import {
  ADD_OUTCOME,
  addOutcome,
  codeOf,
  colleagueOf,
  join,
  makeDesign,
  OutcomeRecord,
  PROPOSE_SKILL,
  proposeSkill,
  readDesign,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  storedState,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);
const sorted = (list: string[]) => [...list].sort();

describe('proposeSkill', () => {
  it('stores an employer partner’s skill with priority, framework reference and proposer; version 1; revision +1', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, {
      name: 'Refrigerant handling',
      description: 'Recover and charge refrigerants safely',
      priority: 'ESSENTIAL',
      frameworkRef: {
        framework: 'ESCO',
        code: 'S1.2.3',
        label: 'handle refrigerants',
        url: 'https://esco.ec.europa.eu/skill/123',
      },
    });
    expect(skill).toMatchObject({
      name: 'Refrigerant handling',
      description: 'Recover and charge refrigerants safely',
      priority: 'ESSENTIAL',
      frameworkRef: {
        framework: 'ESCO',
        code: 'S1.2.3',
        label: 'handle refrigerants',
        url: 'https://esco.ec.europa.eu/skill/123',
      },
      proposedBy: { id: cast.employer.user.id },
      version: 1,
      coveredBy: [],
    });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.revision).toBe(2);
    expect(read.skills).toEqual([expect.objectContaining({ id: skill.id, name: 'Refrigerant handling' })]);
  });

  it('stores a skill without a framework reference as frameworkRef null', async () => {
    const cast = await makeDesign(api);
    const skill = await proposeSkill(cast.lead, cast.designId, { priority: 'NICE_TO_HAVE' });
    expect(skill.frameworkRef).toBeNull();
    expect(skill.priority).toBe('NICE_TO_HAVE');
  });

  it('is allowed to LEAD, FACULTY and community (EMPLOYER_PARTNER) participants', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'community'] });
    for (const person of [cast.lead, cast.faculty, cast.community]) {
      const skill = await proposeSkill(person, cast.designId);
      expect(skill.proposedBy.id).toBe(person.user.id);
    }
    expect((await readDesign(cast.lead, cast.designId)).skills).toHaveLength(3);
  });

  it.each(['observer', 'committee'] as const)(
    'refuses an %s with FORBIDDEN, storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member] });
      const before = await storedState(api);
      const result = await cast[member].client.request(PROPOSE_SKILL, {
        designId: cast.designId,
        input: { name: 'Not allowed', priority: 'ESSENTIAL' },
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
      expect((await readDesign(cast.lead, cast.designId)).skills).toEqual([]);
    },
  );
});

describe('updateSkill and removeSkill', () => {
  it('lets the lead update a skill: changed fields, version +1, revision +1', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { name: 'Wiring', priority: 'IMPORTANT' });
    const { updateSkill } = await cast.lead.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: {
        expectedVersion: 1,
        name: 'Low-voltage wiring',
        priority: 'ESSENTIAL',
        frameworkRef: { framework: 'NOC', code: '72200', label: 'Electricians' },
      },
    });
    expect(updateSkill).toMatchObject({
      id: skill.id,
      name: 'Low-voltage wiring',
      priority: 'ESSENTIAL',
      frameworkRef: { framework: 'NOC', code: '72200', label: 'Electricians', url: null },
      version: 2,
      proposedBy: { id: cast.employer.user.id },
    });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.revision).toBe(3);
    expect(read.skills[0]).toMatchObject({ name: 'Low-voltage wiring', version: 2 });
  });

  it('lets a partner update and remove skills proposed by their own organization, including a colleague’s', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const colleague = await colleagueOf(api, cast.employer);
    await join(cast, colleague, 'EMPLOYER_PARTNER');
    const skill = await proposeSkill(cast.employer, cast.designId);
    const { updateSkill } = await colleague.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, description: 'Clarified by a colleague' },
    });
    expect(updateSkill.description).toBe('Clarified by a colleague');
    const own = await proposeSkill(cast.employer, cast.designId);
    const { removeSkill } = await cast.employer.client.ok(REMOVE_SKILL, {
      id: own.id,
    });
    expect(removeSkill).toBe(true);
    expect(ids((await readDesign(cast.lead, cast.designId)).skills)).toEqual([skill.id]);
  });

  it('refuses a partner updating or removing another organization’s skill (FORBIDDEN), storing nothing', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'employer2', 'community'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { name: 'Original name' });
    const facultySkill = await proposeSkill(cast.lead, cast.designId, { name: 'Lead skill' });
    const before = await storedState(api);
    for (const other of [cast.employer2, cast.community]) {
      for (const target of [skill, facultySkill]) {
        const updated = await other.client.request(UPDATE_SKILL, {
          id: target.id,
          input: { expectedVersion: 1, name: 'Taken over' },
        });
        expect(codeOf(updated)).toBe('FORBIDDEN');
        expect(codeOf(await other.client.request(REMOVE_SKILL, { id: target.id }))).toBe('FORBIDDEN');
      }
    }
    expect(await storedState(api)).toEqual(before);
    expect((await readDesign(cast.lead, cast.designId)).skills.map((s) => s.name).sort()).toEqual([
      'Lead skill',
      'Original name',
    ]);
  });

  it.each(['observer', 'committee'] as const)(
    'refuses an %s updating or removing a skill (FORBIDDEN), storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member] });
      const skill = await proposeSkill(cast.lead, cast.designId);
      const before = await storedState(api);
      const result = await cast[member].client.request(UPDATE_SKILL, {
        id: skill.id,
        input: { expectedVersion: 1, name: 'Nope' },
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(codeOf(await cast[member].client.request(REMOVE_SKILL, { id: skill.id }))).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
    },
  );

  it('removes a skill: revision +1, it leaves every outcome that covered it, and a second removal is NOT_FOUND', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const kept = await proposeSkill(cast.lead, cast.designId);
    const removed = await proposeSkill(cast.lead, cast.designId);
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [kept.id, removed.id] });
    const revisionBefore = (await readDesign(cast.lead, cast.designId)).revision;

    const { removeSkill } = await cast.faculty.client.ok(REMOVE_SKILL, {
      id: removed.id,
    });
    expect(removeSkill).toBe(true);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.revision).toBe(revisionBefore + 1);
    expect(ids(read.skills)).toEqual([kept.id]);
    expect(read.outcomes.find((o) => o.id === outcome.id)?.skills.map((s) => s.id)).toEqual([kept.id]);
    const [{ count }] = (await api.sql<{ count: string }>(
      'SELECT count(*) FROM outcome_skills WHERE skill_id = $1',
      [removed.id],
    )) as [{ count: string }];
    expect(Number(count)).toBe(0);

    const before = await storedState(api);
    expect(codeOf(await cast.lead.client.request(REMOVE_SKILL, { id: removed.id }))).toBe('NOT_FOUND');
    expect(await storedState(api)).toEqual(before);
  });
});

describe('outcomes', () => {
  it('lets FACULTY add an outcome with Bloom level, assessment method and covered skills; version 1; revision +1', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer'] });
    const a = await proposeSkill(cast.employer, cast.designId);
    const b = await proposeSkill(cast.employer, cast.designId);
    const revisionBefore = (await readDesign(cast.lead, cast.designId)).revision;
    const outcome = await addOutcome(cast.faculty, cast.designId, {
      statement: 'Commission a heat pump to manufacturer specification',
      bloomLevel: 'CREATE',
      assessmentMethod: 'Observed practical',
      skillIds: [a.id, b.id],
    });
    expect(outcome).toMatchObject({
      statement: 'Commission a heat pump to manufacturer specification',
      bloomLevel: 'CREATE',
      assessmentMethod: 'Observed practical',
      position: 1,
      version: 1,
    });
    expect(sorted(ids(outcome.skills))).toEqual(sorted([a.id, b.id]));
    expect((await readDesign(cast.lead, cast.designId)).revision).toBe(revisionBefore + 1);
  });

  it('keeps outcomes in a dense position order: a new one goes last, removing one closes the gap', async () => {
    const cast = await makeDesign(api);
    const first = await addOutcome(cast.lead, cast.designId);
    const second = await addOutcome(cast.lead, cast.designId);
    const third = await addOutcome(cast.lead, cast.designId);
    expect([first.position, second.position, third.position]).toEqual([1, 2, 3]);
    let read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.map((o) => [o.id, o.position])).toEqual([
      [first.id, 1],
      [second.id, 2],
      [third.id, 3],
    ]);

    const { removeOutcome } = await cast.lead.client.ok(REMOVE_OUTCOME, {
      id: second.id,
    });
    expect(removeOutcome).toBe(true);
    read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.map((o) => [o.id, o.position])).toEqual([
      [first.id, 1],
      [third.id, 2],
    ]);
    const fourth = await addOutcome(cast.lead, cast.designId);
    expect(fourth.position).toBe(3);
  });

  it('moves an outcome with updateOutcome(position), keeping the order dense', async () => {
    const cast = await makeDesign(api);
    const [o1, o2, o3] = [
      await addOutcome(cast.lead, cast.designId),
      await addOutcome(cast.lead, cast.designId),
      await addOutcome(cast.lead, cast.designId),
    ] as [OutcomeRecord, OutcomeRecord, OutcomeRecord];
    const { updateOutcome } = await cast.lead.client.ok(UPDATE_OUTCOME, {
      id: o3.id,
      input: { expectedVersion: 1, position: 1 },
    });
    expect(updateOutcome.position).toBe(1);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.map((o) => [o.id, o.position])).toEqual([
      [o3.id, 1],
      [o1.id, 2],
      [o2.id, 3],
    ]);
  });

  it('updates an outcome: statement, Bloom level and skills replaced; version +1; revision +1', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const a = await proposeSkill(cast.lead, cast.designId);
    const b = await proposeSkill(cast.lead, cast.designId);
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [a.id] });
    const revisionBefore = (await readDesign(cast.lead, cast.designId)).revision;
    const { updateOutcome } = await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: {
        expectedVersion: 1,
        statement: 'Evaluate a system design',
        bloomLevel: 'EVALUATE',
        assessmentMethod: 'Portfolio',
        skillIds: [b.id],
      },
    });
    expect(updateOutcome).toMatchObject({
      statement: 'Evaluate a system design',
      bloomLevel: 'EVALUATE',
      assessmentMethod: 'Portfolio',
      version: 2,
      position: 1,
      skills: [{ id: b.id }],
    });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.revision).toBe(revisionBefore + 1);
    expect(read.skills.find((s) => s.id === a.id)?.coveredBy).toEqual([]);
    expect(read.skills.find((s) => s.id === b.id)?.coveredBy).toEqual([{ id: outcome.id }]);
  });

  it.each(['employer', 'community', 'observer', 'committee'] as const)(
    'refuses a %s adding, updating or removing an outcome (FORBIDDEN), storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member] });
      const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Lead statement' });
      const before = await storedState(api);
      const person = cast[member];
      expect(
        codeOf(
          await person.client.request(ADD_OUTCOME, {
            designId: cast.designId,
            input: { statement: 'Partner statement', bloomLevel: 'APPLY' },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(
          await person.client.request(UPDATE_OUTCOME, {
            id: outcome.id,
            input: { expectedVersion: 1, statement: 'Rewritten by a partner' },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await person.client.request(REMOVE_OUTCOME, { id: outcome.id }))).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
      const read = await readDesign(cast.lead, cast.designId);
      expect(read.outcomes.map((o) => o.statement)).toEqual(['Lead statement']);
    },
  );
});

describe('coverage', () => {
  it('lists uncovered skills and uncovered ESSENTIAL skills, and Skill.coveredBy names the covering outcomes', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const essential = await proposeSkill(cast.employer, cast.designId, { priority: 'ESSENTIAL' });
    const essential2 = await proposeSkill(cast.employer, cast.designId, { priority: 'ESSENTIAL' });
    const important = await proposeSkill(cast.employer, cast.designId, { priority: 'IMPORTANT' });
    const nice = await proposeSkill(cast.employer, cast.designId, { priority: 'NICE_TO_HAVE' });

    let read = await readDesign(cast.lead, cast.designId);
    expect(sorted(ids(read.coverage.uncoveredSkills))).toEqual(
      sorted([essential.id, essential2.id, important.id, nice.id]),
    );
    expect(sorted(ids(read.coverage.uncoveredEssentialSkills))).toEqual(
      sorted([essential.id, essential2.id]),
    );

    const o1 = await addOutcome(cast.faculty, cast.designId, { skillIds: [essential.id, important.id] });
    const o2 = await addOutcome(cast.faculty, cast.designId, { skillIds: [essential.id] });
    read = await readDesign(cast.lead, cast.designId);
    expect(sorted(ids(read.coverage.uncoveredSkills))).toEqual(sorted([essential2.id, nice.id]));
    expect(ids(read.coverage.uncoveredEssentialSkills)).toEqual([essential2.id]);
    const skill = (id: string) => read.skills.find((s) => s.id === id)!;
    expect(sorted(ids(skill(essential.id).coveredBy))).toEqual(sorted([o1.id, o2.id]));
    expect(ids(skill(important.id).coveredBy)).toEqual([o1.id]);
    expect(skill(nice.id).coveredBy).toEqual([]);

    // Raising a covered skill's priority does not make it a gap; raising an uncovered one does.
    await cast.lead.client.ok(UPDATE_SKILL, {
      id: nice.id,
      input: { expectedVersion: 1, priority: 'ESSENTIAL' },
    });
    read = await readDesign(cast.lead, cast.designId);
    expect(sorted(ids(read.coverage.uncoveredEssentialSkills))).toEqual(sorted([essential2.id, nice.id]));

    // Removing the only covering outcome turns the skill back into a gap.
    await cast.faculty.client.ok(REMOVE_OUTCOME, { id: o1.id });
    read = await readDesign(cast.lead, cast.designId);
    expect(ids(read.coverage.uncoveredSkills)).toContain(important.id);
    expect(ids(read.coverage.uncoveredSkills)).not.toContain(essential.id);
  });
});
