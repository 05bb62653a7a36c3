/**
 * Design rooms (contract "Joining a design", SPEC "Who sees what"): a room is open to whoever may
 * see the design (its participants and the ADMINs of its institution) and to nobody else, with the
 * same NOT_FOUND for an unknown and a forbidden id; events stay in their design's room; leaving
 * or being removed from the design stops them.
 */
import { Client } from 'pg';

import { GraphQLResponse } from '@mc/testing';

import {
  Cast,
  codeOf,
  colleagueOf,
  DESIGN_ID,
  founder,
  institutionAdmin,
  join,
  makeDesign,
  Person,
  proposeSkill,
  unknownId,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';
import { watch } from '../workflow/workflow-factories';

import { lastSeq, removeParticipant, SocketPool, untilSeq } from './realtime-factories';
import { JoinAck, quietFor, RealtimeClient } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

const NOT_FOUND = { ok: false, error: 'NOT_FOUND' };

describe('joining a design one may not see', () => {
  it('an unknown id, a design of another organization, a colleague who is not a participant, and another institution’s ADMIN all answer the same NOT_FOUND; the socket stays connected and can then join a visible design', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const employerColleague = await colleagueOf(api, cast.employer);
    const institutionMember = await colleagueOf(api, cast.lead, { orgRole: 'MEMBER' });
    const otherInstitutionAdmin = await founder(api, 'POST_SECONDARY');
    const otherEmployer = await founder(api, 'EMPLOYER');
    const own = await makeDesign(api, { lead: otherInstitutionAdmin });

    const attempts: Array<[Person, string]> = [
      [cast.lead, unknownId()],
      [otherEmployer, cast.designId],
      [employerColleague, cast.designId],
      [institutionMember, cast.designId],
      [otherInstitutionAdmin, cast.designId],
    ];
    for (const [person, designId] of attempts) {
      const client = await pool.connect(person.token);
      expect(await client.join(designId)).toEqual(NOT_FOUND);
      expect(await client.join(designId, 0)).toEqual(NOT_FOUND);
      expect(client.socket.connected).toBe(true);
      // Nothing of the design was replayed to it.
      expect(client.events).toEqual([]);
    }

    // Whatever happens in the design afterwards does not reach the refused sockets either.
    const refused = await pool.connect(otherEmployer.token);
    expect(await refused.join(cast.designId)).toEqual(NOT_FOUND);
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    await proposeSkill(cast.employer, cast.designId);
    await untilSeq(lead, cast.designId, await lastSeq(cast.lead, cast.designId));
    await quietFor(300);
    expect(refused.events).toEqual([]);

    // The refused socket is still usable.
    const visible = await pool.connect(otherInstitutionAdmin.token);
    expect(await visible.join(cast.designId)).toEqual(NOT_FOUND);
    expect(await visible.join(own.designId)).toMatchObject({ ok: true, seq: 0 });
  });

  it('an ADMIN of the design’s institution who is not a participant may join, appears with no role, and receives the events', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const admin = await institutionAdmin(api, cast);
    const { client, ack } = await pool.joined(admin.token, cast.designId);
    expect(ack.presence).toEqual([
      { userId: admin.user.id, displayName: admin.user.displayName, role: null, focus: null },
    ]);
    await proposeSkill(cast.employer, cast.designId, { name: 'Seen by the admin' });
    await client.until(() => client.eventsOf(cast.designId).length === 1);
    expect(client.eventsOf(cast.designId)[0]).toMatchObject({
      seq: ack.seq + 1,
      type: 'skill.proposed',
      data: { name: 'Seen by the admin' },
    });
  });
});

