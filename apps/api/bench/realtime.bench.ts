/**
 * Real-time delivery benchmark (`npm run bench:realtime`): N socket.io clients in one design, changes
 * made through GraphQL, and the time from each mutation's HTTP response to each client's receipt of
 * its `design:event`. Runs on one API instance, then on two instances sharing rooms through Redis
 * (clients split between them, mutations through the first). Prints a table and writes JSON.
 *
 * The API runs as real processes (the built `dist`), the clients in this process. PostgreSQL:
 * `BENCH_DATABASE_URL` (a server on which a fresh database is created), else an embedded one in a
 * temporary folder. Redis: `REDIS_URL` (default redis://127.0.0.1:6379); without one reachable, the
 * two-instance rows are skipped and say so.
 *
 * Clients (BENCH_CLIENT): `lean` (default) speaks the socket.io protocol over a bare `ws` socket
 * and decodes each frame with one `JSON.parse`: in production each client is on its own machine,
 * while here thousands of them share this process and the API's two cores, and socket.io-client's
 * layers (engine.io-client, the parser, emitters: ≈ 20 µs a message) made the benchmark's own
 * decoding part of the figure at 5,000. `socket.io` uses socket.io-client, as the web app does.
 *
 * The floor row (BENCH_FLOOR=0 skips it): the same clients on a bare socket.io server (no app, no
 * database) in a child process, the same event broadcast to one room, timed from the emit call:
 * what writing one frame to each of N sockets costs on this machine, below which no API can go.
 *
 * One more row at the largest count: the same while clients change their focus (BENCH_FOCUS_PER_SECOND
 * times a second in all, 0 skips it), so that presence updates go to the whole room meanwhile.
 *
 * Options (environment): BENCH_CLIENTS=100,1000  BENCH_CHANGES=40  BENCH_USERS=20
 * BENCH_CLIENT=lean|socket.io  BENCH_REDIS=1 (0: one instance only)  BENCH_FLOOR=1
 * BENCH_FOCUS_PER_SECOND=20
 * BENCH_OUT=tmp/bench/realtime.json
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { io, Socket } from 'socket.io-client';

import { WORKSPACE_ROOT } from '@mc/testing';

import {
  createDesign,
  freshDatabaseOrEmbedded,
  gql,
  invite,
  type Person,
  printTable,
  redisAnswers,
  round,
  rssBytes,
  runBench,
  signUp,
  sleep,
  startApi,
  writeResults,
} from './bench-lib';
import { connectLean } from './lean-socket';

const ROOT = WORKSPACE_ROOT;
const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '100,1000').split(',').map(Number);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
const USERS = Number(process.env.BENCH_USERS ?? 20);
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'tmp/bench/realtime.json');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLIENT_KIND = process.env.BENCH_CLIENT === 'socket.io' ? 'socket.io' : 'lean';
const WITH_REDIS = process.env.BENCH_REDIS !== '0';
const WITH_FLOOR = process.env.BENCH_FLOOR !== '0';
/** Focus changes per second during the extra row at the largest count (0: no such row). */
const FOCUS_PER_SECOND = Number(process.env.BENCH_FOCUS_PER_SECOND ?? 20);

interface Row {
  setup: string;
  clients: number;
  changes: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Receipts that came before the mutation's response (counted as 0 ms). */
  beforeResponse: number;
  missing: number;
  /** The largest API process's resident memory with every client connected and joined. */
  rssMiB: number;
}

