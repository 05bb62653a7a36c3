import {
  codeOf,
  colleagueOf,
  founder,
  join,
  namesField,
  Person,
  readDesign,
  readEvents,
  unknownId,
  UPDATE_SKILL,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import {
  advance,
  decide,
  decision,
  DecisionRecord,
  expectRefused,
  FullCast,
  fullDesign,
  gateOf,
  gatesOf,
  move,
  pipelineDesign,
  readDecisions,
  transition,
} from './workflow-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const orgOf = (person: Person) => ({ id: person.user.organization.id, name: person.user.organization.name });
const sortOrgs = (orgs: unknown) =>
  [...((orgs as Array<{ id: string; name: string }>) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
const standing = (list: DecisionRecord[]) => list.map((d) => [d.user.id, d.kind, d.revision]).sort();

describe('in PARTNER_REVIEW', () => {
  let p: FullCast;
  beforeAll(async () => {
    p = await fullDesign(api, 'PARTNER_REVIEW');
  }, 120_000);

  it.each(['ENDORSE', 'REQUEST_CHANGES'] as const)(
    'an employer partner may record %s, on the current revision',
    async (kind) => {
      const { revision } = await readDesign(p.lead, p.designId);
      const before = Date.now();
      const recorded = await decide(p.employer, p.designId, kind, `A ${kind} note`);
      expect(recorded).toMatchObject({
        kind,
        revision,
        note: `A ${kind} note`,
        user: { id: p.employer.user.id },
      });
      expect(new Date(recorded.createdAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
      const current = await readDecisions(p.lead, p.designId);
      expect(current.filter((d) => d.user.id === p.employer.user.id)).toEqual([recorded]);
    },
  );

  it.each(['APPROVE', 'REJECT', 'ABSTAIN'] as const)(
    'an employer partner recording %s (not a partner’s kind) → FORBIDDEN',
    async (kind) => {
      await expectRefused(api, p, () => decision(p.employer, p.designId, kind), 'FORBIDDEN');
    },
  );

  it('a committee member recording ENDORSE (never a committee kind) → FORBIDDEN', async () => {
    await expectRefused(api, p, () => decision(p.committee[0]!, p.designId, 'ENDORSE'), 'FORBIDDEN');
  });

  it.each(['APPROVE', 'REJECT', 'ABSTAIN'] as const)(
    'a committee member recording %s before committee review → PRECONDITION_FAILED',
    async (kind) => {
      await expectRefused(api, p, () => decision(p.committee[0]!, p.designId, kind), 'PRECONDITION_FAILED');
    },
  );

  it.each([
    ['the lead', 'lead'],
    ['faculty', 'faculty'],
    ['the observer', 'observer'],
    ['an institution ADMIN who is not a participant', 'admin'],
  ] as Array<[string, 'lead' | 'faculty' | 'observer' | 'admin']>)(
    '%s recording any kind → FORBIDDEN',
    async (_name, who) => {
      for (const kind of ['ENDORSE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'ABSTAIN'] as const) {
        await expectRefused(api, p, () => decision(p[who], p.designId, kind), 'FORBIDDEN');
      }
    },
  );

  it('an outsider and an unknown id → NOT_FOUND', async () => {
    const outsider = await founder(api, 'EMPLOYER');
    const sameEmployer = await colleagueOf(api, p.employer);
    await expectRefused(api, p, () => decision(outsider, p.designId, 'ENDORSE'), 'NOT_FOUND');
    await expectRefused(api, p, () => decision(sameEmployer, p.designId, 'ENDORSE'), 'NOT_FOUND');
    await expectRefused(api, p, () => decision(p.employer, unknownId(), 'ENDORSE'), 'NOT_FOUND');
  });

  it('a note of more than 2,000 characters → BAD_USER_INPUT naming it; 2,000 is fine', async () => {
    const result = await expectRefused(
      api,
      p,
      () => decision(p.employer, p.designId, 'ENDORSE', 'x'.repeat(2001)),
      'BAD_USER_INPUT',
    );
    expect(namesField(result, 'note')).toBe(true);
    expect((await decide(p.employer, p.designId, 'ENDORSE', 'y'.repeat(2000))).note).toHaveLength(2000);
  });
});

describe('in COMMITTEE_REVIEW', () => {
  let p: FullCast;
  beforeAll(async () => {
    p = await fullDesign(api, 'COMMITTEE_REVIEW');
  }, 120_000);

  it.each(['APPROVE', 'REJECT', 'REQUEST_CHANGES', 'ABSTAIN'] as const)(
    'a committee member may record %s',
    async (kind) => {
      const { revision } = await readDesign(p.lead, p.designId);
      const member = p.committee[2]!;
      const recorded = await decide(member, p.designId, kind, `Vote: ${kind}`);
      expect(recorded).toMatchObject({ kind, revision, note: `Vote: ${kind}`, user: { id: member.user.id } });
      const mine = (await readDecisions(p.lead, p.designId)).filter((d) => d.user.id === member.user.id);
      expect(mine).toEqual([recorded]);
    },
  );

  it('a committee member recording ENDORSE → FORBIDDEN', async () => {
    await expectRefused(api, p, () => decision(p.committee[0]!, p.designId, 'ENDORSE'), 'FORBIDDEN');
  });

  it.each(['APPROVE', 'REJECT', 'ABSTAIN'] as const)(
    'an employer partner recording %s → FORBIDDEN',
    async (kind) => {
      await expectRefused(api, p, () => decision(p.employer, p.designId, kind), 'FORBIDDEN');
    },
  );

  it('an employer partner endorsing after partner review → PRECONDITION_FAILED', async () => {
    await expectRefused(api, p, () => decision(p.employer, p.designId, 'ENDORSE'), 'PRECONDITION_FAILED');
  });

  it.each([
    ['the lead', 'lead'],
    ['faculty', 'faculty'],
    ['the observer', 'observer'],
    ['an institution ADMIN who is not a participant', 'admin'],
  ] as Array<[string, 'lead' | 'faculty' | 'observer' | 'admin']>)(
    '%s voting → FORBIDDEN',
    async (_name, who) => {
      for (const kind of ['APPROVE', 'REJECT', 'REQUEST_CHANGES', 'ABSTAIN'] as const) {
        await expectRefused(api, p, () => decision(p[who], p.designId, kind), 'FORBIDDEN');
      }
    },
  );
});

describe('the right role in the wrong stage → PRECONDITION_FAILED', () => {
  it.each(['DRAFTING', 'APPROVED', 'PUBLISHED', 'ARCHIVED'] as const)(
    'in %s: no endorsement, no vote',
    async (stage) => {
      const p = await fullDesign(api, stage);
      await expectRefused(api, p, () => decision(p.employer, p.designId, 'ENDORSE'), 'PRECONDITION_FAILED');
      await expectRefused(
        api,
        p,
        () => decision(p.employer, p.designId, 'REQUEST_CHANGES'),
        'PRECONDITION_FAILED',
      );
      await expectRefused(
        api,
        p,
        () => decision(p.committee[0]!, p.designId, 'APPROVE'),
        'PRECONDITION_FAILED',
      );
      await expectRefused(
        api,
        p,
        () => decision(p.committee[0]!, p.designId, 'REJECT'),
        'PRECONDITION_FAILED',
      );
    },
  );
});

describe('one standing decision per person per revision', () => {
  it('a new decision by the same person on the same revision replaces the old one; both are in the log', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const first = await decide(p.employer, p.designId, 'ENDORSE', 'Looks good');
    const second = await decide(p.employer, p.designId, 'REQUEST_CHANGES', 'On second thought, add safety');
    expect(second.revision).toBe(first.revision);

    const current = await readDecisions(p.lead, p.designId);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      kind: 'REQUEST_CHANGES',
      note: 'On second thought, add safety',
      user: { id: p.employer.user.id },
    });
    expect(await readDecisions(p.lead, p.designId, false)).toHaveLength(1);

    const recorded = (await readEvents(p.lead, p.designId, 0, 1000)).filter(
      (e) => e.type === 'decision.recorded',
    );
    expect(recorded.map((e) => e.actor?.id)).toEqual([p.employer.user.id, p.employer.user.id]);
    expect(JSON.stringify(recorded[0]!.data)).toContain('Looks good');
    expect(JSON.stringify(recorded[1]!.data)).toContain('On second thought, add safety');

    // The replaced endorsement no longer counts.
    const result = await transition(p.lead, p.designId, 'COMMITTEE_REVIEW');
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(sortOrgs(gateOf(result, 'partnerEndorsements')?.['organizations'])).toEqual([orgOf(p.employer)]);
  });

  it('two decisions by the same person at once leave one standing decision and two log entries', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const results = await Promise.all([
      decision(p.employer, p.designId, 'ENDORSE', 'one'),
      decision(p.employer, p.designId, 'REQUEST_CHANGES', 'two'),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const current = await readDecisions(p.lead, p.designId);
    expect(current).toHaveLength(1);
    const recorded = (await readEvents(p.lead, p.designId, 0, 1000)).filter(
      (e) => e.type === 'decision.recorded',
    );
    expect(recorded).toHaveLength(2);
    // the standing one is the one logged last
    expect(JSON.stringify(recorded[1]!.data)).toContain(current[0]!.note!);
  });

  /** The person's rows on the design, and the design's `decision.recorded` entries and last seq. */
  async function stored(designId: string, person: Person) {
    const rows = await api.sql<{ id: string; kind: string; note: string | null; updated_at: Date }>(
      'SELECT id, kind, note, updated_at FROM design_decisions WHERE design_id = $1 AND user_id = $2',
      [designId, person.user.id],
    );
    const entries = await api.sql<{ seq: number }>(
      `SELECT seq FROM design_events WHERE design_id = $1 AND type = 'decision.recorded' ORDER BY seq`,
      [designId],
    );
    const [{ last_seq: lastSeq }] = (await api.sql<{ last_seq: number }>(
      'SELECT last_seq FROM designs WHERE id = $1',
      [designId],
    )) as [{ last_seq: number }];
    return { rows, entries: entries.length, lastSeq: Number(lastSeq) };
  }

  it('the same decision recorded again is a no-op: one row, one log entry, and the answer is the standing decision', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const first = await decide(p.employer, p.designId, 'ENDORSE', 'Looks good');
    const after = await stored(p.designId, p.employer);
    expect(after.rows).toHaveLength(1);
    expect(after.entries).toBe(1);

    // The note is compared as stored (trimmed), so surrounding blanks do not make it different.
    for (const note of ['Looks good', '  Looks good  ']) {
      expect(await decide(p.employer, p.designId, 'ENDORSE', note)).toEqual(first);
    }
    expect(await stored(p.designId, p.employer)).toEqual(after);
    expect(await readDecisions(p.lead, p.designId)).toEqual([first]);
  });

  it('ten identical decisions at once by the same person are one row and one log entry', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const before = await stored(p.designId, p.employer);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => decision(p.employer, p.designId, 'ENDORSE', 'Same note')),
    );
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const answered = results.map((r) => r.data!.recordDecision);
    // Every caller is answered with the one standing decision.
    expect(new Set(answered.map((d) => JSON.stringify(d))).size).toBe(1);
    const after = await stored(p.designId, p.employer);
    expect(after.rows).toEqual([
      expect.objectContaining({ id: answered[0]!.id, kind: 'ENDORSE', note: 'Same note' }),
    ]);
    expect(after.entries).toBe(1);
    expect(after.lastSeq).toBe(before.lastSeq + 1);
  });

  it('the same kind with a different note is a different decision: it replaces the standing one and is logged', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const first = await decide(p.employer, p.designId, 'ENDORSE', 'Looks good');
    const second = await decide(p.employer, p.designId, 'ENDORSE', 'Looks good, with the safety outcome');
    const withoutNote = await decide(p.employer, p.designId, 'ENDORSE');
    expect(second).toMatchObject({ id: first.id, note: 'Looks good, with the safety outcome' });
    expect(withoutNote).toMatchObject({ id: first.id, note: null });
    const after = await stored(p.designId, p.employer);
    expect(after.rows).toEqual([expect.objectContaining({ kind: 'ENDORSE', note: null })]);
    expect(after.entries).toBe(3);
  });

  it('a committee member changing an APPROVE to REJECT takes the approval away', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 3, stage: 'COMMITTEE_REVIEW' });
    await decide(p.committee[0]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'REJECT', 'Changed my mind');
    const result = await transition(p.committee[0]!, p.designId, 'APPROVED');
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(gateOf(result, 'committeeApprovals')).toMatchObject({ approvals: 1, committeeSize: 3 });
    // the partner's endorsement of this revision still stands beside the two committee votes
    expect((await readDecisions(p.lead, p.designId)).map((d) => d.kind).sort()).toEqual([
      'APPROVE',
      'ENDORSE',
      'REJECT',
    ]);
  });

  it('an organization has endorsed when one of its participants’ standing decision is ENDORSE', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'employer2'] });
    const colleague = await colleagueOf(api, p.employer);
    await join(p, colleague, 'EMPLOYER_PARTNER');
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE');
    await decide(colleague, p.designId, 'REQUEST_CHANGES', 'I would add more');
    await decide(p.employer2, p.designId, 'ENDORSE');
    expect((await move(p.lead, p.designId, 'COMMITTEE_REVIEW')).stage).toBe('COMMITTEE_REVIEW');
  });
});

