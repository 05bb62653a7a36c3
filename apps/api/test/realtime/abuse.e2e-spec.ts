/**
 * Hostile and broken clients (libs/realtime/README.md "Client messages"; SPEC "Errors": bad input
 * never crashes the process): malformed messages are answered BAD_USER_INPUT where the client
 * asked for an answer, oversized frames are refused by socket.io, floods are RATE_LIMITED per
 * socket, and through all of it the server keeps serving everyone else.
 */
import { randomUUID } from 'node:crypto';

import { addComment, Cast, createDesign, makeDesign } from '../designs/design-factories';
import { ME } from '../identity-factories';
import { startTestApi, TestApi } from '../test-api';

import { lastSeq, range, SocketPool, untilSeq } from './realtime-factories';
import { quietFor, RealtimeClient } from './socket-client';

let api: TestApi;
const pool = new SocketPool(() => api.url);

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => pool.closeAll());
afterAll(() => api?.close());

const BAD_USER_INPUT = { ok: false, error: 'BAD_USER_INPUT' };
const NO_ANSWER = 'no answer';

/** The answer to a message, or NO_ANSWER when none came within `ms`, or 'disconnected'. */
async function answerOf(client: RealtimeClient, ms: number, event: string, ...args: unknown[]) {
  try {
    return await client.untyped.timeout(ms).emitWithAck(event, ...args);
  } catch (error) {
    return (error as Error).message === 'operation has timed out' ? NO_ANSWER : 'disconnected';
  }
}

let cast: Cast<'employer'>;
/** A lead's socket in the design, that must keep receiving everything whatever the others do. */
let bystander: RealtimeClient;

beforeAll(async () => {
  cast = await makeDesign(api, { with: ['employer'] });
});
beforeEach(async () => {
  ({ client: bystander } = await pool.joined(cast.lead.token, cast.designId));
});

/** The process still serves: GraphQL answers, and a change reaches the bystander's socket. */
async function expectServing(): Promise<void> {
  const { me } = await cast.lead.client.ok<{ me: { id: string } }>(ME);
  expect(me.id).toBe(cast.lead.user.id);
  const before = await lastSeq(cast.lead, cast.designId);
  await addComment(cast.employer, { designId: cast.designId, body: 'still serving' });
  await untilSeq(bystander, cast.designId, before + 1);
  expect(bystander.eventsOf(cast.designId).at(-1)!.data['body']).toBe('still serving');
}