/** The built API, with Redis when given; each benchmark user has many tabs (1,000 clients over 20 users). */
function startApiOn(databaseUrl: string, redisUrl?: string) {
  return startApi(databaseUrl, {
    MAX_SOCKETS_PER_USER: String(CLIENT_COUNTS.reduce((a, b) => Math.max(a, b), 1)),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
}

/** A design with a lead and `users` observers (each from their own community organization). */
async function setUpDesign(
  url: string,
  users: number,
): Promise<{ designId: string; lead: Person; people: Person[] }> {
  const lead = await signUp(url, 'Lead', { name: 'Bench Polytechnic', kind: 'POST_SECONDARY' });
  const designId = await createDesign(url, lead, 'Benchmark design');
  const people: Person[] = [lead];
  for (let i = 0; i < users - 1; i += 1) {
    const person = await signUp(url, `Observer ${i}`, { name: `Bench partner ${i}`, kind: 'COMMUNITY' });
    await invite(url, lead, designId, person, 'OBSERVER');
    people.push(person);
  }
  return { designId, lead, people };
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Connected {
  close: () => void;
  receipts: Map<number, number[]>;
  /** The highest `seq` the joins answered. */
  seq: number;
  /** One event as it arrived (the floor broadcasts the same bytes). */
  sample: () => unknown;
  /** Client `i` says what it is editing (answer not awaited). */
  focus: (i: number, message: unknown) => void;
}

/** `count` clients on `urls` (round robin), each joined to the design; receipts per `seq`. */
async function connectClients(
  urls: string[],
  tokens: ReadonlyArray<string | undefined>,
  designId: string,
  count: number,
): Promise<Connected> {
  const receipts = new Map<number, number[]>();
  const closers: Array<() => void> = [];
  const focusers: Array<(message: unknown) => void> = [];
  let seq = 0;
  let sample: unknown = null;
  const received = (event: { seq: number }) => {
    const at = performance.timeOrigin + performance.now();
    sample ??= event;
    const list = receipts.get(event.seq) ?? [];
    list.push(at);
    receipts.set(event.seq, list);
  };
  const batch = 100;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, async (_, offset) => {
        const i = start + offset;
        const url = urls[i % urls.length] ?? '';
        const auth = { token: tokens[i % tokens.length] };
        let join: (payload: unknown) => Promise<unknown>;
        if (CLIENT_KIND === 'lean') {
          const socket = await connectLean(url, '/realtime', auth, (name, payload) => {
            if (name === 'design:event') received(payload as { seq: number });
          });
          closers.push(() => socket.close());
          focusers[i] = (message) => void socket.emitWithAck('design:focus', message, 30_000).catch(() => 0);
          join = (payload) => socket.emitWithAck('design:join', payload, 30_000);
        } else {
          const socket: Socket = io(`${url}/realtime`, {
            auth,
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
          });
          socket.on('design:event', received);
          await new Promise<void>((resolve, reject) => {
            socket.once('connect', resolve);
            socket.once('connect_error', reject);
          });
          closers.push(() => socket.disconnect());
          focusers[i] = (message) => socket.emit('design:focus', message, () => undefined);
          join = (payload) => socket.timeout(30_000).emitWithAck('design:join', payload);
        }
        const ack = (await join({ designId })) as { ok: boolean; seq: number };
        if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
        seq = Math.max(seq, ack.seq);
      }),
    );
  }
  return {
    close: () => closers.forEach((close) => close()),
    receipts,
    get seq() {
      return seq;
    },
    sample: () => sample,
    focus: (i, message) => focusers[i]?.(message),
  };
}

/** Waits until every client has `seq` (or 10 s): latencies from `from`, and how many never came. */
async function collect(
  connected: Connected,
  seq: number,
  count: number,
  from: number,
  into: number[],
): Promise<{ missing: number; early: number }> {
  const deadline = Date.now() + 10_000;
  while ((connected.receipts.get(seq)?.length ?? 0) < count && Date.now() < deadline) await sleep(2);
  const got = connected.receipts.get(seq) ?? [];
  let early = 0;
  for (const at of got) {
    if (at < from) early += 1;
    into.push(Math.max(0, at - from));
  }
  return { missing: count - got.length, early };
}

function summarize(
  setup: string,
  count: number,
  latencies: number[],
  missing: number,
  beforeResponse: number,
  rssMiB: number,
): Row {
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN);
  return {
    setup,
    clients: count,
    changes: CHANGES,
    samples: latencies.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: round(latencies.at(-1) ?? NaN),
    beforeResponse,
    missing,
    rssMiB,
  };
}

