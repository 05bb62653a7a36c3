/**
 * Notifications (contract "notification"; libs/realtime/README.md "Notifications"): an @mention,
 * an invitation, a stage change in a design one takes part in — each sent to the user's own
 * private room as it commits and kept for the `notifications` query; nobody else's are ever
 * reachable, and a refused change leaves none.
 */
import { randomUUID } from 'node:crypto';

import { GraphQLResponse } from '@mc/testing';

import {
  addComment,
  ADD_COMMENT,
  Cast,
  codeOf,
  founder,
  institutionAdmin,
  invite,
  makeDesign,
  namesField,
  Person,
  proposeSkill,
  unique,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';
import { advance, move, Pipeline, pipelineDesign, transition } from '../workflow/workflow-factories';

import {
  MARK_READ,
  NOTIFICATIONS,
  notificationRows,
  NotificationRow,
  notificationsOf,
  removeParticipant,
  SocketPool,
  UNREAD_COUNT,
  unreadCount,
} from './realtime-factories';
import { Notification, quietFor, RealtimeClient } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

/** Waits until `client` has `count` notifications (of `kind`). */
async function untilNotified(client: RealtimeClient, count = 1, kind?: string): Promise<Notification[]> {
  const matching = () => client.notifications.filter((n) => !kind || n.kind === kind);
  await client.until(() => matching().length >= count, 10_000, `${count} ${kind ?? ''} notification(s)`);
  return matching();
}

/** The socket notification and the stored one are the same record. */
function expectSame(sent: Notification, listed: NotificationRow | undefined): void {
  expect(Object.keys(sent).sort()).toEqual(['at', 'designId', 'id', 'kind', 'text']);
  expect(listed).toEqual({
    id: sent.id,
    kind: sent.kind,
    designId: sent.designId,
    text: sent.text,
    readAt: null,
    createdAt: sent.at,
  });
}

const markRead = (
  person: Person,
  ids?: unknown,
): Promise<GraphQLResponse<{ markNotificationsRead: number }>> =>
  person.client.request(MARK_READ, ids === undefined ? {} : { ids });

describe('@mentions', () => {
  let cast: Cast<'employer' | 'faculty' | 'observer'>;
  beforeAll(async () => {
    cast = await makeDesign(api, { with: ['employer', 'faculty', 'observer'] });
  });

  it('the mentioned participant gets a MENTION on their private room without joining the design, and the notifications query lists it', async () => {
    const faculty = await pool.connect(cast.faculty.token);
    const lead = await pool.connect(cast.lead.token);
    const employer = await pool.connect(cast.employer.token);
    const rowsBefore = await notificationRows(api);

    const comment = await addComment(cast.employer, {
      designId: cast.designId,
      body: `Could you check this, @${cast.faculty.user.email}?`,
    });
    const [sent] = await untilNotified(faculty);
    expect(sent).toMatchObject({ kind: 'MENTION', designId: cast.designId });
    expect(sent!.text).toContain(cast.employer.user.displayName);
    expect(sent!.text).toContain(cast.design.title);
    // The comment's words, and the comment to link to.
    expect(sent!.text).toContain(`“Could you check this, @${cast.faculty.user.email}?”`);
    const { notifications: linked } = await cast.faculty.client.ok<{
      notifications: Array<{ kind: string; commentId: string | null }>;
    }>(`query MentionLinks { notifications(first: 2) { kind commentId } }`);
    expect(linked).toEqual([
      { kind: 'MENTION', commentId: comment.id },
      { kind: 'INVITATION', commentId: null },
    ]);
    expect(new Date(sent!.at).toISOString()).toBe(sent!.at);
    expect(faculty.events).toEqual([]); // it never joined the design

    const [listed] = await notificationsOf(cast.faculty);
    expectSame(sent!, listed);
    // Besides the INVITATION that brought them into the design.
    expect((await notificationsOf(cast.faculty)).map((n) => n.kind)).toEqual(['MENTION', 'INVITATION']);
    expect(await unreadCount(cast.faculty)).toBe(2);

    // Nobody else was notified: not the author, not the lead.
    await quietFor(300);
    expect(faculty.notifications).toHaveLength(1);
    expect(lead.notifications).toEqual([]);
    expect(employer.notifications).toEqual([]);
    expect(await notificationRows(api)).toBe(rowsBefore + 1);
  });

  it('several people mentioned (by email, by display name, by the part before @) each get one, even if mentioned twice; the author mentioning themself gets none', async () => {
    const sockets = await Promise.all(
      [cast.lead, cast.faculty, cast.observer, cast.employer].map((p) => pool.connect(p.token)),
    );
    const [lead, faculty, observer, employer] = sockets as [
      RealtimeClient,
      RealtimeClient,
      RealtimeClient,
      RealtimeClient,
    ];
    const counts = await Promise.all(
      [cast.lead, cast.faculty, cast.observer, cast.employer].map(unreadCount),
    );
    const localPart = cast.observer.user.email.split('@')[0];
    await addComment(cast.employer, {
      designId: cast.designId,
      body: `@${cast.lead.user.displayName}, @${localPart} and @${cast.faculty.user.email} (again: @${cast.faculty.user.email}) — and me, @${cast.employer.user.email}`,
    });
    for (const client of [lead, faculty, observer]) await untilNotified(client, 1, 'MENTION');
    await quietFor(300);
    for (const client of [lead, faculty, observer]) expect(client.notifications).toHaveLength(1);
    expect(employer.notifications).toEqual([]);
    expect(
      await Promise.all([cast.lead, cast.faculty, cast.observer, cast.employer].map(unreadCount)),
    ).toEqual([counts[0]! + 1, counts[1]! + 1, counts[2]! + 1, counts[3]!]);
  });

  it('a mention of someone who does not take part in the design notifies nobody', async () => {
    const stranger = await founder(api, 'EMPLOYER');
    const strangerSocket = await pool.connect(stranger.token);
    const rowsBefore = await notificationRows(api);
    await addComment(cast.employer, { designId: cast.designId, body: `Hello @${stranger.user.email}` });
    await quietFor(300);
    expect(strangerSocket.notifications).toEqual([]);
    expect(await notificationRows(api)).toBe(rowsBefore);
    expect(await notificationsOf(stranger)).toEqual([]);
  });

  it('two tabs of the mentioned user each get the notification once', async () => {
    const tab1 = await pool.connect(cast.observer.token);
    const tab2 = await pool.connect(cast.observer.token);
    await addComment(cast.faculty, { designId: cast.designId, body: `FYI @${cast.observer.user.email}` });
    await untilNotified(tab1);
    await untilNotified(tab2);
    await quietFor(300);
    expect(tab1.notifications).toHaveLength(1);
    expect(tab1.notifications).toEqual(tab2.notifications);
  });
});

describe('invitations', () => {
  it('inviting the email of an existing user → an INVITATION for them (not for the lead); an unknown email → no notification', async () => {
    const cast = await makeDesign(api);
    const invitee = await founder(api, 'EMPLOYER');
    const socket = await pool.connect(invitee.token);
    const lead = await pool.connect(cast.lead.token);
    const rowsBefore = await notificationRows(api);

    await invite(cast, invitee.user.email.toUpperCase(), 'EMPLOYER_PARTNER');
    const [sent] = await untilNotified(socket, 1, 'INVITATION');
    expect(sent).toMatchObject({ kind: 'INVITATION', designId: cast.designId });
    expect(sent!.text).toContain(cast.lead.user.displayName);
    expect(sent!.text).toContain(cast.design.title);
    expectSame(sent!, (await notificationsOf(invitee))[0]);

    await invite(cast, `${unique('nobody')}@example.org`, 'OBSERVER');
    await quietFor(300);
    expect(lead.notifications).toEqual([]);
    expect(socket.notifications).toHaveLength(1);
    expect(await notificationRows(api)).toBe(rowsBefore + 1);
  });
});

describe('stage changes', () => {
  let p: Pipeline<'employer' | 'faculty' | 'observer'>;
  beforeAll(async () => {
    p = await pipelineDesign(api, { with: ['employer', 'faculty', 'observer'], committee: 1 });
  }, 60_000);

  it('a stage change → STAGE_CHANGED to every participant but the one who made it; no one else', async () => {
    const participants = [p.employer, p.faculty, p.observer, p.committee[0]!];
    const sockets = await Promise.all(participants.map((person) => pool.connect(person.token)));
    const leadSocket = await pool.connect(p.lead.token);
    const admin = await institutionAdmin(api, p);
    const adminSocket = await pool.connect(admin.token);
    const rowsBefore = await notificationRows(api);

    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    for (const [i, socket] of sockets.entries()) {
      const [sent] = await untilNotified(socket, 1, 'STAGE_CHANGED');
      expect(sent).toMatchObject({ kind: 'STAGE_CHANGED', designId: p.designId });
      // The stage as people say it, not the enum.
      expect(sent!.text).toContain('to Partner review');
      expect(sent!.text).not.toContain('PARTNER_REVIEW');
      expect(sent!.text).toContain(p.lead.user.displayName);
      expectSame(sent!, (await notificationsOf(participants[i]!))[0]);
    }
    await quietFor(300);
    expect(leadSocket.notifications).toEqual([]);
    expect(adminSocket.notifications).toEqual([]);
    expect(await notificationRows(api)).toBe(rowsBefore + participants.length);

    // Back to drafting by the employer: now the lead is told, the employer is not.
    await move(p.employer, p.designId, 'DRAFTING', 'Needs another skill');
    const [sentBack] = await untilNotified(leadSocket, 1, 'STAGE_CHANGED');
    // A send-back tells why.
    expect(sentBack!.text).toContain('to Drafting: “Needs another skill”');
    await quietFor(300);
    expect(sockets[0]!.notifications).toHaveLength(1);
    for (const socket of sockets.slice(1)) expect(socket.notifications).toHaveLength(2);
  });

  it('a participant removed from the design is no longer told of its stage changes', async () => {
    const removed = await removeParticipant(p.lead, p.designId, p.observer.user.id);
    expect(removed.errors).toBeUndefined();
    const observer = await pool.connect(p.observer.token);
    const faculty = await pool.connect(p.faculty.token);
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await untilNotified(faculty, 1, 'STAGE_CHANGED');
    await quietFor(300);
    expect(observer.notifications).toEqual([]);
  });
});

describe('a refused change creates no notification', () => {
  let p: Pipeline<'employer' | 'faculty'>;
  let sockets: RealtimeClient[];
  beforeAll(async () => {
    p = await pipelineDesign(api, { with: ['employer', 'faculty'] });
  }, 60_000);
  beforeEach(async () => {
    sockets = await Promise.all([p.lead, p.employer, p.faculty].map((person) => pool.connect(person.token)));
  });

  async function expectNothing(attempt: () => Promise<GraphQLResponse<unknown>>, code: string) {
    const rows = await notificationRows(api);
    expect(codeOf(await attempt())).toBe(code);
    await quietFor(300);
    for (const socket of sockets) expect(socket.notifications).toEqual([]);
    expect(await notificationRows(api)).toBe(rows);
  }

  const mentionAll = () => `@${p.lead.user.email} @${p.employer.user.email} @${p.faculty.user.email}`;

  it('a comment with mentions by someone who may not comment (outsider → NOT_FOUND, institution ADMIN → FORBIDDEN)', async () => {
    const outsider = await founder(api, 'EMPLOYER');
    const admin = await institutionAdmin(api, p);
    for (const [person, code] of [
      [outsider, 'NOT_FOUND'],
      [admin, 'FORBIDDEN'],
    ] as Array<[Person, string]>) {
      await expectNothing(
        () =>
          person.client.request(ADD_COMMENT, {
            input: { designId: p.designId, targetType: 'DESIGN', targetId: p.designId, body: mentionAll() },
          }),
        code,
      );
    }
  });

  it('a comment with mentions and bad input (a target not in the design) → BAD_USER_INPUT', async () => {
    await expectNothing(
      () =>
        p.employer.client.request(ADD_COMMENT, {
          input: { designId: p.designId, targetType: 'SKILL', targetId: randomUUID(), body: mentionAll() },
        }),
      'BAD_USER_INPUT',
    );
  });

  it('a transition refused by its gate, or to a stage it cannot reach, or by a role that may not → no STAGE_CHANGED', async () => {
    await expectNothing(() => transition(p.lead, p.designId, 'ARCHIVED'), 'PRECONDITION_FAILED');
    await expectNothing(() => transition(p.lead, p.designId, 'APPROVED'), 'PRECONDITION_FAILED');
    await expectNothing(() => transition(p.faculty, p.designId, 'PARTNER_REVIEW'), 'FORBIDDEN');
    // An ESSENTIAL skill nobody covers blocks submission.
    await proposeSkill(p.employer, p.designId, { priority: 'ESSENTIAL' });
    await expectNothing(() => transition(p.lead, p.designId, 'PARTNER_REVIEW'), 'PRECONDITION_FAILED');
  });

  it('comments on an ARCHIVED design are closed: a mention there → PRECONDITION_FAILED, nothing sent', async () => {
    const archived = await pipelineDesign(api, { with: ['employer'] });
    await advance(archived, 'ARCHIVED');
    const employer = await pool.connect(archived.employer.token);
    const rows = await notificationRows(api);
    const result = await archived.lead.client.request(ADD_COMMENT, {
      input: {
        designId: archived.designId,
        targetType: 'DESIGN',
        targetId: archived.designId,
        body: `@${archived.employer.user.email}`,
      },
    });
    expect(codeOf(result)).toBe('PRECONDITION_FAILED');
    await quietFor(300);
    expect(employer.notifications.filter((n) => n.kind === 'MENTION')).toEqual([]);
    expect(await notificationRows(api)).toBe(rows);
  });
});

describe('reading and marking', () => {
  let cast: Cast<'employer' | 'faculty'>;
  /** Three unread MENTIONs for the faculty member, one for the employer (their INVITATIONs are read). */
  let facultyIds: string[];
  let employerIds: string[];

  beforeAll(async () => {
    cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    expect((await markRead(cast.faculty)).data!.markNotificationsRead).toBe(1);
    expect((await markRead(cast.employer)).data!.markNotificationsRead).toBe(1);
    for (let i = 0; i < 3; i += 1) {
      await addComment(cast.lead, { designId: cast.designId, body: `#${i} for @${cast.faculty.user.email}` });
    }
    await addComment(cast.lead, { designId: cast.designId, body: `for @${cast.employer.user.email}` });
    facultyIds = (await notificationsOf(cast.faculty, { unreadOnly: true })).map((n) => n.id);
    employerIds = (await notificationsOf(cast.employer, { unreadOnly: true })).map((n) => n.id);
  });

  it('notifications come newest first, unreadNotificationCount counts the unread ones', async () => {
    const listed = await notificationsOf(cast.faculty);
    expect(listed.map((n) => [n.kind, n.readAt === null])).toEqual([
      ['MENTION', true],
      ['MENTION', true],
      ['MENTION', true],
      ['INVITATION', false],
    ]);
    expect(listed.every((n) => n.designId === cast.designId)).toBe(true);
    expect(listed.slice(0, 3).map((n) => n.id)).toEqual(facultyIds);
    const times = listed.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await unreadCount(cast.faculty)).toBe(3);
    expect(await unreadCount(cast.employer)).toBe(1);
    expect(await notificationsOf(cast.faculty, { first: 2 })).toEqual(listed.slice(0, 2));
  });

  it('markNotificationsRead(ids) marks only the caller’s own: another user’s ids are ignored and count 0', async () => {
    const stranger = await markRead(cast.employer, facultyIds);
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data!.markNotificationsRead).toBe(0);
    expect(await unreadCount(cast.faculty)).toBe(3);

    const mixed = await markRead(cast.faculty, [facultyIds[0], employerIds[0], randomUUID()]);
    expect(mixed.data!.markNotificationsRead).toBe(1);
    expect(await unreadCount(cast.faculty)).toBe(2);
    expect(await unreadCount(cast.employer)).toBe(1);
    const [{ read_at }] = await api.sql<{ read_at: Date | null }>(
      'SELECT read_at FROM notifications WHERE id = $1',
      [employerIds[0]],
    );
    expect(read_at).toBeNull();

    // Marking it again changes nothing.
    expect((await markRead(cast.faculty, [facultyIds[0]])).data!.markNotificationsRead).toBe(0);
    const unread = await notificationsOf(cast.faculty, { unreadOnly: true });
    expect(unread.map((n) => n.id).sort()).toEqual(facultyIds.slice(1).sort());
    const all = await notificationsOf(cast.faculty);
    expect(all.find((n) => n.id === facultyIds[0])!.readAt).not.toBeNull();
  });

  it('an empty list of ids marks nothing', async () => {
    const before = await unreadCount(cast.faculty);
    const result = await markRead(cast.faculty, []);
    expect(result.errors).toBeUndefined();
    expect(result.data!.markNotificationsRead).toBe(0);
    expect(await unreadCount(cast.faculty)).toBe(before);
  });

  it.each([
    ['an id that is not a uuid', ['not-a-uuid']],
    ['one bad id among good ones', () => [facultyIds[1], 'x']],
    ['more than 100 ids', () => Array.from({ length: 101 }, () => randomUUID())],
  ] as Array<[string, string[] | (() => string[])]>)(
    'markNotificationsRead with %s → BAD_USER_INPUT, nothing marked',
    async (_name, ids) => {
      const before = await unreadCount(cast.faculty);
      const result = await markRead(cast.faculty, typeof ids === 'function' ? ids() : ids);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(namesField(result, 'ids')).toBe(true);
      expect(await unreadCount(cast.faculty)).toBe(before);
    },
  );

  it('markNotificationsRead without ids marks all of the caller’s, and only theirs', async () => {
    const before = await unreadCount(cast.faculty);
    expect(before).toBeGreaterThan(0);
    const result = await markRead(cast.faculty);
    expect(result.data!.markNotificationsRead).toBe(before);
    expect(await unreadCount(cast.faculty)).toBe(0);
    expect(await notificationsOf(cast.faculty, { unreadOnly: true })).toEqual([]);
    expect(await unreadCount(cast.employer)).toBe(1);
  });

  it.each([0, 101, -1])('notifications(first: %i) → BAD_USER_INPUT', async (first) => {
    const result = await cast.faculty.client.request(NOTIFICATIONS, { first });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(namesField(result, 'first')).toBe(true);
  });

  it('notifications(first: 1) and (first: 100) are accepted', async () => {
    expect(await notificationsOf(cast.faculty, { first: 1 })).toHaveLength(1);
    expect(await notificationsOf(cast.faculty, { first: 100 })).toHaveLength(4);
  });

  it('without a token, every notification operation → UNAUTHENTICATED', async () => {
    const anonymous = api.client;
    for (const [query, variables] of [
      [NOTIFICATIONS, {}],
      [UNREAD_COUNT, {}],
      [MARK_READ, {}],
      [MARK_READ, { ids: facultyIds }],
    ] as Array<[string, Record<string, unknown>]>) {
      expect(codeOf(await anonymous.request(query, variables))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await anonymous.as('not-a-token').request(UNREAD_COUNT))).toBe('UNAUTHENTICATED');
  });

  it('one user’s notifications are never visible to another', async () => {
    const other = await founder(api, 'EMPLOYER');
    expect(await notificationsOf(other)).toEqual([]);
    expect(await unreadCount(other)).toBe(0);
    const employerSees = (await notificationsOf(cast.employer, { first: 100 })).map((n) => n.id);
    expect(employerSees).toHaveLength(2); // their INVITATION and their MENTION
    expect(employerSees).toEqual(expect.arrayContaining(employerIds));
    for (const id of facultyIds) expect(employerSees).not.toContain(id);

    // Nor on the wire: a mention of the faculty member reaches only the faculty member's sockets.
    const faculty = await pool.connect(cast.faculty.token);
    const employer = await pool.connect(cast.employer.token);
    const outsider = await pool.connect(other.token);
    await addComment(cast.lead, { designId: cast.designId, body: `Only for @${cast.faculty.user.email}` });
    await untilNotified(faculty);
    await quietFor(300);
    expect(employer.notifications).toEqual([]);
    expect(outsider.notifications).toEqual([]);
  });
});