describe('events stay in their design’s room', () => {
  it('a socket that joined only design B never receives design A’s events; one in both gets each with its designId', async () => {
    const a = await makeDesign(api, { with: ['employer'] });
    const b = await makeDesign(api, { lead: a.lead });
    const { client: onlyB } = await pool.joined(a.lead.token, b.designId);
    const both = await pool.connect(a.lead.token);
    expect(await both.join(a.designId)).toMatchObject({ ok: true });
    expect(await both.join(b.designId)).toMatchObject({ ok: true });
    // The employer takes part in A only, and has a socket in A only.
    const { client: onlyA } = await pool.joined(a.employer.token, a.designId);

    await proposeSkill(a.employer, a.designId, { name: 'In A' });
    await proposeSkill(a.lead, a.designId, { name: 'In A again' });
    await proposeSkill(a.lead, b.designId, { name: 'In B' });
    await onlyB.until(() => onlyB.events.length === 1);
    await both.until(() => both.events.length === 3);
    await onlyA.until(() => onlyA.events.length === 2);
    await quietFor(300);

    expect(onlyB.events.map((e) => [e.designId, e.data['name']])).toEqual([[b.designId, 'In B']]);
    expect(onlyA.events.map((e) => [e.designId, e.data['name']])).toEqual([
      [a.designId, 'In A'],
      [a.designId, 'In A again'],
    ]);
    expect(both.eventsOf(a.designId).map((e) => e.data['name'])).toEqual(['In A', 'In A again']);
    expect(both.eventsOf(b.designId).map((e) => e.data['name'])).toEqual(['In B']);
  });

  it('after design:leave nothing more of that design arrives (others still get it), and the design’s presence drops the leaver', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const { client: leaver } = await pool.joined(cast.employer.token, cast.designId);
    const { client: stayer } = await pool.joined(cast.lead.token, cast.designId);
    await proposeSkill(cast.lead, cast.designId, { name: 'Before leaving' });
    await leaver.until(() => leaver.events.length === 1);

    expect(await leaver.leave(cast.designId)).toEqual({ ok: true });
    await stayer.until(
      () =>
        stayer
          .latestPresence(cast.designId)
          ?.map((p) => p.userId)
          .join() === cast.lead.user.id,
      10_000,
      'presence without the leaver',
    );
    const presenceSeen = leaver.presence.length;
    await proposeSkill(cast.lead, cast.designId, { name: 'After leaving' });
    await untilSeq(stayer, cast.designId, await lastSeq(cast.lead, cast.designId));
    await quietFor(300);
    expect(leaver.events.map((e) => e.data['name'])).toEqual(['Before leaving']);
    expect(leaver.presence).toHaveLength(presenceSeen);
    expect(leaver.socket.connected).toBe(true);

    // Leaving again, or a design never joined: NOT_FOUND; the socket still works.
    expect(await leaver.leave(cast.designId)).toEqual(NOT_FOUND);
    expect(await leaver.leave(unknownId())).toEqual(NOT_FOUND);
    expect(await leaver.join(cast.designId)).toMatchObject({ ok: true });
  });
});

