/**
 * Delivery of a design's log on the channel (contract "Events from the server", "Guarantees"):
 * every committed entry reaches every socket in the room once, in `seq` order with no hole, with
 * the shape and content that `Design.events` and the mutation itself return; a refused or
 * rolled-back change sends nothing; a join with `afterSeq` catches up exactly, also while writers
 * keep writing.
 */
import { GraphQLResponse } from '@mc/testing';

import {
  addComment,
  addOutcome,
  Cast,
  codeOf,
  colleagueOf,
  CommentRecord,
  DesignRecord,
  join,
  makeDesign,
  OutcomeRecord,
  Person,
  proposeSkill,
  readDesign,
  REMOVE_OUTCOME,
  REMOVE_SKILL,
  RESOLVE_COMMENT,
  SkillRecord,
  UPDATE_DESIGN,
  UPDATE_OUTCOME,
  UPDATE_SKILL,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';
import { decide, decision, move, Pipeline, pipelineDesign, transition } from '../workflow/workflow-factories';

import { lastSeq, range, SocketPool, untilSeq, wireEvents } from './realtime-factories';
import { quietFor, RealtimeClient, WireEvent } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  // The seam test below opens one socket of one user per join, far more than the default limit.
  api = await startTestApi({ MAX_SOCKETS_PER_USER: '1000' });
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

const DESIGN_KEYS = [
  'id',
  'title',
  'summary',
  'sector',
  'targetLearners',
  'prerequisites',
  'hours',
  'deliveryMode',
  'language',
  'assessmentApproach',
  'stage',
  'revision',
  'version',
] as const;

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;
}

const skillData = (skill: SkillRecord) =>
  pick(skill, ['id', 'name', 'description', 'priority', 'version', 'frameworkRef', 'proposedBy']);
const outcomeData = (outcome: OutcomeRecord) => ({
  ...pick(outcome, ['id', 'statement', 'bloomLevel', 'assessmentMethod', 'position', 'version']),
  skillIds: outcome.skills.map((s) => s.id).sort(),
});
const commentData = (comment: CommentRecord) =>
  pick(comment, [
    'id',
    'targetType',
    'targetId',
    'body',
    'parentId',
    'resolved',
    'createdAt',
    'author',
    'mentions',
  ]);
const actorOf = (person: Person) => ({ id: person.user.id, displayName: person.user.displayName });

