/**
 * Suggestions (SPEC "Suggestions"): any participant but an observer suggests wording for a text
 * field of the design, a skill or an outcome, in any stage but ARCHIVED; who may edit the field
 * accepts (DRAFTING only) or rejects it with a note; an outdated one answers CONFLICT with the
 * current text. Through GraphQL on real PostgreSQL; every refusal leaves the database as it was.
 */
import { randomUUID } from 'node:crypto';

import { notificationsOf } from '../realtime/realtime-factories';
import { startTestApi, TestApi } from '../test-api';
import { advance, expectRefused, move, pipelineDesign } from '../workflow/workflow-factories';

import {
  addOutcome,
  codeOf,
  editDesign,
  errorOf,
  fieldsOf,
  institutionAdmin,
  makeDesign,
  outsider,
  proposeSkill,
  readDesign,
  readEvents,
  REMOVE_SKILL,
} from './design-factories';
import {
  ACCEPT_SUGGESTION,
  DESIGN_SUGGESTIONS,
  readSuggestions,
  REJECT_SUGGESTION,
  suggest,
  SUGGEST_CHANGE,
} from './suggestion-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const summaryOf = async (designId: string) =>
  (await api.sql<{ summary: string | null }>('SELECT summary FROM designs WHERE id = $1', [designId]))[0]!
    .summary;

