import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';

import { DEFAULT_REALTIME_OPTIONS } from '../realtime.options';

import { PRESENCE_COST_FACTOR, PRESENCE_SLICE, PresenceService } from './presence.service';
import { designRoom, RealtimeChannel, type RealtimeNamespace } from './realtime-channel';

const DESIGN = '00000000-0000-4000-8000-000000000001';
const ROOM = designRoom(DESIGN);
const DEBOUNCE_MS = DEFAULT_REALTIME_OPTIONS.presenceDebounceMs;

/** One broadcast as socket.io was asked for it: event, payload, how many rooms (socket ids), when. */
interface Emitted {
  event: string;
  payload: unknown;
  rooms: number;
  start: number;
  end: number;
}

/** One presence update: its slices, from the first one's start to the last one's end. */
interface Update {
  slices: Emitted[];
  start: number;
  end: number;
  /** Time spent handing it over (the slices' sum). */
  cost: number;
}

/**
 * A real socket.io server whose every socket is in one design's room (as the gateway leaves a
 * joined socket), real clients, and the presence service over it. Every broadcast is recorded
 * from outside the service.
 */
describe('presence updates in big rooms', () => {
  let http: HttpServer;
  let server: Server;
  let namespace: RealtimeNamespace;
  let presence: PresenceService;
  const clients: Socket[] = [];
  const emitted: Emitted[] = [];
  let onEmit: (entry: Emitted) => void = () => undefined;
  let restore: () => void = () => undefined;

  beforeEach(async () => {
    emitted.length = 0;
    onEmit = () => undefined;
    http = createServer();
    server = new Server(http, { transports: ['websocket'] });
    namespace = server.of('/realtime') as unknown as RealtimeNamespace;
    let n = 0;
    namespace.on('connection', (socket) => {
      n += 1;
      socket.data = {
        user: { id: `user-${n % 20}`, displayName: `Person ${n % 20}` },
        sessionId: 's',
        expiresAt: Date.now() + 3_600_000,
        designs: { [DESIGN]: { role: 'OBSERVER', focus: null, focusAt: n } },
      };
      void socket.join(ROOM);
    });
    const operator = Object.getPrototypeOf(namespace.local) as {
      emit: (this: { rooms: Set<string> }, event: string, ...args: unknown[]) => boolean;
    };
    const emit = operator.emit;
    operator.emit = function recordEmit(this: { rooms: Set<string> }, event: string, ...args: unknown[]) {
      const start = performance.now();
      const sent = emit.call(this, event, ...args);
      const entry = { event, payload: args[0], rooms: this.rooms.size, start, end: performance.now() };
      emitted.push(entry);
      onEmit(entry);
      return sent;
    };
    restore = () => (operator.emit = emit);
    const channel = new RealtimeChannel();
    channel.attach(namespace);
    presence = new PresenceService({ ...DEFAULT_REALTIME_OPTIONS, distributed: false }, channel);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    restore();
    presence.onModuleDestroy();
    for (const client of clients.splice(0)) client.disconnect();
    await server.close();
  });

  async function connect(count: number): Promise<void> {
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/realtime`;
    for (let start = 0; start < count; start += 200) {
      const batch = Array.from({ length: Math.min(200, count - start) }, () =>
        io(url, { transports: ['websocket'], forceNew: true, reconnection: false }),
      );
      clients.push(...batch);
      await Promise.all(batch.map((s) => new Promise<void>((resolve) => s.once('connect', resolve))));
    }
    while ((namespace.adapter.rooms.get(ROOM)?.size ?? 0) < count) await sleep(10);
  }

  /** The presence updates so far, each with its slices (they share one payload object). */
  function updates(): Update[] {
    const byPayload = new Map<unknown, Emitted[]>();
    for (const entry of emitted.filter((e) => e.event === 'design:presence'))
      byPayload.set(entry.payload, [...(byPayload.get(entry.payload) ?? []), entry]);
    return [...byPayload.values()].map((slices) => ({
      slices,
      start: slices[0]!.start,
      end: slices.at(-1)!.end,
      cost: slices.reduce((sum, s) => sum + s.end - s.start, 0),
    }));
  }

  /** Something changes in the design every 5 ms for `ms`, as during a wave of people joining. */
  async function churn(ms: number): Promise<void> {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      presence.changed(DESIGN);
      await sleep(5);
    }
    await sleep(50);
  }

  /** Until no update has been sent for 300 ms. */
  async function settled(): Promise<void> {
    for (let seen = -1; seen !== emitted.length;) {
      seen = emitted.length;
      await sleep(300);
    }
  }

  it('waits after each update at least its cost × PRESENCE_COST_FACTOR (2,000 sockets), and updates keep coming', async () => {
    await connect(2_000);
    await churn(4_000);
    const sent = updates();
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < sent.length; i += 1) {
      const previous = sent[i - 1]!;
      // Timers may fire a millisecond early.
      expect(sent[i]!.start - previous.end).toBeGreaterThanOrEqual(
        Math.max(DEBOUNCE_MS, PRESENCE_COST_FACTOR * previous.cost) - 2,
      );
    }
    // So presence took at most about 1 / (1 + factor) of the time between the first and last update.
    const busy = sent.slice(0, -1).reduce((sum, u) => sum + u.cost, 0);
    expect(busy / (sent.at(-1)!.start - sent[0]!.start)).toBeLessThanOrEqual(
      1 / (1 + PRESENCE_COST_FACTOR) + 0.02,
    );
  }, 60_000);

  it(`goes out ${PRESENCE_SLICE} sockets at a time: a design event is not held back by it, and a socket that leaves meanwhile gets nothing`, async () => {
    await connect(2_000);
    const presenceAt = clients.map(() => 0);
    const eventAt = clients.map(() => 0);
    clients.forEach((client, i) => {
      client.on('design:presence', () => (presenceAt[i] = (presenceAt[i] ?? 0) + 1));
      client.on('design:event', () => (eventAt[i] = (eventAt[i] ?? 0) + 1));
    });
    const members = [...namespace.adapter.rooms.get(ROOM)!];
    const leavers = new Set(members.slice(-10));
    onEmit = (entry) => {
      if (entry.event !== 'design:presence' || updates()[0]!.slices.length !== 1) return;
      // While the first slice goes out: a committed entry arrives, and ten people leave.
      setTimeout(() => namespace.local.to(ROOM).emit('design:event', { designId: DESIGN, seq: 1 } as never));
      for (const id of leavers) void namespace.sockets.get(id)?.leave(ROOM);
    };
    presence.changed(DESIGN);
    await settled();

    const [update] = updates();
    expect(updates()).toHaveLength(1);
    expect(update!.slices.length).toBe(Math.ceil(2_000 / PRESENCE_SLICE));
    expect(Math.max(...update!.slices.map((s) => s.rooms))).toBeLessThanOrEqual(PRESENCE_SLICE);
    const event = emitted.find((e) => e.event === 'design:event')!;
    expect(event.start).toBeLessThan(update!.slices.at(-1)!.start);

    await sleep(500);
    const stayed = clients.map((client) => !leavers.has(client.id ?? ''));
    expect(presenceAt).toEqual(stayed.map((stays) => (stays ? 1 : 0)));
    expect(eventAt).toEqual(stayed.map((stays) => (stays ? 1 : 0)));
  }, 60_000);

  it('updates from another instance faster than the room takes: only the newest waits, clients get them in order, paced by the cost rule', async () => {
    await connect(2_000);
    const seen = clients.map(() => [] as number[]);
    clients.forEach((client, i) =>
      client.on('design:presence', (update: { presence: Array<{ userId: string }> }) =>
        seen[i]!.push(Number(update.presence[0]?.userId)),
      ),
    );
    // Every 5 ms for 2 s, a new snapshot numbered 1, 2, 3 … (as if computed elsewhere).
    let n = 0;
    const until = performance.now() + 2_000;
    while (performance.now() < until) {
      n += 1;
      const entry = { userId: String(n), displayName: `v${n}`, role: null, focus: null };
      void presence.toLocalRoom({ designId: DESIGN, presence: [entry] });
      await sleep(5);
    }
    await settled();
    const sent = updates();
    // Far fewer hand-overs than snapshots (no queue of 400), the last one among them.
    expect(sent.length).toBeLessThan(n / 4);
    for (let i = 1; i < sent.length; i += 1) {
      const previous = sent[i - 1]!;
      expect(sent[i]!.start - previous.end).toBeGreaterThanOrEqual(PRESENCE_COST_FACTOR * previous.cost - 2);
    }
    const deadline = Date.now() + 5_000;
    while (seen.some((list) => list.at(-1) !== n) && Date.now() < deadline) await sleep(20);
    for (const list of seen) {
      expect(list.at(-1)).toBe(n);
      expect(list).toEqual([...list].sort((a, b) => a - b));
      expect(new Set(list).size).toBe(list.length);
    }
  }, 60_000);

  it('a small room keeps the debounce of 50 ms, in one broadcast, and every client receives the updates', async () => {
    await connect(5);
    const received = clients.map(() => 0);
    clients.forEach((client, i) =>
      client.on('design:presence', () => (received[i] = (received[i] ?? 0) + 1)),
    );
    await churn(1_500);
    await settled();
    const sent = updates();
    // ≈ 1,500 / (50 + a little): even a loaded machine gives well over ten.
    expect(sent.length).toBeGreaterThanOrEqual(10);
    expect(sent.every((u) => u.slices.length === 1)).toBe(true);
    for (let i = 1; i < sent.length; i += 1)
      expect(sent[i]!.start - sent[i - 1]!.end).toBeGreaterThanOrEqual(DEBOUNCE_MS - 2);
    const deadline = Date.now() + 5_000;
    while (received.some((n) => n !== sent.length) && Date.now() < deadline) await sleep(20);
    expect(received).toEqual(clients.map(() => sent.length));
  }, 30_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
