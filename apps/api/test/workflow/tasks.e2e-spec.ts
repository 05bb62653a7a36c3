/**
 * `myTasks` (SPEC "Reaching people"): what waits on the caller, computed from the data on every
 * call. Each kind appears for the right people when it should, with the right `since`, and is gone
 * the moment the task is done; an observer, an institution admin and an outsider get none.
 */
import { TaskKind as TaskKindValue, TaskService } from '@mc/workflow';

import {
  addComment,
  addOutcome,
  colleagueOf,
  founder,
  join,
  makeDesign,
  Person,
  proposeSkill,
  REMOVE_OUTCOME,
  RESOLVE_COMMENT,
} from '../designs/design-factories';
import { ACCEPT_SUGGESTION, REJECT_SUGGESTION, suggest } from '../designs/suggestion-factories';
import { graphql } from '../gql';
import type { TaskKind } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import { advance, decide, FullCast, fullDesign, move, pipelineDesign } from './workflow-factories';

const MY_TASKS = graphql(`
  query MyTasks {
    myTasks {
      kind
      since
      design {
        id
        title
        stage
        myRole
      }
    }
  }
`);

const REMOVE_PARTICIPANT = graphql(`
  mutation RemoveTaskParticipant($designId: ID!, $userId: ID!) {
    removeParticipant(designId: $designId, userId: $userId) {
      id
    }
  }
`);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** The caller's tasks in one design, as `[kind, since]` pairs. */
async function tasksIn(person: Person, designId: string): Promise<Array<[TaskKind, string]>> {
  const { myTasks } = await person.client.ok(MY_TASKS);
  return myTasks
    .filter((t) => t.design.id === designId)
    .map((t): [TaskKind, string] => [t.kind, t.since])
    .sort();
}

const kindsIn = async (person: Person, designId: string) =>
  (await tasksIn(person, designId)).map(([kind]) => kind);

/** When the design's latest log entry of `type` was written, as the API writes dates. */
async function lastEventAt(designId: string, type: string, to?: string): Promise<string> {
  const rows = await api.sql<{ at: Date }>(
    `SELECT at FROM design_events WHERE design_id = $1 AND type = $2 AND ($3::text IS NULL OR data->>'to' = $3)
      ORDER BY seq DESC LIMIT 1`,
    [designId, type, to ?? null],
  );
  if (!rows[0]) throw new Error(`no ${type} event in ${designId}`);
  return rows[0].at.toISOString();
}

async function commentCreatedAt(commentId: string): Promise<string> {
  const [row] = await api.sql<{ created_at: Date }>(`SELECT created_at FROM comments WHERE id = $1`, [
    commentId,
  ]);
  return row!.created_at.toISOString();
}

async function expectNoTasks(people: Person[], designId: string) {
  for (const person of people) expect(await kindsIn(person, designId)).toEqual([]);
}

describe('SUBMIT', () => {
  it("is the lead's once the draft passes the submit gates, since the change that made it pass, and ends on submitting", async () => {
    const c = await makeDesign(api, { with: ['faculty', 'employer', 'observer'] });
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);

    const skill = await proposeSkill(c.employer, c.designId, { priority: 'ESSENTIAL' });
    // No outcome yet, then an outcome that leaves the ESSENTIAL skill uncovered: the gates fail.
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);
    const unrelated = await addOutcome(c.faculty, c.designId);
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);

    await addOutcome(c.faculty, c.designId, { skillIds: [skill.id] });
    expect(await tasksIn(c.lead, c.designId)).toEqual([
      ['SUBMIT', await lastEventAt(c.designId, 'outcome.added')],
    ]);
    await expectNoTasks([c.faculty, c.employer, c.observer], c.designId);

    // A new uncovered ESSENTIAL skill closes the gates again: the task is gone until it is covered.
    const second = await proposeSkill(c.employer, c.designId, { priority: 'ESSENTIAL' });
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);
    await c.faculty.client.ok(REMOVE_OUTCOME, { id: unrelated.id });
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);
    await addOutcome(c.faculty, c.designId, { skillIds: [second.id] });
    expect(await tasksIn(c.lead, c.designId)).toEqual([
      ['SUBMIT', await lastEventAt(c.designId, 'outcome.added')],
    ]);

    await move(c.lead, c.designId, 'PARTNER_REVIEW');
    expect(await kindsIn(c.lead, c.designId)).toEqual([]);
  });

  it('is the lead’s when the design was sent back, since the send-back, even while the gates fail', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], stage: 'PARTNER_REVIEW' });
    await move(p.employer, p.designId, 'DRAFTING', 'Please add the safety outcome');
    const sentBackAt = await lastEventAt(p.designId, 'stage.changed', 'DRAFTING');
    expect(await tasksIn(p.lead, p.designId)).toEqual([['SUBMIT', sentBackAt]]);

    await p.lead.client.ok(REMOVE_OUTCOME, { id: p.outcome.id });
    expect(await tasksIn(p.lead, p.designId)).toEqual([['SUBMIT', sentBackAt]]);
    await expectNoTasks([p.employer], p.designId);

    await addOutcome(p.lead, p.designId, { skillIds: [p.skill.id] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    expect(await kindsIn(p.lead, p.designId)).not.toContain('SUBMIT');
  });
});