describe('every event type of the contract', () => {
  let p: Pipeline<'employer' | 'faculty'>;
  let clients: RealtimeClient[];
  let joinedAt: number;

  beforeAll(async () => {
    p = await pipelineDesign(api, { with: ['employer', 'faculty'], committee: 1 });
  }, 60_000);

  afterAll(() => pool.closeAll());

  /**
   * Runs `change`, waits until every client has the next entry, and checks that it is the same
   * entry on every client, of `type`, by `actor`, with the contract's shape.
   */
  async function next<T>(
    type: string,
    actor: Person,
    change: () => Promise<T>,
  ): Promise<{ result: T; event: WireEvent }> {
    const before = await lastSeq(p.lead, p.designId);
    const result = await change();
    const seq = before + 1;
    for (const client of clients) await untilSeq(client, p.designId, seq);
    const [event, ...copies] = clients.map((c) => c.eventsOf(p.designId).find((e) => e.seq === seq)!);
    for (const copy of copies) expect(copy).toEqual(event);
    expect(Object.keys(event!).sort()).toEqual(['actor', 'at', 'data', 'designId', 'seq', 'type']);
    expect(event).toMatchObject({ designId: p.designId, seq, type, actor: actorOf(actor) });
    expect(new Date(event!.at).toISOString()).toBe(event!.at);
    return { result, event: event! };
  }

  it('each arrives with { designId, seq, type, actor, data, at }, and data is the record as GraphQL returns it', async () => {
    const lead = await pool.joined(p.lead.token, p.designId);
    const employer = await pool.joined(p.employer.token, p.designId);
    clients = [lead.client, employer.client];
    joinedAt = lead.ack.seq;
    expect(employer.ack.seq).toBe(joinedAt);
    const design = await readDesign(p.lead, p.designId);

    // design.updated
    const updated = await next('design.updated', p.faculty, async () => {
      const { updateDesign } = await p.faculty.client.ok<{ updateDesign: DesignRecord }>(UPDATE_DESIGN, {
        id: p.designId,
        input: { expectedVersion: design.version, title: 'Renamed live', summary: 'A summary', hours: 12.5 },
      });
      return updateDesign;
    });
    expect(updated.event.data).toMatchObject(pick(updated.result, DESIGN_KEYS));
    expect(updated.result.version).toBe(design.version + 1);
    expect([...(updated.event.data['changed'] as string[])].sort()).toEqual(['hours', 'summary', 'title']);

    // participant.joined
    const newcomer = await colleagueOf(api, p.lead);
    const joined = await next('participant.joined', newcomer, () => join(p, newcomer, 'OBSERVER'));
    const participant = (await readDesign(p.lead, p.designId)).participants.find(
      (x) => x.user.id === newcomer.user.id,
    )!;
    expect(joined.event.data).toEqual({
      user: actorOf(newcomer),
      role: 'OBSERVER',
      joinedAt: participant.joinedAt,
    });

    // skill.proposed, skill.updated
    const proposed = await next('skill.proposed', p.employer, () =>
      proposeSkill(p.employer, p.designId, {
        name: 'Welds aluminium',
        description: 'MIG and TIG',
        priority: 'IMPORTANT',
        frameworkRef: {
          framework: 'ESCO',
          code: 'S1.2.3',
          label: 'weld metal',
          url: 'https://esco.example/s',
        },
      }),
    );
    expect(proposed.event.data).toMatchObject(skillData(proposed.result));
    expect(proposed.result.version).toBe(1);

    const skillUpdated = await next('skill.updated', p.employer, async () => {
      const { updateSkill } = await p.employer.client.ok<{ updateSkill: SkillRecord }>(UPDATE_SKILL, {
        id: proposed.result.id,
        input: { expectedVersion: 1, priority: 'NICE_TO_HAVE', name: 'Welds aluminium and steel' },
      });
      return updateSkill;
    });
    expect(skillUpdated.event.data).toMatchObject(skillData(skillUpdated.result));
    expect(skillUpdated.event.data['version']).toBe(2);
    expect([...(skillUpdated.event.data['changed'] as string[])].sort()).toEqual(['name', 'priority']);

    // outcome.added, outcome.updated
    const added = await next('outcome.added', p.faculty, () =>
      addOutcome(p.faculty, p.designId, {
        statement: 'Learners weld a butt joint',
        bloomLevel: 'APPLY',
        assessmentMethod: 'Practical test',
        skillIds: [proposed.result.id, p.skill.id],
      }),
    );
    expect(added.event.data).toEqual(outcomeData(added.result));

    const outcomeUpdated = await next('outcome.updated', p.faculty, async () => {
      const { updateOutcome } = await p.faculty.client.ok<{ updateOutcome: OutcomeRecord }>(UPDATE_OUTCOME, {
        id: added.result.id,
        input: { expectedVersion: 1, bloomLevel: 'ANALYZE', skillIds: [proposed.result.id] },
      });
      return updateOutcome;
    });
    // Like design.updated, it says which fields it changed (the field-level merge reads them).
    expect(outcomeUpdated.event.data).toEqual({
      ...outcomeData(outcomeUpdated.result),
      changed: ['bloomLevel', 'skillIds'],
    });
    expect(outcomeUpdated.event.data['version']).toBe(2);

    // comment.added (with a mention), comment.resolved
    const comment = await next('comment.added', p.employer, () =>
      addComment(p.employer, {
        designId: p.designId,
        targetType: 'SKILL',
        targetId: proposed.result.id,
        body: `Is this right, @${p.faculty.user.email}?`,
      }),
    );
    expect(comment.event.data).toEqual(commentData(comment.result));
    expect(comment.event.data['mentions']).toEqual([{ id: p.faculty.user.id }]);

    const resolved = await next('comment.resolved', p.faculty, async () => {
      const { resolveComment } = await p.faculty.client.ok<{ resolveComment: CommentRecord }>(
        RESOLVE_COMMENT,
        {
          id: comment.result.id,
          resolved: true,
        },
      );
      return resolveComment;
    });
    expect(resolved.event.data).toEqual(commentData(resolved.result));
    expect(resolved.event.data['resolved']).toBe(true);

    // outcome.removed, skill.removed
    const outcomeRemoved = await next('outcome.removed', p.faculty, () =>
      p.faculty.client.ok(REMOVE_OUTCOME, { id: added.result.id }),
    );
    expect(outcomeRemoved.event.data).toEqual({ id: added.result.id });
    const skillRemoved = await next('skill.removed', p.employer, () =>
      p.employer.client.ok(REMOVE_SKILL, { id: proposed.result.id }),
    );
    expect(skillRemoved.event.data).toEqual({ id: proposed.result.id, name: 'Welds aluminium and steel' });

    // stage.changed (with the snapshot it froze), decision.recorded
    const moved = await next('stage.changed', p.lead, () => move(p.lead, p.designId, 'PARTNER_REVIEW'));
    const snapshot = moved.result.snapshots.find((s) => s.stage === 'PARTNER_REVIEW')!;
    expect(moved.event.data).toEqual({
      from: 'DRAFTING',
      to: 'PARTNER_REVIEW',
      rationale: null,
      snapshotId: snapshot.id,
      revision: moved.result.revision,
      // The pipeline version the design runs on from here (0: the default pipeline).
      pipelineVersion: 0,
    });

    const endorsed = await next('decision.recorded', p.employer, () =>
      decide(p.employer, p.designId, 'ENDORSE', 'Fits our hiring needs'),
    );
    expect(endorsed.event.data).toEqual({
      id: endorsed.result.id,
      kind: 'ENDORSE',
      revision: endorsed.result.revision,
      note: 'Fits our hiring needs',
      user: actorOf(p.employer),
      role: 'EMPLOYER_PARTNER',
    });

    // Every type of the contract was seen, in one contiguous run.
    const latest = await lastSeq(p.lead, p.designId);
    for (const client of clients) expect(client.seqsOf(p.designId)).toEqual(range(joinedAt + 1, latest));
    expect(new Set(lead.client.eventsOf(p.designId).map((e) => e.type))).toEqual(
      new Set([
        'design.updated',
        'participant.joined',
        'skill.proposed',
        'skill.updated',
        'skill.removed',
        'outcome.added',
        'outcome.updated',
        'outcome.removed',
        'comment.added',
        'comment.resolved',
        'decision.recorded',
        'stage.changed',
      ]),
    );
  });

  it('the entries on the wire are exactly those Design.events returns for the same seqs', async () => {
    const logged = await wireEvents(p.lead, p.designId, joinedAt);
    expect(logged.length).toBeGreaterThanOrEqual(12);
    for (const client of clients) expect(client.eventsOf(p.designId)).toEqual(logged);
  });
});