describe('malformed messages with an ack → BAD_USER_INPUT, the socket stays usable', () => {
  const uuid = randomUUID();
  const badPayloads: Array<[string, unknown]> = [
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['true', true],
    ['an array', [uuid]],
    ['an empty object', {}],
    ['designId not a uuid', { designId: 'not-a-uuid' }],
    ['designId a number', { designId: 12345 }],
    ['designId an object', { designId: { $ne: null } }],
    ['afterSeq -1', { designId: uuid, afterSeq: -1 }],
    ["afterSeq 'x'", { designId: uuid, afterSeq: 'x' }],
    ["afterSeq '3' (a string)", { designId: uuid, afterSeq: '3' }],
    ['afterSeq 1.5', { designId: uuid, afterSeq: 1.5 }],
    ['afterSeq 2^31', { designId: uuid, afterSeq: 2 ** 31 }],
    ['afterSeq null', { designId: uuid, afterSeq: null }],
    ['a binary buffer', Buffer.from('{"designId":"x"}')],
  ];

  it.each(badPayloads)('design:join with %s', async (_name, payload) => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.raw('design:join', payload)).toEqual(BAD_USER_INPUT);
    expect(client.socket.connected).toBe(true);
    expect(client.events).toEqual([]);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
  });

  it.each(badPayloads.filter(([name]) => !name.startsWith('afterSeq')))(
    'design:leave with %s',
    async (_name, payload) => {
      const client = await pool.connect(cast.employer.token);
      expect(await client.join(cast.designId)).toMatchObject({ ok: true });
      expect(await client.raw('design:leave', payload)).toEqual(BAD_USER_INPUT);
      // Still in the room.
      const before = await lastSeq(cast.lead, cast.designId);
      await addComment(cast.lead, { designId: cast.designId });
      await untilSeq(client, cast.designId, before + 1);
    },
  );

  it.each([
    ['a bad targetType', { targetType: 'COMMENT', targetId: randomUUID() }],
    ['a lower-case targetType', { targetType: 'skill', targetId: randomUUID() }],
    ['a targetId that is not a uuid', { targetType: 'SKILL', targetId: 'x' }],
    ['no targetId', { targetType: 'SKILL' }],
    ['a string focus', 'SKILL'],
    ['an array focus', [{ targetType: 'SKILL', targetId: randomUUID() }]],
  ])('design:focus with %s', async (_name, focus) => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    expect(await client.raw('design:focus', { designId: cast.designId, focus })).toEqual(BAD_USER_INPUT);
    // focus must be given (null to clear it); a designId is required.
    expect(await client.raw('design:focus', { designId: cast.designId })).toEqual(BAD_USER_INPUT);
    expect(await client.raw('design:focus', { focus: null })).toEqual(BAD_USER_INPUT);
    // Nothing of it shows in presence; a valid focus still works.
    await bystander.until(() => (bystander.latestPresence(cast.designId)?.length ?? 0) === 2);
    expect(bystander.latestPresence(cast.designId)!.every((p) => p.focus === null)).toBe(true);
    expect(await client.focus(cast.designId, null)).toEqual({ ok: true });
  });

  // socket.io hands the client's ack over as the LAST argument: a message with an ack but no
  // payload must still be answered.
  it('design:join, design:leave and design:focus with no payload at all (but an ack)', async () => {
    const client = await pool.connect(cast.employer.token);
    for (const event of ['design:join', 'design:leave', 'design:focus']) {
      expect(await answerOf(client, 2_000, event)).toEqual(BAD_USER_INPUT);
    }
  });

  it('… the server survives those messages that get no answer, and the socket stays usable', async () => {
    const client = await pool.connect(cast.employer.token);
    for (const event of ['design:join', 'design:leave', 'design:focus']) {
      expect([NO_ANSWER, BAD_USER_INPUT]).toContainEqual(await answerOf(client, 300, event));
    }
    expect(client.socket.connected).toBe(true);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    await expectServing();
  });
});

// The one text rule of @mc/errors (SPEC "Errors"), as for GraphQL arguments: each of these
// messages would be carried out but for one hostile string, in a field the server does not even read.
describe('a hostile string anywhere in a message → BAD_USER_INPUT, and nothing happens', () => {
  const hostile: Array<[string, string]> = [
    ['a NUL character', 'a\u0000b'],
    ['an unpaired surrogate', 'x\uD800y'],
    ['a control character', 'bell\u0007'],
  ];

  it.each(hostile)('design:join with %s in an extra field does not join', async (_name, text) => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.raw('design:join', { designId: cast.designId, note: text })).toEqual(BAD_USER_INPUT);
    // Not in the room: the change that reaches the bystander does not reach it.
    await expectServing();
    expect(client.events).toEqual([]);
  });

  it.each(hostile)('design:leave with %s in a nested extra field does not leave', async (_name, text) => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    expect(await client.raw('design:leave', { designId: cast.designId, meta: { why: [text] } })).toEqual(
      BAD_USER_INPUT,
    );
    const before = await lastSeq(cast.lead, cast.designId);
    await addComment(cast.lead, { designId: cast.designId });
    await untilSeq(client, cast.designId, before + 1);
  });

  it.each(hostile)('design:focus with %s in a key does not move the focus', async (_name, text) => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    const focus = { targetType: 'DESIGN', targetId: cast.designId, [text]: true };
    expect(await client.raw('design:focus', { designId: cast.designId, focus })).toEqual(BAD_USER_INPUT);
    await bystander.until(() => (bystander.latestPresence(cast.designId)?.length ?? 0) === 2);
    await quietFor(200);
    expect(bystander.latestPresence(cast.designId)!.every((p) => p.focus === null)).toBe(true);
  });
});