describe('suggestChange', () => {
  it('every participant but an observer may suggest; baseText is the field as it was', async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'employer', 'committee', 'observer'],
      input: { summary: 'Old summary' },
    });
    for (const person of [cast.lead, cast.faculty, cast.employer, cast.committee]) {
      const made = await suggest(person, { designId: cast.designId, proposedText: `By ${person.user.id}` });
      expect(made).toMatchObject({
        targetType: 'DESIGN',
        targetId: cast.designId,
        field: 'summary',
        baseText: 'Old summary',
        proposedText: `By ${person.user.id}`,
        status: 'OPEN',
        outdated: false,
        currentText: 'Old summary',
        author: { id: person.user.id },
        decidedBy: null,
      });
    }
    expect(await summaryOf(cast.designId)).toBe('Old summary');
    const { design } = await cast.observer.client.ok(DESIGN_SUGGESTIONS, { id: cast.designId });
    expect(design.myPermissions.canSuggest).toBe(false);
    expect(design.suggestions).toHaveLength(4);
  });

  it('an observer is refused with FORBIDDEN, and nothing changes', async () => {
    const cast = await makeDesign(api, { with: ['observer'] });
    const result = await expectRefused(
      api,
      cast,
      () =>
        cast.observer.client.request(SUGGEST_CHANGE, {
          input: {
            designId: cast.designId,
            targetType: 'DESIGN',
            targetId: cast.designId,
            field: 'summary',
            proposedText: 'Observer words',
          },
        }),
      'FORBIDDEN',
    );
    expect(errorOf(result).message).toMatch(/observer/i);
  });

  it('an institution admin who does not take part is FORBIDDEN; an outsider and an unknown design are NOT_FOUND alike', async () => {
    const cast = await makeDesign(api);
    const admin = await institutionAdmin(api, cast);
    const stranger = await outsider(api);
    const input = (designId: string) => ({
      input: {
        designId,
        targetType: 'DESIGN' as const,
        targetId: designId,
        field: 'summary',
        proposedText: 'x y',
      },
    });
    await expectRefused(
      api,
      cast,
      () => admin.client.request(SUGGEST_CHANGE, input(cast.designId)),
      'FORBIDDEN',
    );
    const forbidden = await expectRefused(
      api,
      cast,
      () => stranger.client.request(SUGGEST_CHANGE, input(cast.designId)),
      'NOT_FOUND',
    );
    const unknown = await stranger.client.request(SUGGEST_CHANGE, input(randomUUID()));
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(errorOf(unknown).message).toBe(errorOf(forbidden).message);
  });

  it('partners suggest in review; in an ARCHIVED design it answers PRECONDITION_FAILED', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1, stage: 'PARTNER_REVIEW' });
    const inReview = await suggest(p.employer, {
      designId: p.designId,
      targetType: 'SKILL',
      targetId: p.skill.id,
      field: 'description',
      proposedText: 'Reads and annotates schematics',
    });
    expect(inReview).toMatchObject({ status: 'OPEN', baseText: null });
    await advance(p, 'ARCHIVED');
    await expectRefused(
      api,
      p,
      () =>
        p.employer.client.request(SUGGEST_CHANGE, {
          input: {
            designId: p.designId,
            targetType: 'DESIGN',
            targetId: p.designId,
            field: 'summary',
            proposedText: 'Too late',
          },
        }),
      'PRECONDITION_FAILED',
    );
  });

  it('refuses a field that is not wording, a target of another design and over-long text (BAD_USER_INPUT)', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { summary: 'Same' } });
    const other = await makeDesign(api, { lead: cast.lead });
    const skill = await proposeSkill(cast.lead, other.designId);
    const attempt = (input: Record<string, unknown>) => () =>
      cast.employer.client.request(SUGGEST_CHANGE, {
        input: {
          designId: cast.designId,
          targetType: 'DESIGN',
          targetId: cast.designId,
          field: 'summary',
          proposedText: 'Fine words',
          ...input,
        },
      });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ field: 'language' }, 'input.field'],
      [{ field: 'hours' }, 'input.field'],
      [{ field: 'constructor' }, 'input.field'],
      [{ targetType: 'SKILL', field: 'statement', targetId: skill.id }, 'input.field'],
      [{ targetType: 'SKILL', field: 'name', targetId: skill.id }, 'input.targetId'],
      [{ targetId: other.designId }, 'input.targetId'],
      [{ field: 'title', proposedText: 'x'.repeat(201) }, 'input.proposedText'],
      [{ proposedText: '   ' }, 'input.proposedText'],
      [{ proposedText: ' Same ' }, 'input.proposedText'],
      [{ proposedText: 'a\u0000b' }, 'input.proposedText'],
    ];
    for (const [input, field] of cases) {
      const result = await expectRefused(api, cast, attempt(input), 'BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain(field);
    }
  });

  it('appends suggestion.added to the log, which is not a content change', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const outcome = await addOutcome(cast.lead, cast.designId, { statement: 'Learners wire a panel' });
    const before = await readDesign(cast.lead, cast.designId);
    const made = await suggest(cast.employer, {
      designId: cast.designId,
      targetType: 'OUTCOME',
      targetId: outcome.id,
      field: 'statement',
      proposedText: 'Learners wire and test a panel',
      note: 'Testing matters to us',
    });
    const last = (await readEvents(cast.lead, cast.designId)).at(-1)!;
    expect(last).toMatchObject({
      type: 'suggestion.added',
      actor: { id: cast.employer.user.id },
      data: {
        id: made.id,
        targetType: 'OUTCOME',
        targetId: outcome.id,
        field: 'statement',
        baseText: 'Learners wire a panel',
        proposedText: 'Learners wire and test a panel',
        note: 'Testing matters to us',
        status: 'OPEN',
        author: { id: cast.employer.user.id },
      },
    });
    const after = await readDesign(cast.lead, cast.designId);
    expect(after).toMatchObject({ revision: before.revision, version: before.version });
  });
});