describe('ENDORSE', () => {
  it('waits on every participant of a partner organization without a standing ENDORSE, until one of them endorses', async () => {
    const p = await pipelineDesign(api, {
      with: ['employer', 'community', 'faculty', 'observer'],
      committee: 1,
    });
    const colleague = await colleagueOf(api, p.employer);
    await join(p, colleague, 'EMPLOYER_PARTNER');
    await expectNoTasks([p.employer, colleague, p.community], p.designId);

    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const enteredAt = await lastEventAt(p.designId, 'stage.changed', 'PARTNER_REVIEW');
    for (const partner of [p.employer, colleague, p.community])
      expect(await tasksIn(partner, p.designId)).toEqual([['ENDORSE', enteredAt]]);
    await expectNoTasks([p.lead, p.faculty, p.observer, p.committee[0]!], p.designId);

    // REQUEST_CHANGES is not an endorsement.
    await decide(p.community, p.designId, 'REQUEST_CHANGES', 'Not yet');
    expect(await kindsIn(p.community, p.designId)).toEqual(['ENDORSE']);

    // One member's ENDORSE stands for the organization: both its people are done at once.
    await decide(colleague, p.designId, 'ENDORSE');
    await expectNoTasks([p.employer, colleague], p.designId);
    expect(await kindsIn(p.community, p.designId)).toEqual(['ENDORSE']);

    // Changing it back to REQUEST_CHANGES takes the endorsement back: the task returns.
    await decide(colleague, p.designId, 'REQUEST_CHANGES', 'On second thought');
    expect(await kindsIn(p.employer, p.designId)).toEqual(['ENDORSE']);
    await decide(p.employer, p.designId, 'ENDORSE');
    await decide(p.community, p.designId, 'ENDORSE');
    await expectNoTasks([p.employer, colleague, p.community], p.designId);
  });

  it('an endorsement of an earlier revision does not count: after a send-back and a change, it waits again', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], stage: 'PARTNER_REVIEW' });
    await decide(p.employer, p.designId, 'ENDORSE');
    expect(await kindsIn(p.employer, p.designId)).toEqual([]);
    await move(p.lead, p.designId, 'DRAFTING', 'One more outcome');
    await addOutcome(p.lead, p.designId, { skillIds: [p.skill.id] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    expect(await tasksIn(p.employer, p.designId)).toEqual([
      ['ENDORSE', await lastEventAt(p.designId, 'stage.changed', 'PARTNER_REVIEW')],
    ]);
  });

  it('a partner who joins during the review has it since they joined', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], stage: 'PARTNER_REVIEW' });
    const late = await founder(api, 'COMMUNITY');
    await join(p, late, 'EMPLOYER_PARTNER');
    const [row] = await api.sql<{ joined_at: Date }>(
      `SELECT joined_at FROM design_participants WHERE design_id = $1 AND user_id = $2`,
      [p.designId, late.user.id],
    );
    expect(await tasksIn(late, p.designId)).toEqual([['ENDORSE', row!.joined_at.toISOString()]]);
  });
});

