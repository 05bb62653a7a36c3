import { startTestApi, TestApi } from '../test-api';

import {
  ACCEPT_INVITATION,
  addComment,
  addOutcome,
  codeOf,
  errorOf,
  founder,
  INVITE_TO_DESIGN,
  join,
  makeDesign,
  OutcomeRecord,
  proposeSkill,
  readDesign,
  readEvents,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  storedState,
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

describe('a stale expectedVersion', () => {
  it('on updateDesign answers CONFLICT with the current design, and changes nothing', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    await cast.lead.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: 'Lead title' },
    });
    const eventsBefore = await readEvents(cast.lead, cast.designId);
    const before = await storedState(api);
    const stale = await cast.faculty.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: 'Faculty title' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(currentOf(stale)).toMatchObject({ id: cast.designId, version: 2, title: 'Lead title' });
    expect(await storedState(api)).toEqual(before);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read).toMatchObject({ title: 'Lead title', version: 2, revision: 2 });
    expect(await readEvents(cast.lead, cast.designId)).toEqual(eventsBefore);
  });

  it('on updateSkill answers CONFLICT with the current skill, and changes nothing', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { name: 'First name' });
    await cast.lead.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, name: 'Second name' },
    });
    await cast.lead.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 2, name: 'Third name' },
    });
    const before = await storedState(api);
    const stale = await cast.employer.client.request(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 2, name: 'Lost edit' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(currentOf(stale)).toMatchObject({ id: skill.id, version: 3, name: 'Third name' });
    expect(await storedState(api)).toEqual(before);
  });

  it('on updateOutcome answers CONFLICT with the current outcome, and changes nothing', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Original statement' });
    await cast.lead.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, statement: 'Lead statement' },
    });
    const before = await storedState(api);
    const stale = await cast.faculty.client.request(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, statement: 'Faculty statement' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(currentOf(stale)).toMatchObject({ id: outcome.id, version: 2, statement: 'Lead statement' });
    expect(await storedState(api)).toEqual(before);
  });

  it('ahead of the stored version is refused with CONFLICT too', async () => {
    const cast = await makeDesign(api);
    const before = await storedState(api);
    const ahead = await cast.lead.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 5, title: 'From the future' },
    });
    expect(codeOf(ahead)).toBe('CONFLICT');
    expect(currentOf(ahead)).toMatchObject({ version: 1 });
    expect(await storedState(api)).toEqual(before);
  });
});

describe('two concurrent updates based on the same version', () => {
  it('of an outcome, from two clients: exactly one succeeds, the other gets CONFLICT (5 rounds)', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcome = await addOutcome(cast.lead, cast.designId);
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all(
        [cast.lead, cast.faculty].map((person, i) =>
          person.client.request(UPDATE_OUTCOME, {
            id: outcome.id,
            input: { expectedVersion: round, statement: `round ${round} by ${i}` },
          }),
        ),
      );
      const winners = results.filter((r) => !r.errors?.length);
      const losers = results.filter((r) => r.errors?.length);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(['CONFLICT']);
      const winner = winners[0]!.data!.updateOutcome;
      expect(winner.version).toBe(round + 1);
      expect(currentOf(losers[0]!)).toMatchObject({
        id: outcome.id,
        version: round + 1,
        statement: winner.statement,
      });
      const stored = (await readDesign(cast.lead, cast.designId)).outcomes.find((o) => o.id === outcome.id)!;
      expect(stored).toMatchObject({ version: round + 1, statement: winner.statement });
    }
  });

  it('of the design: exactly one succeeds, and the revision grows by one', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'faculty2'] });
    const results = await Promise.all(
      [cast.lead, cast.faculty, cast.faculty2].map((person, i) =>
        person.client.request(UPDATE_DESIGN, {
          id: cast.designId,
          input: { expectedVersion: 1, summary: `summary ${i}` },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.length).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read).toMatchObject({ version: 2, revision: 2 });
    expect(
      (await readEvents(cast.lead, cast.designId)).filter((e) => e.type === 'design.updated'),
    ).toHaveLength(1);
  });

  it('of a skill: exactly one succeeds', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const results = await Promise.all(
      [cast.lead, cast.employer].map((person, i) =>
        person.client.request(UPDATE_SKILL, {
          id: skill.id,
          input: { expectedVersion: 1, name: `name ${i}` },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.length).map(codeOf)).toEqual(['CONFLICT']);
    expect((await readDesign(cast.lead, cast.designId)).skills[0]?.version).toBe(2);
  });
});

