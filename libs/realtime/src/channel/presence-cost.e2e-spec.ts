import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';

import { DEFAULT_REALTIME_OPTIONS } from '../realtime.options';

import { PRESENCE_COST_FACTOR, PresenceService } from './presence.service';
import { designRoom, RealtimeChannel, type RealtimeNamespace } from './realtime-channel';

const DESIGN = '00000000-0000-4000-8000-000000000001';
const DEBOUNCE_MS = DEFAULT_REALTIME_OPTIONS.presenceDebounceMs;

/**
 * A real socket.io server whose every socket is in one design's room (as the gateway leaves a
 * joined socket), real clients, and the presence service over it. Each update's hand-over to the
 * room is timed from outside the service.
 */
describe('presence updates in big rooms', () => {
  let http: HttpServer;
  let server: Server;
  let namespace: RealtimeNamespace;
  let presence: PresenceService;
  const clients: Socket[] = [];
  /** Start and end (ms) of each presence broadcast. */
  const spans: Array<[number, number]> = [];

  beforeEach(async () => {
    spans.length = 0;
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
      void socket.join(designRoom(DESIGN));
    });
    const to = namespace.to.bind(namespace);
    namespace.to = ((room: string) => {
      const operator = to(room);
      return {
        emit: (event: 'design:presence', payload: never) => {
          const started = performance.now();
          const sent = operator.emit(event, payload);
          spans.push([started, performance.now()]);
          return sent;
        },
      };
    }) as unknown as RealtimeNamespace['to'];
    const channel = new RealtimeChannel();
    channel.attach(namespace);
    presence = new PresenceService({ ...DEFAULT_REALTIME_OPTIONS, distributed: false }, channel);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
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
    while ((namespace.adapter.rooms.get(designRoom(DESIGN))?.size ?? 0) < count)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Something changes in the design every 5 ms for `ms`, as during a wave of people joining. */
  async function churn(ms: number): Promise<void> {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      presence.changed(DESIGN);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('waits after each update at least its cost × PRESENCE_COST_FACTOR (2,000 sockets), and updates keep coming', async () => {
    await connect(2_000);
    await churn(4_000);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    let busy = 0;
    for (let i = 1; i < spans.length; i += 1) {
      const [, previousEnd] = spans[i - 1]!;
      const cost = previousEnd - spans[i - 1]![0];
      busy += cost;
      // Timers may fire a millisecond early.
      expect(spans[i]![0] - previousEnd).toBeGreaterThanOrEqual(
        Math.max(DEBOUNCE_MS, PRESENCE_COST_FACTOR * cost) - 2,
      );
    }
    // So presence took at most about 1 / (1 + factor) of the time between the first and last update.
    const elapsed = spans.at(-1)![0] - spans[0]![0];
    expect(busy / elapsed).toBeLessThanOrEqual(1 / (1 + PRESENCE_COST_FACTOR) + 0.02);
  }, 60_000);

  it('a small room keeps the debounce of 50 ms, and every client receives the updates', async () => {
    await connect(5);
    const received = clients.map(() => 0);
    clients.forEach((client, i) =>
      client.on('design:presence', () => (received[i] = (received[i] ?? 0) + 1)),
    );
    await churn(1_500);
    // ≈ 1,500 / (50 + a little): even a loaded machine gives well over ten.
    expect(spans.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < spans.length; i += 1)
      expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(DEBOUNCE_MS - 2);
    // Once the last update is out (no new one for 300 ms), every client has each one.
    for (let seen = -1; seen !== spans.length;) {
      seen = spans.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const deadline = Date.now() + 5_000;
    while (received.some((n) => n !== spans.length) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual(clients.map(() => spans.length));
  }, 30_000);
});