describe('VOTE and PUBLISH', () => {
  let p: FullCast;
  beforeAll(async () => {
    p = await fullDesign(api, 'COMMITTEE_REVIEW');
  }, 120_000);

  it('VOTE waits on each committee member without a decision on the current revision; ABSTAIN is a vote', async () => {
    const enteredAt = await lastEventAt(p.designId, 'stage.changed', 'COMMITTEE_REVIEW');
    for (const member of p.committee)
      expect(await tasksIn(member, p.designId)).toEqual([['VOTE', enteredAt]]);
    await expectNoTasks([p.lead, p.faculty, p.employer, p.observer, p.admin], p.designId);

    await decide(p.committee[0]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'ABSTAIN');
    await expectNoTasks([p.committee[0]!, p.committee[1]!], p.designId);
    expect(await kindsIn(p.committee[2]!, p.designId)).toEqual(['VOTE']);
  });

  it('PUBLISH is the lead’s once approved, since the approval, and ends on publishing', async () => {
    await decide(p.committee[1]!, p.designId, 'APPROVE');
    await move(p.committee[0]!, p.designId, 'APPROVED');
    const approvedAt = await lastEventAt(p.designId, 'stage.changed', 'APPROVED');
    expect(await tasksIn(p.lead, p.designId)).toEqual([['PUBLISH', approvedAt]]);
    await expectNoTasks([...p.committee, p.faculty, p.employer, p.observer, p.admin], p.designId);

    await move(p.lead, p.designId, 'PUBLISHED');
    await expectNoTasks([p.lead, ...p.committee, p.faculty, p.employer, p.observer, p.admin], p.designId);
  });

  it('a committee send-back ends every VOTE and gives the lead SUBMIT', async () => {
    const q = await pipelineDesign(api, { with: ['employer'], committee: 2, stage: 'COMMITTEE_REVIEW' });
    expect(await kindsIn(q.committee[1]!, q.designId)).toEqual(['VOTE']);
    await move(q.committee[0]!, q.designId, 'DRAFTING', 'Assessment is unclear');
    await expectNoTasks([...q.committee, q.employer], q.designId);
    expect(await tasksIn(q.lead, q.designId)).toEqual([
      ['SUBMIT', await lastEventAt(q.designId, 'stage.changed', 'DRAFTING')],
    ]);
  });
});

describe('ANSWER_MENTION', () => {
  it('waits on the person mentioned until they answer in the thread, since the mention', async () => {
    const c = await makeDesign(api, { with: ['faculty', 'employer', 'observer'] });
    const mention = await addComment(c.employer, {
      designId: c.designId,
      body: `@${c.faculty.user.email} could you check the hours?`,
    });
    expect(await tasksIn(c.faculty, c.designId)).toEqual([
      ['ANSWER_MENTION', await commentCreatedAt(mention.id)],
    ]);
    await expectNoTasks([c.lead, c.employer, c.observer], c.designId);

    // Someone else's reply is not the mentioned person's answer.
    await addComment(c.lead, { designId: c.designId, parentId: mention.id, body: 'Good question' });
    expect(await kindsIn(c.faculty, c.designId)).toEqual(['ANSWER_MENTION']);

    await addComment(c.faculty, { designId: c.designId, parentId: mention.id, body: 'Forty hours.' });
    expect(await kindsIn(c.faculty, c.designId)).toEqual([]);

    // A later mention in the same thread, after the answer, waits again.
    const again = await addComment(c.employer, {
      designId: c.designId,
      parentId: mention.id,
      body: `Thanks @${c.faculty.user.email}, and the credits?`,
    });
    expect(await tasksIn(c.faculty, c.designId)).toEqual([
      ['ANSWER_MENTION', await commentCreatedAt(again.id)],
    ]);
  });

  it('ends when the thread is resolved, and returns when it is reopened', async () => {
    const c = await makeDesign(api, { with: ['faculty', 'employer'] });
    const mention = await addComment(c.employer, {
      designId: c.designId,
      body: `@${c.lead.user.email} is the title final?`,
    });
    const reply = await addComment(c.employer, {
      designId: c.designId,
      parentId: mention.id,
      body: `@${c.faculty.user.email} you too`,
    });
    expect(await kindsIn(c.lead, c.designId)).toEqual(['ANSWER_MENTION']);
    expect(await kindsIn(c.faculty, c.designId)).toEqual(['ANSWER_MENTION']);

    await c.employer.client.ok(RESOLVE_COMMENT, { id: mention.id, resolved: true });
    await expectNoTasks([c.lead, c.faculty], c.designId);
    await c.employer.client.ok(RESOLVE_COMMENT, { id: mention.id, resolved: false });
    expect(await kindsIn(c.faculty, c.designId)).toEqual(['ANSWER_MENTION']);
    expect(reply.parentId).toBe(mention.id);
  });

  it('mentioning oneself is no task; a mention of someone no longer taking part names no design', async () => {
    const c = await makeDesign(api, { with: ['faculty', 'employer'] });
    await addComment(c.employer, { designId: c.designId, body: `Note to self, @${c.employer.user.email}` });
    expect(await kindsIn(c.employer, c.designId)).toEqual([]);

    await addComment(c.lead, { designId: c.designId, body: `@${c.employer.user.email} one question` });
    expect(await kindsIn(c.employer, c.designId)).toEqual(['ANSWER_MENTION']);
    await c.lead.client.ok(REMOVE_PARTICIPANT, { designId: c.designId, userId: c.employer.user.id });
    const { myTasks } = await c.employer.client.ok(MY_TASKS);
    expect(myTasks).toEqual([]);
  });
});