describe('acceptSuggestion', () => {
  it("writes the text as an edit by the accepter, crediting the author, through updateDesign's own log entry", async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { summary: 'Old summary' } });
    const made = await suggest(cast.employer, { designId: cast.designId, proposedText: 'New summary' });
    const before = await readDesign(cast.lead, cast.designId);
    const { acceptSuggestion } = await cast.lead.client.ok(ACCEPT_SUGGESTION, { id: made.id });
    expect(acceptSuggestion).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: { id: cast.lead.user.id },
      currentText: 'New summary',
      outdated: false,
      myPermissions: { canAccept: false, canReject: false },
    });
    expect(acceptSuggestion.decidedAt).toBeTruthy();
    const after = await readDesign(cast.lead, cast.designId);
    expect(after).toMatchObject({
      summary: 'New summary',
      version: before.version + 1,
      revision: before.revision + 1,
    });
    const [updated, accepted] = (await readEvents(cast.lead, cast.designId)).slice(-2);
    expect(updated).toMatchObject({
      type: 'design.updated',
      actor: { id: cast.lead.user.id },
      data: {
        id: cast.designId,
        summary: 'New summary',
        version: before.version + 1,
        changed: ['summary'],
        suggestion: { id: made.id, author: { id: cast.employer.user.id } },
      },
    });
    expect(accepted).toMatchObject({
      type: 'suggestion.accepted',
      actor: { id: cast.lead.user.id },
      data: { id: made.id, status: 'ACCEPTED', decidedBy: { id: cast.lead.user.id } },
    });
    // The same entry a GraphQL update of the field appends: same keys but the credit.
    await editDesign(cast.lead, cast.designId, { summary: 'Edited by hand' });
    const byHand = (await readEvents(cast.lead, cast.designId)).at(-1)!;
    expect(
      Object.keys(updated!.data)
        .filter((k) => k !== 'suggestion')
        .sort(),
    ).toEqual(Object.keys(byHand.data).sort());
  });

  it("of a skill's description and an outcome's statement, through updateSkill and updateOutcome", async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { description: 'Reads plans' });
    const outcome = await addOutcome(cast.faculty, cast.designId, { statement: 'Learners draw plans' });
    const forSkill = await suggest(cast.faculty, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'description',
      proposedText: 'Reads and checks plans',
    });
    const forOutcome = await suggest(cast.employer, {
      designId: cast.designId,
      targetType: 'OUTCOME',
      targetId: outcome.id,
      field: 'statement',
      proposedText: 'Learners draw site plans to scale',
    });
    await cast.employer.client.ok(ACCEPT_SUGGESTION, { id: forSkill.id });
    await cast.faculty.client.ok(ACCEPT_SUGGESTION, { id: forOutcome.id });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.skills[0]).toMatchObject({ description: 'Reads and checks plans', version: 2 });
    expect(read.outcomes[0]).toMatchObject({ statement: 'Learners draw site plans to scale', version: 2 });
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.find((e) => e.type === 'skill.updated')).toMatchObject({
      actor: { id: cast.employer.user.id },
      data: { id: skill.id, changed: ['description'], suggestion: { author: { id: cast.faculty.user.id } } },
    });
    expect(events.find((e) => e.type === 'outcome.updated')).toMatchObject({
      actor: { id: cast.faculty.user.id },
      data: { id: outcome.id, changed: ['statement'], suggestion: { author: { id: cast.employer.user.id } } },
    });
  });

  it("is for who may edit the field: FORBIDDEN to others (a partner: only their own organization's skills)", async () => {
    const cast = await makeDesign(api, { with: ['employer', 'employer2', 'committee', 'observer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const forDesign = await suggest(cast.committee, { designId: cast.designId });
    const forSkill = await suggest(cast.committee, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'description',
      proposedText: 'Described',
    });
    for (const person of [cast.employer, cast.committee, cast.observer])
      await expectRefused(
        api,
        cast,
        () => person.client.request(ACCEPT_SUGGESTION, { id: forDesign.id }),
        'FORBIDDEN',
      );
    for (const person of [cast.employer2, cast.committee, cast.observer]) {
      await expectRefused(
        api,
        cast,
        () => person.client.request(ACCEPT_SUGGESTION, { id: forSkill.id }),
        'FORBIDDEN',
      );
      await expectRefused(
        api,
        cast,
        () => person.client.request(REJECT_SUGGESTION, { id: forSkill.id, note: 'No' }),
        'FORBIDDEN',
      );
    }
    const own = await cast.employer.client.ok(ACCEPT_SUGGESTION, { id: forSkill.id });
    expect(own.acceptSuggestion.status).toBe('ACCEPTED');
  });

  it('outside DRAFTING answers PRECONDITION_FAILED; back in DRAFTING the lead accepts it', async () => {
    const p = await pipelineDesign(api, {
      with: ['employer'],
      committee: 1,
      stage: 'PARTNER_REVIEW',
      input: { summary: 'Before review' },
    });
    const made = await suggest(p.employer, { designId: p.designId, proposedText: 'Said in review' });
    const refused = await expectRefused(
      api,
      p,
      () => p.lead.client.request(ACCEPT_SUGGESTION, { id: made.id }),
      'PRECONDITION_FAILED',
    );
    expect(errorOf(refused).extensions?.['stage']).toBe('PARTNER_REVIEW');
    const listed = await readSuggestions(p.lead, p.designId);
    expect(listed[0]!.myPermissions).toEqual({ canAccept: false, canReject: true });
    await move(p.employer, p.designId, 'DRAFTING', 'Please take our wording');
    await p.lead.client.ok(ACCEPT_SUGGESTION, { id: made.id });
    expect(await summaryOf(p.designId)).toBe('Said in review');
  });

  it('when the field changed since, answers CONFLICT with the current text, and is listed outdated', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { summary: 'First' } });
    const made = await suggest(cast.employer, { designId: cast.designId, proposedText: 'Suggested' });
    await editDesign(cast.lead, cast.designId, { summary: 'Changed meanwhile' });
    const result = await expectRefused(
      api,
      cast,
      () => cast.lead.client.request(ACCEPT_SUGGESTION, { id: made.id }),
      'CONFLICT',
    );
    expect(errorOf(result).extensions?.['current']).toBe('Changed meanwhile');
    const [listed] = await readSuggestions(cast.employer, cast.designId);
    expect(listed).toMatchObject({
      status: 'OPEN',
      baseText: 'First',
      currentText: 'Changed meanwhile',
      outdated: true,
    });
    const [forLead] = await readSuggestions(cast.lead, cast.designId);
    expect(forLead!.myPermissions).toEqual({ canAccept: false, canReject: true });
  });

  it('a field emptied since is CONFLICT with current null', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { summary: 'Something' } });
    const made = await suggest(cast.employer, { designId: cast.designId });
    await editDesign(cast.lead, cast.designId, { summary: null });
    const result = await cast.lead.client.request(ACCEPT_SUGGESTION, { id: made.id });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(errorOf(result).extensions).toHaveProperty('current', null);
  });

  it('a decided suggestion cannot be decided again (PRECONDITION_FAILED); two accepts at once: one wins', async () => {
    const cast = await makeDesign(api, { with: ['faculty', 'employer'] });
    const rejected = await suggest(cast.employer, { designId: cast.designId, proposedText: 'One' });
    await cast.lead.client.ok(REJECT_SUGGESTION, { id: rejected.id, note: 'Not now' });
    await expectRefused(
      api,
      cast,
      () => cast.lead.client.request(ACCEPT_SUGGESTION, { id: rejected.id }),
      'PRECONDITION_FAILED',
    );
    await expectRefused(
      api,
      cast,
      () => cast.lead.client.request(REJECT_SUGGESTION, { id: rejected.id }),
      'PRECONDITION_FAILED',
    );

    const raced = await suggest(cast.employer, { designId: cast.designId, proposedText: 'Two' });
    const results = await Promise.all(
      [cast.lead, cast.faculty].map((p) => p.client.request(ACCEPT_SUGGESTION, { id: raced.id })),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.length).map(codeOf)).toEqual(['PRECONDITION_FAILED']);
    const events = await readEvents(cast.lead, cast.designId);
    expect(events.filter((e) => e.type === 'suggestion.accepted')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'design.updated')).toHaveLength(1);
  });

  it('unknown and forbidden suggestion ids answer NOT_FOUND alike', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const made = await suggest(cast.employer, { designId: cast.designId });
    const stranger = await outsider(api, 'POST_SECONDARY');
    const forbidden = await expectRefused(
      api,
      cast,
      () => stranger.client.request(ACCEPT_SUGGESTION, { id: made.id }),
      'NOT_FOUND',
    );
    const unknown = await cast.lead.client.request(ACCEPT_SUGGESTION, { id: randomUUID() });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(errorOf(unknown).message).toBe(errorOf(forbidden).message);
    const rejectForbidden = await stranger.client.request(REJECT_SUGGESTION, { id: made.id });
    expect(codeOf(rejectForbidden)).toBe('NOT_FOUND');
    const malformed = await cast.lead.client.request(ACCEPT_SUGGESTION, { id: 'not-a-uuid' });
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codeOf(malformed));
  });
});