describe('ordering under concurrent writers', () => {
  it('4 users × 10 mutations at once: every client receives seq strictly increasing by 1, no hole, no duplicate, identical lists equal to the log', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty', 'faculty2'] });
    const writers = [cast.lead, cast.employer, cast.faculty, cast.faculty2];
    const joined = await Promise.all([
      pool.joined(cast.lead.token, cast.designId),
      pool.joined(cast.employer.token, cast.designId),
      pool.joined(cast.faculty.token, cast.designId),
    ]);
    const start = joined[0].ack.seq;
    for (const { ack } of joined) expect(ack.seq).toBe(start);

    await Promise.all(
      writers.flatMap((writer, w) =>
        range(1, 10).map((i) =>
          i % 2 === 0
            ? proposeSkill(writer, cast.designId, { name: `Skill ${w}-${i}` })
            : addComment(writer, { designId: cast.designId, body: `Comment ${w}-${i}` }),
        ),
      ),
    );
    const latest = await lastSeq(cast.lead, cast.designId);
    expect(latest).toBe(start + 40);
    for (const { client } of joined) await untilSeq(client, cast.designId, latest);
    await quietFor(300);

    const logged = await wireEvents(cast.lead, cast.designId, start);
    for (const { client } of joined) {
      expect(client.seqsOf(cast.designId)).toEqual(range(start + 1, latest));
      expect(client.eventsOf(cast.designId)).toEqual(logged);
    }
    // All 40 changes are there, each once.
    expect(logged.map((e) => e.data['name'] ?? e.data['body']).sort()).toEqual(
      writers
        .flatMap((_, w) => range(1, 10).map((i) => (i % 2 === 0 ? `Skill ${w}-${i}` : `Comment ${w}-${i}`)))
        .sort(),
    );
  });
});

