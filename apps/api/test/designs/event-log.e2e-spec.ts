import { CommittedDesignEvent, DesignEventBus, DesignSignals } from '@mc/designs';

import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  addComment,
  addOutcome,
  codeOf,
  colleagueOf,
  createDesign,
  DESIGN_EVENTS,
  founder,
  join,
  makeDesign,
  PROPOSE_SKILL,
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

/** The log with neither `afterSeq` nor `limit`: the schema's defaults. */
const EVENTS_BY_DEFAULT = graphql(`
  query EventsByDefault($id: ID!) {
    design(id: $id) {
      events {
        seq
      }
    }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function storedSeqs(designId: string): Promise<number[]> {
  const rows = await api.sql<{ seq: number }>(
    'SELECT seq FROM design_events WHERE design_id = $1 ORDER BY seq',
    [designId],
  );
  return rows.map((r) => Number(r.seq));
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the design’s event log', () => {
  it('is empty for a new design: creating a design writes no entry', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    const design = await createDesign(lead);
    expect(await readEvents(lead, design.id)).toEqual([]);
    expect(await storedSeqs(design.id)).toEqual([]);
  });

  it('appends one entry per change, of each type, in order, with the actor and the changed record', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const partner = await founder(api, 'EMPLOYER');
    await join(cast, partner, 'EMPLOYER_PARTNER');

    const { updateDesign } = await cast.lead.client.ok(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: 1, title: 'Logged title' },
    });
    const skill = await proposeSkill(partner, cast.designId, { name: 'Logged skill' });
    const { updateSkill } = await partner.client.ok(UPDATE_SKILL, {
      id: skill.id,
      input: { expectedVersion: 1, name: 'Renamed skill' },
    });
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    const { updateOutcome } = await cast.faculty.client.ok(UPDATE_OUTCOME, {
      id: outcome.id,
      input: { expectedVersion: 1, statement: 'Logged statement' },
    });
    const comment = await addComment(partner, { designId: cast.designId, body: 'Logged comment' });
    await cast.lead.client.ok(RESOLVE_COMMENT, {
      id: comment.id,
      resolved: true,
    });
    await cast.faculty.client.ok(RESOLVE_COMMENT, {
      id: comment.id,
      resolved: false,
    });
    await cast.faculty.client.ok(REMOVE_OUTCOME, { id: outcome.id });
    await cast.lead.client.ok(REMOVE_SKILL, { id: skill.id });

    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => [e.seq, e.type, e.actor?.id])).toEqual([
      [1, 'participant.joined', cast.faculty.user.id],
      [2, 'participant.joined', partner.user.id],
      [3, 'design.updated', cast.lead.user.id],
      [4, 'skill.proposed', partner.user.id],
      [5, 'skill.updated', partner.user.id],
      [6, 'outcome.added', cast.faculty.user.id],
      [7, 'outcome.updated', cast.faculty.user.id],
      [8, 'comment.added', partner.user.id],
      [9, 'comment.resolved', cast.lead.user.id],
      [10, 'comment.resolved', cast.faculty.user.id],
      [11, 'outcome.removed', cast.faculty.user.id],
      [12, 'skill.removed', cast.lead.user.id],
    ]);
    const data = (seq: number) => events[seq - 1]!.data;
    expect(data(3)).toMatchObject({ id: cast.designId, title: updateDesign.title, version: 2 });
    expect(data(4)).toMatchObject({ id: skill.id, name: 'Logged skill', version: 1 });
    expect(data(5)).toMatchObject({ id: skill.id, name: updateSkill.name, version: 2 });
    expect(data(6)).toMatchObject({ id: outcome.id, statement: outcome.statement, version: 1 });
    expect(data(7)).toMatchObject({ id: outcome.id, statement: updateOutcome.statement, version: 2 });
    expect(data(8)).toMatchObject({ id: comment.id, body: 'Logged comment' });
    expect(data(9)).toMatchObject({ id: comment.id, resolved: true });
    expect(data(10)).toMatchObject({ id: comment.id, resolved: false });
    expect(data(11)).toMatchObject({ id: outcome.id });
    expect(data(12)).toMatchObject({ id: skill.id });
    // Times never go backwards.
    const times = events.map((e) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(12));
  });

  it('pages with afterSeq and limit', async () => {
    const cast = await makeDesign(api);
    for (let i = 0; i < 6; i++) await proposeSkill(cast.lead, cast.designId);
    expect((await readEvents(cast.lead, cast.designId, 2, 3)).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect((await readEvents(cast.lead, cast.designId, 5, 100)).map((e) => e.seq)).toEqual([6]);
    expect(await readEvents(cast.lead, cast.designId, 6, 100)).toEqual([]);
    // The defaults: from the start, in order.
    const { design } = await cast.lead.client.ok(EVENTS_BY_DEFAULT, { id: cast.designId });
    expect(design.events.map((e) => e.seq)).toEqual(oneToN(6));
  });

  it('numbers 1..n with no holes under ~20 concurrent writers on one design', async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'faculty2', 'employer', 'employer2', 'community', 'committee', 'observer'],
    });
    const already = (await readEvents(cast.lead, cast.designId)).length; // the 7 joins
    expect(already).toBe(7);
    const skillWriters = [
      cast.lead,
      cast.faculty,
      cast.faculty2,
      cast.employer,
      cast.employer2,
      cast.community,
    ];
    const commentWriters = [cast.lead, cast.committee, cast.observer, cast.employer];
    const writes = [
      ...skillWriters.flatMap((person) =>
        [0, 1].map((n) =>
          person.client.request(PROPOSE_SKILL, {
            designId: cast.designId,
            input: { name: `concurrent ${person.user.id.slice(0, 6)} ${n}`, priority: 'IMPORTANT' },
          }),
        ),
      ),
      ...commentWriters.flatMap((person) =>
        [0, 1].map((n) =>
          person.client.request(ADD_COMMENT, {
            input: {
              designId: cast.designId,
              targetType: 'DESIGN',
              targetId: cast.designId,
              body: `concurrent ${person.user.id.slice(0, 6)} ${n}`,
            },
          }),
        ),
      ),
    ];
    expect(writes).toHaveLength(20);
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.errors?.length)).toEqual([]);

    const events = await readEvents(cast.lead, cast.designId);
    expect(events.map((e) => e.seq)).toEqual(oneToN(already + 20));
    expect(events.filter((e) => e.type === 'skill.proposed')).toHaveLength(12);
    expect(events.filter((e) => e.type === 'comment.added')).toHaveLength(8);
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(already + 20));
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.skills).toHaveLength(12);
    expect(read.revision).toBe(13);
  });

  it('keeps each design’s own sequence when several designs are written at once', async () => {
    const [a, b] = await Promise.all([makeDesign(api), makeDesign(api)]);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        proposeSkill(i % 2 ? a.lead : b.lead, i % 2 ? a.designId : b.designId),
      ),
    );
    expect(await storedSeqs(a.designId)).toEqual(oneToN(5));
    expect(await storedSeqs(b.designId)).toEqual(oneToN(5));
  });

  it('appends nothing for a refused change (FORBIDDEN, CONFLICT, BAD_USER_INPUT, PRECONDITION_FAILED, NOT_FOUND)', async () => {
    const cast = await makeDesign(api, { with: ['observer', 'employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const before = await readEvents(cast.lead, cast.designId);

    expect(
      codeOf(
        await cast.observer.client.request(PROPOSE_SKILL, {
          designId: cast.designId,
          input: { name: 'x', priority: 'ESSENTIAL' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await cast.lead.client.request(UPDATE_SKILL, {
          id: skill.id,
          input: { expectedVersion: 9, name: 'y' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await cast.lead.client.request(UPDATE_DESIGN, {
          id: cast.designId,
          input: { expectedVersion: 1, title: 'x'.repeat(201) },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await cast.employer.client.request(ADD_COMMENT, {
          input: { designId: cast.designId, targetType: 'DESIGN', targetId: cast.designId, body: '' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await cast.lead.client.request(RESOLVE_COMMENT, {
          id: '00000000-0000-4000-8000-00000000abcd',
          resolved: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    await api.sql(`UPDATE designs SET stage = 'PARTNER_REVIEW' WHERE id = $1`, [cast.designId]);
    expect(codeOf(await cast.lead.client.request(REMOVE_SKILL, { id: skill.id }))).toBe(
      'PRECONDITION_FAILED',
    );

    expect(await readEvents(cast.lead, cast.designId)).toEqual(before);
    expect(await storedSeqs(cast.designId)).toEqual(oneToN(before.length));
  });

  it('is visible only to those who may see the design', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const stranger = await founder(api, 'EMPLOYER');
    const result = await stranger.client.request(DESIGN_EVENTS, {
      id: cast.designId,
      afterSeq: 0,
      limit: 10,
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});

/**
 * An entry is part of its change: written in the change's own transaction and handed to the event
 * bus only once that transaction committed. These tests make a change fail after its entry was
 * written, once inside the transaction (a listener of `DesignSignals` that throws) and once at
 * COMMIT itself (a deferred constraint trigger), and find neither the change, nor the entry, nor a
 * published event. An entry written in a second transaction after the change, or published before
 * the commit, fails them.
 */
describe('a change that fails after its entry is written', () => {
  /** Designs whose next entry makes the change fail inside its transaction. */
  const failing = new Set<string>();
  const published: CommittedDesignEvent[] = [];
  let unsubscribe: () => void;

  beforeAll(() => {
    api.app.get(DesignSignals).register(async (_tx, signal) => {
      if (signal.type === 'event' && failing.has(signal.event.designId)) {
        throw new Error(`test: ${signal.event.type} fails after its entry was written`);
      }
    });
    unsubscribe = api.app.get(DesignEventBus).subscribe((event) => published.push(event));
  });
  afterAll(() => unsubscribe?.());

  const publishedFor = (designId: string) =>
    published.filter((event) => event.designId === designId).map((event) => [event.seq, event.type]);
  const mentionsOf = async (userId: string) =>
    Number(
      (
        await api.sql<{ count: string }>(
          `SELECT count(*) FROM notifications WHERE user_id = $1 AND kind = 'MENTION'`,
          [userId],
        )
      )[0]!.count,
    );
  const notificationCount = async () =>
    Number((await api.sql<{ count: string }>('SELECT count(*) FROM notifications'))[0]!.count);

  /** Each change is tried while failing, then made for real; it must take the number it gave back. */
  async function expectNoTrace(
    designId: string,
    viewer: Parameters<typeof readEvents>[0],
    changes: Array<[string, () => Promise<{ errors?: unknown[] } & object>]>,
    failWith: 'signal' | 'commit',
  ) {
    for (const [type, change] of changes) {
      const before = { state: await storedState(api), notifications: await notificationCount() };
      const seqBefore = await storedSeqs(designId);
      const publishedBefore = publishedFor(designId);

      if (failWith === 'signal') failing.add(designId);
      else await api.sql('INSERT INTO test_fail_at_commit (design_id) VALUES ($1)', [designId]);
      try {
        const result = await change();
        expect([type, codeOf(result as never)]).toEqual([type, 'INTERNAL_SERVER_ERROR']);
      } finally {
        failing.delete(designId);
        await api.sql('DELETE FROM test_fail_at_commit WHERE design_id = $1', [designId]);
      }
      expect({ state: await storedState(api), notifications: await notificationCount() }).toEqual(before);
      expect(await storedSeqs(designId)).toEqual(seqBefore);
      // The bus hands entries over asynchronously after commit: give a wrongly published one time.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([type, publishedFor(designId)]).toEqual([type, publishedBefore]);

      const result = await change();
      expect([type, result.errors]).toEqual([type, undefined]);
      const next = seqBefore.length + 1;
      expect(await storedSeqs(designId)).toEqual(oneToN(next));
      expect((await readEvents(viewer, designId)).at(-1)).toMatchObject({ seq: next, type });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(publishedFor(designId)).toEqual([...publishedBefore, [next, type]]);
    }
  }

  beforeAll(async () => {
    // Fires at COMMIT, after every statement of the change (and every listener) has run.
    await api.sql(`CREATE TABLE test_fail_at_commit (design_id uuid PRIMARY KEY)`);
    await api.sql(`CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM test_fail_at_commit WHERE design_id = NEW.design_id) THEN
          RAISE EXCEPTION 'test: the commit of an entry of % fails', NEW.design_id;
        END IF;
        RETURN NULL;
      END $$`);
    await api.sql(`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON design_events
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`);
  });
  afterAll(async () => {
    await api.sql('DROP TRIGGER IF EXISTS test_fail_at_commit ON design_events');
    await api.sql('DROP FUNCTION IF EXISTS test_fail_at_commit()');
    await api.sql('DROP TABLE IF EXISTS test_fail_at_commit');
  });

  async function castWithChanges() {
    const cast = await makeDesign(api, { with: ['employer'] });
    const colleague = await colleagueOf(api, cast.lead, {
      displayName: `Mentioned ${cast.designId.slice(0, 8)}`,
    });
    await join(cast, colleague, 'FACULTY');
    const skill = await proposeSkill(cast.employer, cast.designId);
    const comment = await addComment(cast.employer, { designId: cast.designId, body: 'to be resolved' });
    let version = 1;
    const changes: Array<[string, () => Promise<{ errors?: unknown[] } & object>]> = [
      [
        'skill.proposed',
        () =>
          cast.employer.client.request(PROPOSE_SKILL, {
            designId: cast.designId,
            input: { name: `Failing skill ${cast.designId.slice(0, 8)}`, priority: 'IMPORTANT' },
          }),
      ],
      [
        'design.updated',
        async () => {
          const result = await cast.lead.client.request(UPDATE_DESIGN, {
            id: cast.designId,
            input: { expectedVersion: version, title: 'Renamed while failing' },
          });
          if (!result.errors?.length) version += 1;
          return result;
        },
      ],
      ['skill.removed', () => cast.lead.client.request(REMOVE_SKILL, { id: skill.id })],
      [
        // A mention writes a notification in the same transaction: it must go too.
        'comment.added',
        () =>
          cast.lead.client.request(ADD_COMMENT, {
            input: {
              designId: cast.designId,
              targetType: 'DESIGN',
              targetId: cast.designId,
              body: `Over to @${colleague.user.email}`,
            },
          }),
      ],
      [
        'comment.resolved',
        () => cast.lead.client.request(RESOLVE_COMMENT, { id: comment.id, resolved: true }),
      ],
    ];
    return { cast: { ...cast, colleague }, changes };
  }

  it('a listener that throws after the entry is written leaves no change, no entry, no notification and no event', async () => {
    const { cast, changes } = await castWithChanges();
    await expectNoTrace(cast.designId, cast.lead, changes, 'signal');
    // …while the change made for real did notify (so there was something to roll back).
    expect(await mentionsOf(cast.colleague.user.id)).toBe(1);
  });

  it('a COMMIT that fails leaves no change, no entry, no notification and no event', async () => {
    const { cast, changes } = await castWithChanges();
    await expectNoTrace(cast.designId, cast.lead, changes, 'commit');
    expect(await mentionsOf(cast.colleague.user.id)).toBe(1);
  });
});