describe('rejectSuggestion', () => {
  it('records the note and who decided, appends suggestion.rejected, and leaves the field alone', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { summary: 'Kept' } });
    const made = await suggest(cast.employer, { designId: cast.designId, proposedText: 'Dropped' });
    const before = await readDesign(cast.lead, cast.designId);
    const { rejectSuggestion } = await cast.lead.client.ok(REJECT_SUGGESTION, {
      id: made.id,
      note: '  Too vague for the committee  ',
    });
    expect(rejectSuggestion).toMatchObject({
      status: 'REJECTED',
      decisionNote: 'Too vague for the committee',
      decidedBy: { id: cast.lead.user.id },
      outdated: false,
    });
    const after = await readDesign(cast.lead, cast.designId);
    expect(after).toMatchObject({ summary: 'Kept', version: before.version, revision: before.revision });
    expect((await readEvents(cast.lead, cast.designId)).at(-1)).toMatchObject({
      type: 'suggestion.rejected',
      actor: { id: cast.lead.user.id },
      data: { id: made.id, status: 'REJECTED', decisionNote: 'Too vague for the committee' },
    });
    expect(await readSuggestions(cast.lead, cast.designId, 'OPEN')).toEqual([]);
    expect((await readSuggestions(cast.lead, cast.designId, 'REJECTED')).map((s) => s.id)).toEqual([made.id]);
  });

  it('is open in review but not in ARCHIVED; an over-long note is BAD_USER_INPUT', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1, stage: 'PARTNER_REVIEW' });
    const first = await suggest(p.employer, { designId: p.designId, proposedText: 'First idea' });
    const second = await suggest(p.employer, { designId: p.designId, proposedText: 'Second idea' });
    const long = await expectRefused(
      api,
      p,
      () => p.lead.client.request(REJECT_SUGGESTION, { id: first.id, note: 'n'.repeat(10_001) }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(long)).toEqual(['note']);
    await p.lead.client.ok(REJECT_SUGGESTION, { id: first.id, note: 'Not for this credential' });
    await advance(p, 'ARCHIVED');
    await expectRefused(
      api,
      p,
      () => p.lead.client.request(REJECT_SUGGESTION, { id: second.id, note: 'Closed' }),
      'PRECONDITION_FAILED',
    );
  });
});