describe('removeParticipant', () => {
  it('the removed participant’s sockets (every tab) stop receiving the design at once — not even the participant.removed entry — while the others get it; rejoining answers NOT_FOUND', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const elsewhere = await makeDesign(api, { lead: cast.lead });
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: faculty } = await pool.joined(cast.faculty.token, cast.designId);
    const { client: tab1 } = await pool.joined(cast.employer.token, cast.designId);
    const { client: tab2 } = await pool.joined(cast.employer.token, cast.designId);
    // The employer also takes part in another design, on the same socket.
    await join(elsewhere, cast.employer, 'EMPLOYER_PARTNER');
    expect(await tab1.join(elsewhere.designId)).toMatchObject({ ok: true });

    await proposeSkill(cast.employer, cast.designId, { name: 'Before removal' });
    const before = await lastSeq(cast.lead, cast.designId);
    for (const client of [lead, faculty, tab1, tab2]) await untilSeq(client, cast.designId, before);

    const removal = await removeParticipant(cast.lead, cast.designId, cast.employer.user.id);
    expect(removal.errors).toBeUndefined();
    expect(removal.data!.removeParticipant.participants.map((p) => p.user.id)).not.toContain(
      cast.employer.user.id,
    );
    const removedSeq = before + 1;
    for (const client of [lead, faculty]) {
      await untilSeq(client, cast.designId, removedSeq);
      expect(client.eventsOf(cast.designId).at(-1)).toMatchObject({
        seq: removedSeq,
        type: 'participant.removed',
        actor: { id: cast.lead.user.id, displayName: cast.lead.user.displayName },
        data: {
          user: { id: cast.employer.user.id, displayName: cast.employer.user.displayName },
          role: 'EMPLOYER_PARTNER',
        },
      });
    }

    await proposeSkill(cast.faculty, cast.designId, { name: 'After removal' });
    await proposeSkill(cast.lead, elsewhere.designId, { name: 'In the other design' });
    await untilSeq(lead, cast.designId, removedSeq + 1);
    await untilSeq(faculty, cast.designId, removedSeq + 1);
    await tab1.until(() => tab1.eventsOf(elsewhere.designId).length > 0);
    await quietFor(300);
    for (const tab of [tab1, tab2]) {
      expect(tab.eventsOf(cast.designId).map((e) => e.seq)).toEqual([before]);
      expect(tab.socket.connected).toBe(true);
    }
    // Its other design is not affected.
    expect(tab1.eventsOf(elsewhere.designId).map((e) => e.data['name'])).toEqual(['In the other design']);

    // The others' presence no longer lists the removed user.
    await lead.until(
      () => !lead.latestPresence(cast.designId)?.some((p) => p.userId === cast.employer.user.id),
      10_000,
      'presence without the removed user',
    );

    // Rejoining, with or without catch-up, from an old or a new socket: NOT_FOUND, and nothing replayed.
    const fresh = await pool.connect(cast.employer.token);
    for (const client of [tab1, tab2, fresh]) {
      expect(await client.join(cast.designId)).toEqual(NOT_FOUND);
      expect(await client.join(cast.designId, 0)).toEqual(NOT_FOUND);
    }
    expect(fresh.events).toEqual([]);
    expect(codeOf(await cast.employer.client.request(DESIGN_ID, { id: cast.designId }))).toBe('NOT_FOUND');
  });

  describe('refusals change nothing and publish nothing', () => {
    async function expectRefused(
      cast: { designId: string; lead: Person },
      watcher: RealtimeClient,
      attempt: () => Promise<GraphQLResponse<unknown>>,
      code: string,
    ): Promise<void> {
      const unchanged = await watch(api, cast.lead, cast.designId);
      const seq = await lastSeq(cast.lead, cast.designId);
      const seen = watcher.events.length;
      const result = await attempt();
      expect(codeOf(result)).toBe(code);
      await quietFor(300);
      expect(watcher.events).toHaveLength(seen);
      expect(await lastSeq(cast.lead, cast.designId)).toBe(seq);
      await unchanged();
    }

    let cast: Cast<'employer' | 'faculty'>;
    let watcher: RealtimeClient;
    beforeAll(async () => {
      cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    });
    beforeEach(async () => {
      ({ client: watcher } = await pool.joined(cast.lead.token, cast.designId));
    });

    it('a participant who is not the lead → FORBIDDEN', async () => {
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.faculty, cast.designId, cast.employer.user.id),
        'FORBIDDEN',
      );
    });

    it('an ADMIN of the institution who is not a participant (sees the design, holds no role) → FORBIDDEN', async () => {
      const admin = await institutionAdmin(api, cast);
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(admin, cast.designId, cast.employer.user.id),
        'FORBIDDEN',
      );
    });

    it('the lead removing themself → PRECONDITION_FAILED', async () => {
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, cast.designId, cast.lead.user.id),
        'PRECONDITION_FAILED',
      );
    });

    it('an unknown user id, and a real user who is not a participant → NOT_FOUND', async () => {
      const stranger = await founder(api, 'EMPLOYER');
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, cast.designId, unknownId()),
        'NOT_FOUND',
      );
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, cast.designId, stranger.user.id),
        'NOT_FOUND',
      );
    });

    it('an outsider (who cannot see the design), and anyone on an unknown design → NOT_FOUND', async () => {
      const outsider = await founder(api, 'EMPLOYER');
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(outsider, cast.designId, cast.employer.user.id),
        'NOT_FOUND',
      );
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, unknownId(), cast.employer.user.id),
        'NOT_FOUND',
      );
    });

    it('ids that are not uuids → BAD_USER_INPUT', async () => {
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, cast.designId, 'not-a-uuid'),
        'BAD_USER_INPUT',
      );
      await expectRefused(
        cast,
        watcher,
        () => removeParticipant(cast.lead, 'not-a-uuid', cast.employer.user.id),
        'BAD_USER_INPUT',
      );
    });

    it('after all those refusals the employer still takes part and still receives the design', async () => {
      const { client } = await pool.joined(cast.employer.token, cast.designId);
      await proposeSkill(cast.lead, cast.designId, { name: 'Still here' });
      await client.until(() => client.events.length === 1);
      expect(client.events[0]).toMatchObject({ type: 'skill.proposed', data: { name: 'Still here' } });
    });
  });
});

/**
 * Interleavings of a join with a leave or a removal, made deterministic: the test holds an
 * exclusive lock on `design_events` from a connection of its own, so that the server's read of the
 * log (inside the per-design queue, after the visibility check) waits until the test lets it go.
 */
