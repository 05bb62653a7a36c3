/**
 * Presence and focus (contract "design:presence", "design:focus"): who is in a design and what each
 * is editing, sent to the room whenever someone joins, leaves, disconnects or changes focus; each
 * user once, however many tabs they have open.
 */
import {
  addOutcome,
  Cast,
  institutionAdmin,
  makeDesign,
  Person,
  proposeSkill,
  SkillRecord,
  unknownId,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import { SocketPool } from './realtime-factories';
import { PresenceEntry, quietFor, RealtimeClient } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

type Focus = PresenceEntry['focus'];

const entry = (person: Person, role: string | null, focus: Focus = null): PresenceEntry => ({
  userId: person.user.id,
  displayName: person.user.displayName,
  role,
  focus,
});

/** Presence lists are ordered by display name; compare them as sets of entries. */
const byUser = (list: PresenceEntry[] | undefined) =>
  [...(list ?? [])].sort((a, b) => a.userId.localeCompare(b.userId));

/** Waits until `client`'s latest presence for the design is exactly `expected`. */
async function untilPresence(client: RealtimeClient, designId: string, expected: PresenceEntry[]) {
  const want = JSON.stringify(byUser(expected));
  await client.until(
    () => JSON.stringify(byUser(client.latestPresence(designId))) === want,
    10_000,
    `presence ${want}`,
  );
}

/** Waits for the next presence update of the design that `client` receives after `action`. */
async function nextPresence(client: RealtimeClient, designId: string, action: () => Promise<unknown> | void) {
  const seen = client.presence.filter((p) => p.designId === designId).length;
  await action();
  await client.until(() => client.presence.filter((p) => p.designId === designId).length > seen);
  return client.latestPresence(designId)!;
}

// A design of its own for every test: no socket of an earlier test can linger in its room.
let cast: Cast<'employer' | 'faculty'>;
let skill: SkillRecord;

beforeEach(async () => {
  cast = await makeDesign(api, { with: ['employer', 'faculty'] });
  skill = await proposeSkill(cast.employer, cast.designId);
});

describe('joining', () => {
  it('the ack’s presence includes the joiner, with their role and no focus', async () => {
    const { ack } = await pool.joined(cast.lead.token, cast.designId);
    expect(ack.presence).toEqual([entry(cast.lead, 'LEAD')]);
  });

  it('a second user joining → both receive design:presence listing both (sorted by display name)', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: employer, ack } = await pool.joined(cast.employer.token, cast.designId);
    const both = [entry(cast.lead, 'LEAD'), entry(cast.employer, 'EMPLOYER_PARTNER')];
    expect(byUser(ack.presence)).toEqual(byUser(both));
    await untilPresence(lead, cast.designId, both);
    await untilPresence(employer, cast.designId, both);
    const names = lead.latestPresence(cast.designId)!.map((p) => p.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    for (const update of [...lead.presence, ...employer.presence])
      expect(update.designId).toBe(cast.designId);
  });

  it('the same user in two tabs appears once', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    await pool.joined(cast.employer.token, cast.designId);
    const { ack } = await pool.joined(cast.employer.token, cast.designId);
    const expected = [entry(cast.lead, 'LEAD'), entry(cast.employer, 'EMPLOYER_PARTNER')];
    expect(byUser(ack.presence)).toEqual(byUser(expected));
    await untilPresence(lead, cast.designId, expected);
    // One socket joining the same design twice does not double it either.
    const { client: again } = await pool.joined(cast.faculty.token, cast.designId);
    expect(await again.join(cast.designId)).toMatchObject({ ok: true });
    await untilPresence(lead, cast.designId, [...expected, entry(cast.faculty, 'FACULTY')]);
  });

  it('an institution ADMIN who is not a participant is listed with role null', async () => {
    const admin = await institutionAdmin(api, cast);
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    await pool.joined(admin.token, cast.designId);
    await untilPresence(lead, cast.designId, [entry(cast.lead, 'LEAD'), entry(admin, null)]);
  });

  it('presence of a design never reaches a socket that is only in another design', async () => {
    const other = await makeDesign(api, { lead: cast.lead });
    const { client: elsewhere } = await pool.joined(cast.lead.token, other.designId);
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    await pool.joined(cast.employer.token, cast.designId);
    await untilPresence(lead, cast.designId, [
      entry(cast.lead, 'LEAD'),
      entry(cast.employer, 'EMPLOYER_PARTNER'),
    ]);
    await quietFor(300);
    expect(elsewhere.presence.every((p) => p.designId === other.designId)).toBe(true);
  });
});