describe('Design.suggestions', () => {
  it('shows every suggestion to everyone who sees the design, filtered by status; a removed skill takes its own', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'observer'] });
    const admin = await institutionAdmin(api, cast);
    const skill = await proposeSkill(cast.employer, cast.designId);
    const open = await suggest(cast.employer, { designId: cast.designId, proposedText: 'Open one' });
    const accepted = await suggest(cast.employer, {
      designId: cast.designId,
      field: 'title',
      proposedText: 'T2',
    });
    await suggest(cast.lead, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'name',
      proposedText: 'Renamed skill',
    });
    await cast.lead.client.ok(ACCEPT_SUGGESTION, { id: accepted.id });
    for (const viewer of [cast.lead, cast.employer, cast.observer, admin]) {
      expect((await readSuggestions(viewer, cast.designId)).map((s) => s.status)).toEqual([
        'OPEN',
        'ACCEPTED',
        'OPEN',
      ]);
      expect((await readSuggestions(viewer, cast.designId, 'ACCEPTED')).map((s) => s.id)).toEqual([
        accepted.id,
      ]);
    }
    await cast.lead.client.ok(REMOVE_SKILL, { id: skill.id });
    expect((await readSuggestions(cast.lead, cast.designId, 'OPEN')).map((s) => s.id)).toEqual([open.id]);
  });

  it('costs the same number of statements for 1 and for 8 suggestions (no N+1)', async () => {
    const one = await makeDesign(api, { with: ['employer'] });
    const eight = await makeDesign(api, { with: ['employer'] });
    for (const cast of [one, eight]) {
      await proposeSkill(cast.employer, cast.designId);
      await addOutcome(cast.lead, cast.designId);
    }
    const oneRead = await readDesign(one.lead, one.designId);
    await suggest(one.employer, { designId: one.designId });
    const eightRead = await readDesign(eight.lead, eight.designId);
    for (let i = 0; i < 8; i++) {
      const target =
        i % 3 === 0
          ? { targetType: 'DESIGN' as const, targetId: eight.designId, field: 'summary' }
          : i % 3 === 1
            ? { targetType: 'SKILL' as const, targetId: eightRead.skills[0]!.id, field: 'description' }
            : { targetType: 'OUTCOME' as const, targetId: eightRead.outcomes[0]!.id, field: 'statement' };
      await suggest(i % 2 ? eight.lead : eight.employer, {
        designId: eight.designId,
        ...target,
        proposedText: `Wording ${i}`,
      });
    }
    expect(oneRead.skills).toHaveLength(1);
    const fewest = async (cast: typeof one) => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++)
        counts.push(await api.countQueries(() => readSuggestions(cast.employer, cast.designId)));
      return Math.min(...counts);
    };
    expect(await fewest(eight)).toBe(await fewest(one));
  });
});