describe('messages without an ack callback', () => {
  it('malformed ones are dropped silently; a valid join without an ack still joins', async () => {
    const client = await pool.connect(cast.employer.token);
    client.untyped.emit('design:join', { designId: 'not-a-uuid' });
    client.untyped.emit('design:join', 'garbage');
    client.untyped.emit('design:focus', { designId: cast.designId, focus: { targetType: 'NOPE' } });
    client.untyped.emit('design:leave', 7);
    client.untyped.emit('design:join', { designId: cast.designId, afterSeq: 0 });
    const latest = await lastSeq(cast.lead, cast.designId);
    // The catch-up of the valid join arrives even though nobody asked for an answer.
    await untilSeq(client, cast.designId, latest);
    expect(client.eventsOf(cast.designId).map((e) => e.seq)).toEqual(range(1, latest));
    expect(client.socket.connected).toBe(true);
    await expectServing();
    await untilSeq(client, cast.designId, latest + 1);
  });
});

describe('unknown event names', () => {
  it('are ignored (answered BAD_USER_INPUT if answered at all), with or without an ack; the process keeps serving', async () => {
    const client = await pool.connect(cast.employer.token);
    client.untyped.emit('design:delete', { designId: cast.designId });
    client.untyped.emit('constructor', {});
    client.untyped.emit('__proto__', { polluted: true });
    for (const event of ['design:delete', 'design:events', 'notification', 'error', 'hasOwnProperty']) {
      expect([NO_ANSWER, BAD_USER_INPUT]).toContainEqual(
        await answerOf(client, 300, event, { designId: cast.designId }),
      );
    }
    expect(client.socket.connected).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    await expectServing();
  });
});

describe('raw frames that socket.io-client never sends', () => {
  const frames: Array<[string, (designId: string) => string]> = [
    ['a reserved event name (disconnect)', () => '2/realtime,["disconnect","forged"]'],
    ['a reserved event name (disconnecting)', () => '2/realtime,["disconnecting"]'],
    ['a reserved event name (newListener)', () => '2/realtime,["newListener","design:join"]'],
    ['broken JSON', () => '2/realtime,['],
    ['an object instead of an array', () => '2/realtime,{"designId":"x"}'],
    ['an unknown packet type', () => '9/realtime,[]'],
    ['an event name that is null', () => '2/realtime,[null]'],
    ['an event of a namespace never connected', () => '2/other,["design:join"]'],
  ];

  it.each(frames)(
    '%s: socket.io closes that connection, its user leaves the presence, the server keeps serving',
    async (_name, frame) => {
      const { client } = await pool.joined(cast.employer.token, cast.designId);
      await bystander.until(() => bystander.latestPresence(cast.designId)?.length === 2);
      const engine = (client.socket.io as unknown as { engine: { write(data: string): void } }).engine;
      engine.write(frame(cast.designId));
      await client.disconnected();
      await bystander.until(
        () =>
          bystander
            .latestPresence(cast.designId)
            ?.map((p) => p.userId)
            .join() === cast.lead.user.id,
        10_000,
        'presence without the broken client',
      );
      await expectServing();
    },
  );
});