describe('decisions across revisions', () => {
  it('the send-back-and-resubmit round: after an edit the old endorsements no longer count until given again', async () => {
    const p = await pipelineDesign(api, { with: ['faculty', 'employer', 'employer2'] });
    const { revision: r1 } = await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE', 'first look');
    await decide(p.employer2, p.designId, 'ENDORSE', 'first look');
    await move(p.lead, p.designId, 'DRAFTING', 'The committee will want a clearer skill name');

    await p.faculty.client.ok(UPDATE_SKILL, {
      id: p.skill.id,
      input: { expectedVersion: p.skill.version, name: 'Reads and annotates electrical schematics' },
    });
    const { revision: r2, stage } = await move(p.lead, p.designId, 'PARTNER_REVIEW');
    expect(stage).toBe('PARTNER_REVIEW');
    expect(r2).toBeGreaterThan(r1);

    expect(await readDecisions(p.lead, p.designId)).toEqual([]);
    const older = await readDecisions(p.lead, p.designId, false);
    expect(standing(older)).toEqual(
      [
        [p.employer.user.id, 'ENDORSE', r1],
        [p.employer2.user.id, 'ENDORSE', r1],
      ].sort(),
    );

    let result = await transition(p.lead, p.designId, 'COMMITTEE_REVIEW');
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(gatesOf(result)).toEqual(['partnerEndorsements']);
    expect(sortOrgs(gateOf(result, 'partnerEndorsements')?.['organizations'])).toEqual(
      sortOrgs([orgOf(p.employer), orgOf(p.employer2)]),
    );

    const again = await decide(p.employer, p.designId, 'ENDORSE', 'still good');
    expect(again.revision).toBe(r2);
    result = await transition(p.lead, p.designId, 'COMMITTEE_REVIEW');
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(sortOrgs(gateOf(result, 'partnerEndorsements')?.['organizations'])).toEqual([orgOf(p.employer2)]);

    await decide(p.employer2, p.designId, 'ENDORSE', 'still good');
    expect((await move(p.lead, p.designId, 'COMMITTEE_REVIEW')).stage).toBe('COMMITTEE_REVIEW');

    expect(standing(await readDecisions(p.lead, p.designId))).toEqual(
      [
        [p.employer.user.id, 'ENDORSE', r2],
        [p.employer2.user.id, 'ENDORSE', r2],
      ].sort(),
    );
    expect(standing(await readDecisions(p.lead, p.designId, false))).toEqual(
      [
        [p.employer.user.id, 'ENDORSE', r1],
        [p.employer2.user.id, 'ENDORSE', r1],
        [p.employer.user.id, 'ENDORSE', r2],
        [p.employer2.user.id, 'ENDORSE', r2],
      ].sort(),
    );
  });

  it('a send-back without any edit keeps the revision, so the endorsements still count', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    const { revision } = await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE');
    await move(p.employer, p.designId, 'DRAFTING', 'Oops, wrong button');
    expect((await move(p.lead, p.designId, 'PARTNER_REVIEW')).revision).toBe(revision);
    expect((await move(p.lead, p.designId, 'COMMITTEE_REVIEW')).stage).toBe('COMMITTEE_REVIEW');
  });

  it('committee votes of an earlier revision do not count after a send-back and an edit', async () => {
    const p = await pipelineDesign(api, {
      with: ['employer', 'faculty'],
      committee: 3,
      stage: 'COMMITTEE_REVIEW',
    });
    const r1 = (await readDesign(p.lead, p.designId)).revision;
    await decide(p.committee[0]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'REQUEST_CHANGES', 'Clarify the assessment');
    await move(p.committee[1]!, p.designId, 'DRAFTING', 'Clarify the assessment');
    await p.faculty.client.ok(UPDATE_SKILL, {
      id: p.skill.id,
      input: { expectedVersion: p.skill.version, description: 'Including PLC ladder diagrams' },
    });
    await advance(p, 'COMMITTEE_REVIEW');
    const r2 = (await readDesign(p.lead, p.designId)).revision;
    expect(r2).toBeGreaterThan(r1);

    const result = await transition(p.committee[0]!, p.designId, 'APPROVED');
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    expect(gateOf(result, 'committeeApprovals')).toMatchObject({ needed: 2, approvals: 0, committeeSize: 3 });
    const all = await readDecisions(p.lead, p.designId, false);
    expect(
      all
        .filter((d) => d.revision === r1)
        .map((d) => [d.user.id, d.kind])
        .sort(),
    ).toEqual(
      [
        [p.committee[0]!.user.id, 'APPROVE'],
        [p.committee[1]!.user.id, 'REQUEST_CHANGES'],
        [p.employer.user.id, 'ENDORSE'],
      ].sort(),
    );
    expect((await readDecisions(p.lead, p.designId)).every((d) => d.revision === r2)).toBe(true);
  });

  it('every decision participant can read the decisions; an outsider cannot', async () => {
    const p = await fullDesign(api, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE', 'visible to all participants');
    for (const viewer of [p.lead, p.faculty, p.observer, p.committee[0]!, p.admin]) {
      expect((await readDecisions(viewer, p.designId)).map((d) => d.note)).toEqual([
        'visible to all participants',
      ]);
    }
    const outsider = await founder(api, 'POST_SECONDARY');
    const result = await outsider.client.request(`query($id: ID!) { design(id: $id) { decisions { id } } }`, {
      id: p.designId,
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