describe('concurrent writers keep the rules', () => {
  it('ten outcomes added at once get the positions 1..10, each once', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const added = await Promise.all(
      Array.from({ length: 10 }, (_, i) => addOutcome(i % 2 ? cast.lead : cast.faculty, cast.designId)),
    );
    expect(added.map((o) => o.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.map((o) => o.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(read.revision).toBe(11);
  });

  it('removing several outcomes at once closes every gap', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcomes: OutcomeRecord[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(await addOutcome(cast.lead, cast.designId));
    const removed = [outcomes[1]!, outcomes[3]!, outcomes[4]!, outcomes[6]!];
    await Promise.all(
      removed.map((o, i) => (i % 2 ? cast.lead : cast.faculty).client.ok(REMOVE_OUTCOME, { id: o.id })),
    );
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.outcomes.map((o) => [o.id, o.position])).toEqual([
      [outcomes[0]!.id, 1],
      [outcomes[2]!.id, 2],
      [outcomes[5]!.id, 3],
      [outcomes[7]!.id, 4],
    ]);
  });

  it('the same outcome removed twice at once: one removal succeeds, the other answers NOT_FOUND', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcome = await addOutcome(cast.lead, cast.designId);
    const results = await Promise.all(
      [cast.lead, cast.faculty].map((p) => p.client.request(REMOVE_OUTCOME, { id: outcome.id })),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.length).map(codeOf)).toEqual(['NOT_FOUND']);
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.filter((e) => e.type === 'outcome.removed')).toHaveLength(1);
    expect((await readDesign(cast.lead, cast.designId)).revision).toBe(3);
  });

  it('one invitation accepted twice at once: the user joins once, with one participant.joined event', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    const { inviteToDesign } = await cast.lead.client.ok(INVITE_TO_DESIGN, {
      designId: cast.designId,
      email: partner.user.email,
      role: 'EMPLOYER_PARTNER',
    });
    const results = await Promise.all(
      [1, 2, 3].map(() => partner.client.request(ACCEPT_INVITATION, { token: inviteToDesign.token })),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors?.length)) {
      expect(['NOT_FOUND', 'CONFLICT']).toContain(codeOf(refused));
    }
    const rows = await api.sql('SELECT 1 FROM design_participants WHERE design_id = $1 AND user_id = $2', [
      cast.designId,
      partner.user.id,
    ]);
    expect(rows).toHaveLength(1);
    expect((await readEvents(cast.lead, cast.designId)).map((e) => e.type)).toEqual(['participant.joined']);
  });

  it('a lost concurrent update appends no event', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const outcome = await addOutcome(cast.lead, cast.designId);
    await Promise.all(
      [cast.lead, cast.faculty].map((p, i) =>
        p.client.request(UPDATE_OUTCOME, {
          id: outcome.id,
          input: { expectedVersion: 1, statement: `by ${i}` },
        }),
      ),
    );
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.filter((e) => e.type === 'outcome.updated')).toHaveLength(1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });
});

describe('Design.revision', () => {
  it('grows by one with every content change, and not with comments or participants', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer'] });
    const revision = async () => (await readDesign(cast.lead, cast.designId)).revision;
    expect(await revision()).toBe(1);

    await cast.lead.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, sector: 'Energy' },
    });
    expect(await revision()).toBe(2);
    const skill = await proposeSkill(cast.employer, cast.designId);
    expect(await revision()).toBe(3);
    await cast.employer.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, priority: 'ESSENTIAL' },
    });
    expect(await revision()).toBe(4);
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    expect(await revision()).toBe(5);
    await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, bloomLevel: 'ANALYZE' },
    });
    expect(await revision()).toBe(6);

    // Comments, resolving them and new participants leave it alone.
    const comment = await addComment(cast.employer, { designId: cast.designId });
    await addComment(cast.faculty, { designId: cast.designId, parentId: comment.id });
    await cast.lead.client.ok(RESOLVE_COMMENT, { id: comment.id, resolved: true });
    await cast.lead.client.ok(RESOLVE_COMMENT, { id: comment.id, resolved: false });
    await join(cast, await founder(api, 'EMPLOYER'), 'OBSERVER');
    expect(await revision()).toBe(6);

    await cast.faculty.client.ok(REMOVE_OUTCOME, { id: outcome.id });
    expect(await revision()).toBe(7);
    await cast.lead.client.ok(REMOVE_SKILL, { id: skill.id });
    expect(await revision()).toBe(8);
  });

  it('does not move when a change is refused', async () => {
    const cast = await makeDesign(api, { with: ['observer'] });
    const skill = await proposeSkill(cast.lead, cast.designId);
    const before = (await readDesign(cast.lead, cast.designId)).revision;
    await cast.lead.client.request(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 7, name: 'stale' },
    });
    await cast.observer.client.request(REMOVE_SKILL, { id: skill.id });
    await cast.lead.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: '' },
    });
    expect((await readDesign(cast.lead, cast.designId)).revision).toBe(before);
  });
});