describe('REVIEW_SUGGESTION', () => {
  it('waits on those who may edit the field (not its author), since the oldest open suggestion, until it is decided', async () => {
    const p = await fullDesign(api);
    const first = await suggest(p.employer, {
      designId: p.designId,
      proposedText: 'Partners say it sharper',
    });
    await suggest(p.employer, {
      designId: p.designId,
      field: 'prerequisites',
      proposedText: 'A ticket',
    });
    for (const editor of [p.lead, p.faculty]) {
      expect(await tasksIn(editor, p.designId)).toContainEqual(['REVIEW_SUGGESTION', first.createdAt]);
    }
    // Not the author's, nor of those who may not edit the design's fields.
    for (const other of [p.employer, p.observer, ...p.committee, p.admin]) {
      expect(await kindsIn(other, p.designId)).not.toContain('REVIEW_SUGGESTION');
    }
    // A skill's suggestion waits on its organization's partner too.
    const onSkill = await suggest(p.faculty, {
      designId: p.designId,
      targetType: 'SKILL',
      targetId: p.skill.id,
      field: 'description',
      proposedText: 'Reads and marks up schematics',
    });
    expect(await tasksIn(p.employer, p.designId)).toContainEqual(['REVIEW_SUGGESTION', onSkill.createdAt]);

    const open = [first.id, onSkill.id];
    await p.lead.client.ok(ACCEPT_SUGGESTION, { id: open[0]! });
    await p.lead.client.ok(REJECT_SUGGESTION, { id: open[1]!, note: 'Keep ours' });
    // One suggestion (prerequisites) is still open: the task stays, now since that one.
    expect(await kindsIn(p.lead, p.designId)).toContain('REVIEW_SUGGESTION');
    expect(await kindsIn(p.employer, p.designId)).not.toContain('REVIEW_SUGGESTION');
    const [last] = (await api.sql<{ id: string }>(
      `SELECT id FROM suggestions WHERE design_id = $1 AND status = 'OPEN'`,
      [p.designId],
    )) as Array<{ id: string }>;
    await p.faculty.client.ok(REJECT_SUGGESTION, { id: last!.id, note: 'Not now' });
    for (const editor of [p.lead, p.faculty]) {
      expect(await kindsIn(editor, p.designId)).not.toContain('REVIEW_SUGGESTION');
    }
  });

  it('is not the author’s own: an editor who suggests waits on the other editors only', async () => {
    const p = await fullDesign(api);
    const mine = await suggest(p.lead, { designId: p.designId, proposedText: 'The lead would rather ask' });
    expect(await kindsIn(p.lead, p.designId)).not.toContain('REVIEW_SUGGESTION');
    expect(await tasksIn(p.faculty, p.designId)).toContainEqual(['REVIEW_SUGGESTION', mine.createdAt]);
  });

  it('is nobody’s outside DRAFTING (suggestions cannot be accepted there)', async () => {
    const p = await fullDesign(api, 'PARTNER_REVIEW');
    await suggest(p.employer, { designId: p.designId, proposedText: 'In review we suggest' });
    for (const person of [p.lead, p.faculty]) {
      expect(await kindsIn(person, p.designId)).not.toContain('REVIEW_SUGGESTION');
    }
  });
});