describe('a refused or rolled-back change publishes nothing', () => {
  let p: Pipeline<'employer' | 'faculty'>;
  let watcher: RealtimeClient;

  beforeAll(async () => {
    p = await pipelineDesign(api, { with: ['employer', 'faculty'] });
  }, 60_000);
  beforeEach(async () => {
    ({ client: watcher } = await pool.joined(p.lead.token, p.designId));
  });

  async function expectSilent(attempt: () => Promise<GraphQLResponse<unknown>>, code: string) {
    const seq = await lastSeq(p.lead, p.designId);
    const seen = watcher.events.length;
    const result = await attempt();
    expect(codeOf(result)).toBe(code);
    await quietFor(300);
    expect(watcher.events).toHaveLength(seen);
    expect(await lastSeq(p.lead, p.designId)).toBe(seq);
    return seq;
  }

  it('a stale expectedVersion → CONFLICT', async () => {
    const before = await readDesign(p.lead, p.designId);
    const { updateDesign } = await p.faculty.client.ok<{ updateDesign: DesignRecord }>(UPDATE_DESIGN, {
      id: p.designId,
      input: { expectedVersion: before.version, title: 'Fresh' },
    });
    await untilSeq(watcher, p.designId, await lastSeq(p.lead, p.designId));
    await expectSilent(
      () =>
        p.lead.client.request(UPDATE_DESIGN, {
          id: p.designId,
          input: { expectedVersion: updateDesign.version - 1, title: 'Stale' },
        }),
      'CONFLICT',
    );
    await expectSilent(
      () =>
        p.employer.client.request(UPDATE_SKILL, {
          id: p.skill.id,
          input: { expectedVersion: p.skill.version + 1, name: 'Stale' },
        }),
      'CONFLICT',
    );
  });

  it('a role that may not make the change → FORBIDDEN', async () => {
    await expectSilent(
      () =>
        p.employer.client.request(UPDATE_OUTCOME, {
          id: p.outcome.id,
          input: { expectedVersion: p.outcome.version, statement: 'Not mine to change' },
        }),
      'FORBIDDEN',
    );
    await expectSilent(() => decision(p.faculty, p.designId, 'APPROVE'), 'FORBIDDEN');
  });

  it('a transition that is not allowed, or whose gate fails → PRECONDITION_FAILED', async () => {
    await expectSilent(() => transition(p.lead, p.designId, 'COMMITTEE_REVIEW'), 'PRECONDITION_FAILED');
    await expectSilent(() => transition(p.lead, p.designId, 'ARCHIVED'), 'PRECONDITION_FAILED');
  });

  it('a change rolled back after its entry was written (a failure later in the same transaction) publishes nothing, and the next change takes the same seq', async () => {
    // A mention writes a notification in the comment's transaction, after the log entry: make that
    // insert fail, so that the whole transaction — entry included — rolls back.
    await api.sql(`CREATE OR REPLACE FUNCTION test_refuse_notification() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql`);
    await api.sql(`CREATE TRIGGER test_refuse_notification BEFORE INSERT ON notifications
      FOR EACH ROW EXECUTE FUNCTION test_refuse_notification()`);
    let seq: number;
    try {
      seq = await expectSilent(
        () =>
          p.employer.client.request(
            `mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id } }`,
            {
              input: {
                designId: p.designId,
                targetType: 'DESIGN',
                targetId: p.designId,
                body: `Rolled back, @${p.faculty.user.email}`,
              },
            },
          ),
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await api.sql('DROP TRIGGER IF EXISTS test_refuse_notification ON notifications');
      await api.sql('DROP FUNCTION IF EXISTS test_refuse_notification()');
    }
    const [{ n }] = await api.sql<{ n: string }>(
      `SELECT count(*) AS n FROM comments WHERE body LIKE 'Rolled back%'`,
    );
    expect(Number(n)).toBe(0);

    await addComment(p.employer, { designId: p.designId, body: 'Kept' });
    await untilSeq(watcher, p.designId, seq + 1);
    expect(watcher.events.filter((e) => e.seq > seq).map((e) => [e.seq, e.data['body']])).toEqual([
      [seq + 1, 'Kept'],
    ]);
  });
});

describe('catch-up with afterSeq', () => {
  let cast: Cast<'employer'>;
  let latest: number;

  beforeAll(async () => {
    cast = await makeDesign(api, { with: ['employer'] });
    for (let i = 0; i < 8; i += 1)
      await addComment(cast.employer, { designId: cast.designId, body: `c${i}` });
    latest = await lastSeq(cast.lead, cast.designId);
  });

  it.each([0, 1, 4])(
    'join with afterSeq = %i gets exactly afterSeq+1..latest before the ack, then the live events',
    async (afterSeq) => {
      const { client, ack } = await pool.joined(cast.employer.token, cast.designId, afterSeq);
      const current = await lastSeq(cast.lead, cast.designId);
      expect(ack.seq).toBe(current);
      // The catch-up was emitted before the ack: it is all there already.
      expect(client.seqsOf(cast.designId)).toEqual(range(afterSeq + 1, current));
      expect(client.eventsOf(cast.designId)).toEqual(await wireEvents(cast.lead, cast.designId, afterSeq));

      await addComment(cast.lead, { designId: cast.designId, body: `live after ${afterSeq}` });
      await untilSeq(client, cast.designId, current + 1);
      await quietFor(100);
      expect(client.seqsOf(cast.designId)).toEqual(range(afterSeq + 1, current + 1));
      expect(client.eventsOf(cast.designId).at(-1)!.data['body']).toBe(`live after ${afterSeq}`);
    },
  );

  it('afterSeq = latest replays nothing; afterSeq beyond the latest replays nothing and acks seq = latest; both then get live events', async () => {
    const current = await lastSeq(cast.lead, cast.designId);
    expect(current).toBeGreaterThanOrEqual(latest);
    const { client: level, ack: levelAck } = await pool.joined(cast.employer.token, cast.designId, current);
    const { client: ahead, ack: aheadAck } = await pool.joined(
      cast.employer.token,
      cast.designId,
      current + 50,
    );
    expect(levelAck.seq).toBe(current);
    expect(aheadAck.seq).toBe(current);
    await quietFor(300);
    expect(level.events).toEqual([]);
    expect(ahead.events).toEqual([]);

    await addComment(cast.lead, { designId: cast.designId, body: 'after the jump' });
    for (const client of [level, ahead]) {
      await untilSeq(client, cast.designId, current + 1);
      expect(client.seqsOf(cast.designId)).toEqual([current + 1]);
    }
  });

  it('a long log (more than one page of 500) is replayed whole and in order', async () => {
    const long = await makeDesign(api);
    await addComment(long.lead, { designId: long.designId, body: 'first real entry' });
    // Ballast: entries written straight into the log, to make it long quickly.
    await api.sql(
      `INSERT INTO design_events (design_id, seq, type, actor_id, data)
       SELECT $1, 1 + g, 'comment.added', $2, jsonb_build_object('body', 'ballast ' || g) FROM generate_series(1, 1234) g`,
      [long.designId, long.lead.user.id],
    );
    await api.sql('UPDATE designs SET last_seq = 1235 WHERE id = $1', [long.designId]);
    await addComment(long.lead, { designId: long.designId, body: 'last real entry' });

    const { client, ack } = await pool.joined(long.lead.token, long.designId, 0);
    expect(ack.seq).toBe(1236);
    expect(client.seqsOf(long.designId)).toEqual(range(1, 1236));
    expect(client.eventsOf(long.designId).at(-1)!.data['body']).toBe('last real entry');
    expect(client.eventsOf(long.designId)).toEqual(await wireEvents(long.lead, long.designId, 0));
  });

  it('the seam: joins with afterSeq while writers keep writing get afterSeq+1..N exactly once, contiguous', async () => {
    const seam = await makeDesign(api, { with: ['employer', 'faculty'] });
    const { client: steady, ack: steadyAck } = await pool.joined(seam.lead.token, seam.designId);
    const WRITES = 30;
    let writing = true;
    const writer = (person: Person, label: string) =>
      (async () => {
        for (let i = 0; i < WRITES; i += 1)
          await addComment(person, { designId: seam.designId, body: `${label} ${i}` });
      })();
    const writers = Promise.all([writer(seam.employer, 'employer'), writer(seam.faculty, 'faculty')]).finally(
      () => (writing = false),
    );

    // An afterSeq beyond the log's latest entry at the join counts as that entry (the ack's seq), as
    // the test above states: a joiner continues from the smaller of the two.
    const joiners: Array<{ client: RealtimeClient; afterSeq: number; from: number }> = [];
    for (let round = 0; writing || round < 3; round += 1) {
      const known = await lastSeq(seam.lead, seam.designId);
      // Behind, level with, and ahead of what the log held a moment ago.
      const afterSeq = Math.max(0, known - (round % 4) + (round % 5 === 4 ? 1 : 0));
      const client = await pool.connect(seam.employer.token);
      const ack = await client.join(seam.designId, afterSeq);
      expect(ack).toMatchObject({ ok: true });
      if (ack.seq === undefined) throw new Error('join refused');
      joiners.push({ client, afterSeq, from: Math.min(afterSeq, ack.seq) });
      if (round > 200) break;
    }
    await writers;
    const final = await lastSeq(seam.lead, seam.designId);
    expect(final).toBe(steadyAck.seq + 2 * WRITES);
    expect(joiners.length).toBeGreaterThanOrEqual(3);

    await untilSeq(steady, seam.designId, final);
    // A joiner that continues from the last entry already has everything: nothing will arrive.
    for (const { client, from } of joiners) if (from < final) await untilSeq(client, seam.designId, final);
    await quietFor(300);
    expect(steady.seqsOf(seam.designId)).toEqual(range(steadyAck.seq + 1, final));
    const logged = await wireEvents(seam.lead, seam.designId, 0);
    for (const { client, afterSeq, from } of joiners) {
      expect({ afterSeq, seqs: client.seqsOf(seam.designId) }).toEqual({
        afterSeq,
        seqs: range(from + 1, final),
      });
      expect(client.eventsOf(seam.designId)).toEqual(logged.slice(from));
    }
  }, 60_000);
});

describe('several sockets of one user', () => {
  it('two tabs of the same user each receive each event once; joining the same design twice does not double it', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const { client: tab1, ack } = await pool.joined(cast.employer.token, cast.designId);
    const { client: tab2 } = await pool.joined(cast.employer.token, cast.designId);
    expect(await tab2.join(cast.designId)).toMatchObject({ ok: true, seq: ack.seq });

    for (let i = 0; i < 5; i += 1) await addComment(cast.lead, { designId: cast.designId, body: `c${i}` });
    const latest = await lastSeq(cast.lead, cast.designId);
    for (const tab of [tab1, tab2]) await untilSeq(tab, cast.designId, latest);
    await quietFor(300);
    for (const tab of [tab1, tab2]) expect(tab.seqsOf(cast.designId)).toEqual(range(ack.seq + 1, latest));
    expect(tab1.eventsOf(cast.designId)).toEqual(tab2.eventsOf(cast.designId));
  });
});