describe('a join racing with the room emptying or with a removal', () => {
  /** How many server statements touching `table` wait for a lock. */
  async function waitingOn(table: string): Promise<number> {
    const [row] = await api.sql<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1`,
      [`%${table}%`],
    );
    return Number(row!.n);
  }

  /** Holds an exclusive lock on `design_events` while `during` runs. */
  async function withLogLocked(during: (release: () => Promise<void>) => Promise<void>): Promise<void> {
    const locker = new Client({ connectionString: api.db.url });
    await locker.connect();
    let held = true;
    const release = async () => {
      if (!held) return;
      held = false;
      await locker.query('COMMIT');
    };
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE design_events IN ACCESS EXCLUSIVE MODE');
      await during(release);
    } finally {
      await release();
      await locker.end();
    }
  }

  // A join under way keeps the design's sequencer alive even when the room empties meanwhile.
  it.each([
    ['leaves', (client: RealtimeClient, designId: string) => client.leave(designId)],
    [
      'disconnects',
      async (client: RealtimeClient) => {
        client.close();
      },
    ],
  ] as Array<[string, (client: RealtimeClient, designId: string) => Promise<unknown>]>)(
    'a socket that joins while the last one in the room %s still receives the live events',
    async (_name, goAway) => {
      const cast = await makeDesign(api, { with: ['employer'] });
      const { client: last } = await pool.joined(cast.lead.token, cast.designId);
      const joiner = await pool.connect(cast.employer.token);
      let ack: JoinAck | undefined;
      await withLogLocked(async (release) => {
        const joining = joiner.join(cast.designId);
        // The join passed the visibility check and waits inside the design's queue.
        while ((await waitingOn('design_events')) < 1) await quietFor(10);
        await goAway(last, cast.designId);
        // Time for the server to handle the leave / the closed connection.
        await quietFor(200);
        await release();
        ack = await joining;
      });
      expect(ack).toMatchObject({ ok: true });
      await proposeSkill(cast.lead, cast.designId, { name: 'Live after the join' });
      const seq = await lastSeq(cast.lead, cast.designId);
      await untilSeq(joiner, cast.designId, seq, 5_000);
    },
  );

  // The join checks visibility again inside the design's queue, after every committed entry was
  // handed out: a removal that committed while the join waited answers NOT_FOUND.
  it('a participant removed while their join waits in the design’s queue receives nothing after the removal', async () => {
    // The interleaving is forced with the log lock: another socket's catch-up of a long log
    // (ballast entries written straight into the log) holds the design's queue; the removed
    // user's join passes its visibility check and queues behind it; the removal, which must
    // write to the log, waits for the lock. Once the lock goes, the removal commits while the
    // long catch-up still holds the queue — checked: the catch-up's ack has not come yet.
    const BALLAST = 5_000;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const cast = await makeDesign(api, { with: ['employer'] });
      const base = await lastSeq(cast.lead, cast.designId);
      await api.sql(
        `INSERT INTO design_events (design_id, seq, type, actor_id, data)
           SELECT $1, $2 + g, 'comment.added', $3, '{"ballast": true}'::jsonb FROM generate_series(1, $4) g`,
        [cast.designId, base, cast.lead.user.id, BALLAST],
      );
      await api.sql('UPDATE designs SET last_seq = $2 WHERE id = $1', [cast.designId, base + BALLAST]);

      const catchingUp = await pool.connect(cast.lead.token);
      const removed = await pool.connect(cast.employer.token);
      let caughtUp = false;
      let catchUp: Promise<unknown> = Promise.resolve();
      let joining: Promise<JoinAck> = Promise.resolve({ ok: false });
      let removal: Promise<Awaited<ReturnType<typeof removeParticipant>>> | undefined;
      await withLogLocked(async (release) => {
        catchUp = catchingUp.join(cast.designId, 0).then(() => (caughtUp = true));
        while ((await waitingOn('design_events')) < 1) await quietFor(10);
        joining = removed.join(cast.designId);
        // Time for the join's visibility check (three reads, none of them locked).
        await quietFor(200);
        removal = removeParticipant(cast.lead, cast.designId, cast.employer.user.id);
        while ((await waitingOn('design_events')) < 2) await quietFor(10);
        await release();
      });
      expect((await removal!).errors).toBeUndefined();
      const conclusive = !caughtUp;
      await catchUp;
      const ack = await joining;
      // Inconclusive: the catch-up ended before the removal committed. Try again.
      if (!conclusive) continue;
      const removedSeq = base + BALLAST + 1;
      if (!ack.ok) {
        // The removal committed while the join waited in the queue: refused, and nothing arrives.
        expect(ack).toEqual({ ok: false, error: 'NOT_FOUND' });
        await proposeSkill(cast.lead, cast.designId, { name: 'After the removal' });
        await untilSeq(catchingUp, cast.designId, removedSeq + 1);
        await quietFor(300);
        expect(removed.eventsOf(cast.designId).filter((e) => e.seq >= removedSeq)).toEqual([]);
        return;
      }

      await proposeSkill(cast.lead, cast.designId, { name: 'After the removal' });
      await untilSeq(catchingUp, cast.designId, removedSeq + 1);
      await quietFor(300);
      expect(removed.eventsOf(cast.designId).filter((e) => e.seq >= removedSeq)).toEqual([]);
      return;
    }
    throw new Error('the interleaving could not be produced');
  }, 60_000);
});