async function measure(
  setup: string,
  apis: ReadonlyArray<{ url: string; pid: number }>,
  count: number,
  focusPerSecond = 0,
): Promise<{ row: Row; sample: unknown }> {
  const urls = apis.map((api) => api.url);
  const [writeUrl] = urls as [string];
  const { designId, lead, people } = await setUpDesign(writeUrl, Math.min(USERS, count));
  const connected = await connectClients(
    urls,
    people.map((person) => person.token),
    designId,
    count,
  );
  const joinedSeq = connected.seq;
  await sleep(500); // let presence settle
  // With every client connected and joined: the largest API process (each serves its share).
  const rss = Math.round(Math.max(...apis.map((api) => rssBytes(api.pid))) / 2 ** 20);
  const latencies: number[] = [];
  let beforeResponse = 0;
  let missing = 0;
  // Meanwhile, people move between the design and nothing: each change is a presence update.
  let focusCount = 0;
  const focusing =
    focusPerSecond > 0
      ? setInterval(() => {
          focusCount += 1;
          connected.focus(focusCount % count, {
            designId,
            focus: focusCount % 2 ? { targetType: 'DESIGN', targetId: designId } : null,
          });
        }, 1000 / focusPerSecond)
      : null;
  if (focusing) await sleep(1_000);
  for (let i = 0; i < CHANGES; i += 1) {
    await gql(
      writeUrl,
      `mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { designId, targetType: 'DESIGN', targetId: designId, body: `Change ${i}` } },
      lead.token,
    );
    const respondedAt = performance.timeOrigin + performance.now();
    // Nobody else writes to this design: each comment is the next entry of its log.
    const got = await collect(connected, joinedSeq + i + 1, count, respondedAt, latencies);
    missing += got.missing;
    beforeResponse += got.early;
    await sleep(20);
  }
  if (focusing) clearInterval(focusing);
  const sample = connected.sample();
  connected.close();
  await sleep(300);
  return { row: summarize(setup, count, latencies, missing, beforeResponse, rss), sample };
}

/**
 * The same clients and event on a bare socket.io server (socket-floor.ts), timed from the emit:
 * the cost of the writes alone on this machine.
 */
async function measureFloor(count: number, sample: unknown): Promise<Row> {
  const child = fork(join(__dirname, 'socket-floor.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });
  type Reply = { type: 'ready'; port: number } | { type: 'emitted'; startedAt: number; syncMs: number };
  const next = () => new Promise<Reply>((resolve) => child.once('message', (m) => resolve(m as Reply)));
  try {
    const ready = await next();
    if (ready.type !== 'ready') throw new Error('the floor server did not start');
    const connected = await connectClients([`http://127.0.0.1:${ready.port}`], [undefined], 'floor', count);
    await sleep(500);
    const rss = Math.round(rssBytes(child.pid ?? NaN) / 2 ** 20);
    const latencies: number[] = [];
    let missing = 0;
    for (let i = 0; i < CHANGES; i += 1) {
      const seq = i + 1;
      const emitted = next();
      child.send({ type: 'emit', event: { ...(sample as object), seq } });
      const reply = await emitted;
      if (reply.type !== 'emitted') throw new Error('the floor server did not emit');
      missing += (await collect(connected, seq, count, reply.startedAt, latencies)).missing;
      await sleep(20);
    }
    connected.close();
    return summarize('floor: bare socket.io', count, latencies, missing, 0, rss);
  } finally {
    child.send({ type: 'exit' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const rows: Row[] = [];
  const skipped: string[] = [];
  const database = await freshDatabaseOrEmbedded({ max_connections: '200' });
  try {
    const samples = new Map<number, unknown>();
    const single = await startApiOn(database.url);
    try {
      for (const count of CLIENT_COUNTS) {
        const { row, sample } = await measure('1 instance', [single], count);
        rows.push(row);
        samples.set(count, sample);
      }
      const largest = Math.max(...CLIENT_COUNTS);
      if (FOCUS_PER_SECOND > 0) {
        const setup = `1 instance, ${FOCUS_PER_SECOND} focus changes/s`;
        rows.push((await measure(setup, [single], largest, FOCUS_PER_SECOND)).row);
      }
    } finally {
      await single.stop();
    }
    if (WITH_FLOOR)
      for (const count of CLIENT_COUNTS) rows.push(await measureFloor(count, samples.get(count)));
    if (!WITH_REDIS) skipped.push('2 instances + Redis: BENCH_REDIS=0');
    else if (await redisAnswers(REDIS_URL)) {
      const [a, b] = await Promise.all([
        startApiOn(database.url, REDIS_URL),
        startApiOn(database.url, REDIS_URL),
      ]);
      try {
        for (const count of CLIENT_COUNTS)
          rows.push((await measure('2 instances + Redis', [a, b], count)).row);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } else {
      skipped.push(`2 instances + Redis: no Redis answered at ${REDIS_URL}`);
    }
  } finally {
    await database.close();
  }
  print(rows, skipped);
  writeResults(OUT, { changesPerRun: CHANGES, client: CLIENT_KIND, users: USERS, rows, skipped });
  process.stdout.write(`\nJSON results: ${OUT}\n`);
}

function print(rows: Row[], skipped: string[]): void {
  printTable(
    ['setup', 'clients', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'missing', 'API RSS MiB'],
    rows.map((r) =>
      [r.setup, r.clients, r.samples, r.p50, r.p95, r.p99, r.max, r.missing, r.rssMiB].map(String),
    ),
    skipped,
  );
}

runBench(main);