describe('oversized frames', () => {
  it('a message over 16 KiB is refused by socket.io (the sender is disconnected); the server and the other clients keep working', async () => {
    const client = await pool.connect(cast.employer.token);
    expect(await client.join(cast.designId)).toMatchObject({ ok: true });
    const answer = await answerOf(client, 5_000, 'design:focus', {
      designId: cast.designId,
      focus: { targetType: 'SKILL', targetId: randomUUID() },
      padding: 'x'.repeat(20 * 1024),
    });
    expect(['disconnected', BAD_USER_INPUT]).toContainEqual(answer);
    if (answer === 'disconnected') {
      await client.disconnected();
      expect(client.socket.connected).toBe(false);
    }
    // Its presence is gone, not corrupted, from the bystander's view.
    await bystander.until(
      () => !bystander.latestPresence(cast.designId)?.some((p) => p.focus !== null),
      10_000,
      'no focus from the oversized message',
    );
    await expectServing();
    // The same user can connect again.
    const again = await pool.connect(cast.employer.token);
    expect(await again.join(cast.designId)).toMatchObject({ ok: true });
  });

  it('a message under the limit with unknown extra fields is handled normally (the extra fields are ignored)', async () => {
    const client = await pool.connect(cast.employer.token);
    expect(
      await client.raw('design:join', { designId: cast.designId, extra: 'y'.repeat(8 * 1024) }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('floods', () => {
  it('500 design:focus at once from one socket: some are RATE_LIMITED; the others’ events still arrive and presence shows a focus the flooder did send', async () => {
    const flooder = await pool.connect(cast.employer.token);
    expect(await flooder.join(cast.designId)).toMatchObject({ ok: true });
    const targets = range(1, 500).map(() => randomUUID());
    const before = await lastSeq(cast.lead, cast.designId);

    const answers = (await Promise.all(
      targets.map((targetId) =>
        flooder.socket
          .timeout(20_000)
          .emitWithAck('design:focus', { designId: cast.designId, focus: { targetType: 'SKILL', targetId } }),
      ),
    )) as Array<{ ok: boolean; error?: string }>;
    // Meanwhile, someone else's change goes through to the others.
    await addComment(cast.lead, { designId: cast.designId, body: 'during the flood' });

    const accepted = answers.flatMap((a, i) => (a.ok ? [targets[i]!] : []));
    const limited = answers.filter((a) => !a.ok);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((a) => a.error === 'RATE_LIMITED')).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(500);

    await untilSeq(bystander, cast.designId, before + 1);
    await untilSeq(flooder, cast.designId, before + 1);
    // Presence settles on the last focus that was accepted.
    await bystander.until(
      () =>
        bystander.latestPresence(cast.designId)?.find((p) => p.userId === cast.employer.user.id)?.focus
          ?.targetId === accepted.at(-1),
      10_000,
      'the last accepted focus in presence',
    );
    const shown = bystander.latestPresence(cast.designId)!;
    expect(shown.map((p) => p.userId).sort()).toEqual([cast.lead.user.id, cast.employer.user.id].sort());

    // Another socket, even of the same user, is not limited meanwhile.
    const other = await pool.connect(cast.employer.token);
    expect(await other.join(cast.designId)).toMatchObject({ ok: true });

    // The flooder is served again once its window has passed.
    let answer: { ok: boolean; error?: string } = { ok: false };
    for (let attempt = 0; attempt < 50 && !answer.ok; attempt += 1) {
      answer = await flooder.focus(cast.designId, null);
      if (!answer.ok) {
        expect(answer.error).toBe('RATE_LIMITED');
        await quietFor(100);
      }
    }
    expect(answer).toEqual({ ok: true });
    await expectServing();
  }, 60_000);

  it('a socket may be in at most 50 designs: the 51st join → BAD_USER_INPUT, the 50 others keep working', async () => {
    const designs = [cast.designId];
    for (let i = 0; i < 50; i += 1) designs.push((await createDesign(cast.lead)).id);
    const client = await pool.connect(cast.lead.token);
    const answers: Array<{ ok: boolean; error?: string }> = [];
    for (const designId of designs) {
      // Paced below the message rate limit.
      let answer = await client.raw('design:join', { designId });
      while ((answer as { error?: string }).error === 'RATE_LIMITED') {
        await quietFor(100);
        answer = await client.raw('design:join', { designId });
      }
      answers.push(answer as { ok: boolean; error?: string });
    }
    expect(answers.slice(0, 50).every((a) => a.ok)).toBe(true);
    expect(answers[50]).toEqual(BAD_USER_INPUT);
    // Rejoining one it is already in is not a 51st.
    let again = await client.raw('design:join', { designId: designs[0] });
    while ((again as { error?: string }).error === 'RATE_LIMITED') {
      await quietFor(100);
      again = await client.raw('design:join', { designId: designs[0] });
    }
    expect(again).toMatchObject({ ok: true });
    const before = await lastSeq(cast.lead, cast.designId);
    await addComment(cast.employer, { designId: cast.designId });
    await untilSeq(client, cast.designId, before + 1);
  }, 60_000);
});