describe('notifications', () => {
  it("a suggestion tells the field's editors (not its author); a decision tells the author", async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'employer', 'employer2', 'committee', 'observer'],
    });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const kinds = async (person: typeof cast.lead) =>
      (await notificationsOf(person)).filter((n) => n.kind === 'SUGGESTION');

    const forSkill = await suggest(cast.committee, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'description',
      proposedText: 'Reads single-line diagrams',
    });
    for (const editor of [cast.lead, cast.faculty, cast.employer]) {
      const [notification] = await kinds(editor);
      expect(notification).toMatchObject({ kind: 'SUGGESTION', designId: cast.designId });
      expect(notification!.text).toContain('Reads single-line diagrams');
    }
    for (const other of [cast.employer2, cast.committee, cast.observer])
      expect(await kinds(other)).toEqual([]);

    await suggest(cast.faculty, { designId: cast.designId, proposedText: 'Summary words' });
    expect(await kinds(cast.lead)).toHaveLength(2);
    expect(await kinds(cast.faculty)).toHaveLength(1);
    expect(await kinds(cast.employer)).toHaveLength(1);

    await cast.employer.client.ok(REJECT_SUGGESTION, { id: forSkill.id, note: 'We say it differently' });
    const [told] = await kinds(cast.committee);
    expect(told!.text).toMatch(/rejected your suggestion.*We say it differently/);
  });

  it('a refused suggestion notifies nobody', async () => {
    const cast = await makeDesign(api, { with: ['observer'] });
    await cast.observer.client.request(SUGGEST_CHANGE, {
      input: {
        designId: cast.designId,
        targetType: 'DESIGN',
        targetId: cast.designId,
        field: 'summary',
        proposedText: 'Nope',
      },
    });
    expect(await notificationsOf(cast.lead)).toEqual([]);
  });
});