describe('focus', () => {
  it('design:focus { targetType: SKILL, targetId } shows in the others’ presence; focus null clears it', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: employer } = await pool.joined(cast.employer.token, cast.designId);
    const onSkill = { targetType: 'SKILL' as const, targetId: skill.id };
    expect(await employer.focus(cast.designId, onSkill)).toEqual({ ok: true });
    const focused = [entry(cast.lead, 'LEAD'), entry(cast.employer, 'EMPLOYER_PARTNER', onSkill)];
    await untilPresence(lead, cast.designId, focused);
    await untilPresence(employer, cast.designId, focused);

    expect(await employer.focus(cast.designId, null)).toEqual({ ok: true });
    await untilPresence(lead, cast.designId, [
      entry(cast.lead, 'LEAD'),
      entry(cast.employer, 'EMPLOYER_PARTNER'),
    ]);
  });

  it('DESIGN and OUTCOME targets work too, and with two tabs the most recent focus is shown (once)', async () => {
    const outcome = await addOutcome(cast.faculty, cast.designId);
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: tab1 } = await pool.joined(cast.faculty.token, cast.designId);
    const { client: tab2 } = await pool.joined(cast.faculty.token, cast.designId);
    const onDesign = { targetType: 'DESIGN' as const, targetId: cast.designId };
    const onOutcome = { targetType: 'OUTCOME' as const, targetId: outcome.id };
    expect(await tab1.focus(cast.designId, onDesign)).toEqual({ ok: true });
    await untilPresence(lead, cast.designId, [
      entry(cast.lead, 'LEAD'),
      entry(cast.faculty, 'FACULTY', onDesign),
    ]);
    expect(await tab2.focus(cast.designId, onOutcome)).toEqual({ ok: true });
    await untilPresence(lead, cast.designId, [
      entry(cast.lead, 'LEAD'),
      entry(cast.faculty, 'FACULTY', onOutcome),
    ]);
  });

  it('focus on a design the socket has not joined → NOT_FOUND, and nothing changes in that design’s presence', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const outside = await pool.connect(cast.employer.token);
    const presenceSeen = lead.presence.length;
    const onSkill = { targetType: 'SKILL' as const, targetId: skill.id };
    expect(await outside.focus(cast.designId, onSkill)).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await outside.focus(unknownId(), onSkill)).toEqual({ ok: false, error: 'NOT_FOUND' });
    // After leaving, too.
    expect(await outside.join(cast.designId)).toMatchObject({ ok: true });
    expect(await outside.leave(cast.designId)).toEqual({ ok: true });
    await untilPresence(lead, cast.designId, [entry(cast.lead, 'LEAD')]);
    expect(await outside.focus(cast.designId, onSkill)).toEqual({ ok: false, error: 'NOT_FOUND' });
    await quietFor(300);
    expect(lead.latestPresence(cast.designId)).toEqual([entry(cast.lead, 'LEAD')]);
    expect(lead.presence.length).toBeGreaterThan(presenceSeen);
  });
});

describe('leaving', () => {
  it('design:leave removes the user from the others’ presence', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: employer } = await pool.joined(cast.employer.token, cast.designId);
    await untilPresence(lead, cast.designId, [
      entry(cast.lead, 'LEAD'),
      entry(cast.employer, 'EMPLOYER_PARTNER'),
    ]);
    expect(await employer.leave(cast.designId)).toEqual({ ok: true });
    await untilPresence(lead, cast.designId, [entry(cast.lead, 'LEAD')]);
  });

  it('disconnecting removes the user; closing one of two tabs keeps them, closing the last removes them', async () => {
    const { client: lead } = await pool.joined(cast.lead.token, cast.designId);
    const { client: tab1 } = await pool.joined(cast.employer.token, cast.designId);
    const { client: tab2 } = await pool.joined(cast.employer.token, cast.designId);
    const { client: faculty } = await pool.joined(cast.faculty.token, cast.designId);
    const everyone = [
      entry(cast.lead, 'LEAD'),
      entry(cast.employer, 'EMPLOYER_PARTNER'),
      entry(cast.faculty, 'FACULTY'),
    ];
    await untilPresence(lead, cast.designId, everyone);

    // The faculty member disconnects: gone.
    await untilPresenceAfter(lead, () => faculty.close(), [
      entry(cast.lead, 'LEAD'),
      entry(cast.employer, 'EMPLOYER_PARTNER'),
    ]);

    // One of the employer's two tabs closes: the update that follows still lists the employer.
    const afterOneTab = await nextPresence(lead, cast.designId, () => tab1.close());
    expect(byUser(afterOneTab)).toEqual(
      byUser([entry(cast.lead, 'LEAD'), entry(cast.employer, 'EMPLOYER_PARTNER')]),
    );

    // The last tab closes: gone.
    await untilPresenceAfter(lead, () => tab2.close(), [entry(cast.lead, 'LEAD')]);
  });
});

async function untilPresenceAfter(client: RealtimeClient, action: () => void, expected: PresenceEntry[]) {
  action();
  await untilPresence(client, cast.designId, expected);
}