describe('across designs', () => {
  it('an observer, an institution admin and an outsider get none along the whole pipeline', async () => {
    const p = await fullDesign(api);
    const outsider = await founder(api, 'EMPLOYER');
    await addComment(p.faculty, { designId: p.designId, body: `@${p.lead.user.email} ready?` });
    for (const stage of ['PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED'] as const) {
      await advance(p, stage, stageBefore(stage));
      for (const person of [p.observer, p.admin, outsider])
        expect((await person.client.ok(MY_TASKS)).myTasks).toEqual([]);
    }
  }, 120_000);

  it('lists the oldest first, each with the design as the caller sees it', async () => {
    const first = await pipelineDesign(api, { with: ['employer'], input: { title: 'First' } });
    const person = await colleagueOf(api, first.lead);
    await join(first, person, 'COMMITTEE_MEMBER');
    await advance({ ...first, committee: [person] }, 'COMMITTEE_REVIEW');
    const second = await makeDesign(api, { lead: person, with: ['employer'] });
    await addComment(second.employer, { designId: second.designId, body: `@${person.user.email} hello` });
    const { myTasks } = await person.client.ok(MY_TASKS);
    expect(myTasks.map((t) => [t.kind, t.design.id, t.design.myRole])).toEqual([
      ['VOTE', first.designId, 'COMMITTEE_MEMBER'],
      ['ANSWER_MENTION', second.designId, 'LEAD'],
    ]);
  }, 60_000);

  it('costs the same number of statements for one design as for five', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    const designWithTasks = async () => {
      const c = await makeDesign(api, { lead, with: ['employer'] });
      const skill = await proposeSkill(c.employer, c.designId, { priority: 'ESSENTIAL' });
      await addOutcome(c.lead, c.designId, { skillIds: [skill.id] });
      await addComment(c.employer, { designId: c.designId, body: `@${lead.user.email} look` });
    };
    // The fewest of three runs: now and then one kind of load splits over two batches, or the
    // session's last use is written (once a minute), one statement more whatever the size.
    const statements = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i += 1) counts.push(await api.countQueries(() => lead.client.ok(MY_TASKS)));
      return Math.min(...counts);
    };
    await designWithTasks();
    const forOne = await statements();
    for (let i = 0; i < 4; i += 1) await designWithTasks();
    const forFive = await statements();
    expect((await lead.client.ok(MY_TASKS)).myTasks).toHaveLength(10);
    expect(forFive).toBe(forOne);
  }, 120_000);
});

describe('TaskService, for reminders', () => {
  it('openTasks lists every active user’s tasks, the same as each one’s own list', async () => {
    const p = await pipelineDesign(api, {
      with: ['employer', 'community'],
      committee: 1,
      stage: 'PARTNER_REVIEW',
    });
    await addComment(p.employer, { designId: p.designId, body: `@${p.lead.user.email} a question` });
    const service = api.app.get(TaskService);
    const inDesign = (await service.openTasks()).filter((t) => t.designId === p.designId);
    const people = [p.lead, p.employer, p.community, p.committee[0]!];
    const own = (await Promise.all(people.map((person) => service.tasksOf(person.user.id))))
      .flat()
      .filter((t) => t.designId === p.designId);
    const key = (t: { userId: string; kind: string; since: Date }) =>
      `${t.userId} ${t.kind} ${t.since.toISOString()}`;
    expect(inDesign.map(key).sort()).toEqual(own.map(key).sort());
    expect(inDesign.map((t) => [t.userId, t.kind]).sort()).toEqual(
      [
        [p.lead.user.id, TaskKindValue.ANSWER_MENTION],
        [p.employer.user.id, TaskKindValue.ENDORSE],
        [p.community.user.id, TaskKindValue.ENDORSE],
      ].sort(),
    );
  });

  it('leaves out a deactivated user', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], stage: 'PARTNER_REVIEW' });
    const service = api.app.get(TaskService);
    expect((await service.openTasks()).some((t) => t.userId === p.employer.user.id)).toBe(true);
    await api.sql(`UPDATE users SET active = false WHERE id = $1`, [p.employer.user.id]);
    expect((await service.openTasks()).some((t) => t.userId === p.employer.user.id)).toBe(false);
  });
});

function stageBefore(stage: 'PARTNER_REVIEW' | 'COMMITTEE_REVIEW' | 'APPROVED' | 'PUBLISHED') {
  return (
    {
      PARTNER_REVIEW: 'DRAFTING',
      COMMITTEE_REVIEW: 'PARTNER_REVIEW',
      APPROVED: 'COMMITTEE_REVIEW',
      PUBLISHED: 'APPROVED',
    } as const
  )[stage];
}
