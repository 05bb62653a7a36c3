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
 * Options (environment): BENCH_CLIENTS=100,1000  BENCH_CHANGES=40  BENCH_USERS=20
 * BENCH_OUT=tmp/bench/realtime.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
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
  signUp,
  sleep,
  startApi,
} from './bench-lib';

const ROOT = WORKSPACE_ROOT;
const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '100,1000').split(',').map(Number);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
const USERS = Number(process.env.BENCH_USERS ?? 20);
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'tmp/bench/realtime.json');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

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

async function connectClients(
  urls: string[],
  people: Person[],
  designId: string,
  count: number,
): Promise<{
  sockets: Socket[];
  receipts: Map<number, number[]>;
  seq: number;
}> {
  const receipts = new Map<number, number[]>();
  const sockets: Socket[] = [];
  let seq = 0;
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, async (_, offset) => {
        const i = start + offset;
        const socket = io(`${urls[i % urls.length]}/realtime`, {
          auth: { token: people[i % people.length]?.token },
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
        });
        socket.on('design:event', (event: { seq: number }) => {
          const at = performance.now();
          const list = receipts.get(event.seq) ?? [];
          list.push(at);
          receipts.set(event.seq, list);
        });
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        const ack = (await socket.timeout(30_000).emitWithAck('design:join', { designId })) as {
          ok: boolean;
          seq: number;
        };
        if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
        seq = Math.max(seq, ack.seq);
        sockets.push(socket);
      }),
    );
  }
  return { sockets, receipts, seq };
}

async function measure(
  setup: string,
  apis: ReadonlyArray<{ url: string; pid: number }>,
  count: number,
): Promise<Row> {
  const urls = apis.map((api) => api.url);
  const [writeUrl] = urls as [string];
  const { designId, lead, people } = await setUpDesign(writeUrl, Math.min(USERS, count));
  const connected = await connectClients(urls, people, designId, count);
  const { sockets, receipts } = connected;
  await sleep(500); // let presence settle
  // With every client connected and joined: the largest API process (each serves its share).
  const rss = Math.round(Math.max(...apis.map((api) => rssBytes(api.pid))) / 2 ** 20);
  const latencies: number[] = [];
  let beforeResponse = 0;
  let missing = 0;
  for (let i = 0; i < CHANGES; i += 1) {
    await gql(
      writeUrl,
      `mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { designId, targetType: 'DESIGN', targetId: designId, body: `Change ${i}` } },
      lead.token,
    );
    const respondedAt = performance.now();
    // Nobody else writes to this design: each comment is the next entry of its log.
    const seq = connected.seq + i + 1;
    const deadline = Date.now() + 10_000;
    while ((receipts.get(seq)?.length ?? 0) < count && Date.now() < deadline) await sleep(5);
    const got = receipts.get(seq) ?? [];
    missing += count - got.length;
    for (const at of got) {
      const latency = at - respondedAt;
      if (latency < 0) beforeResponse += 1;
      latencies.push(Math.max(0, latency));
    }
    await sleep(20);
  }
  for (const socket of sockets) socket.disconnect();
  await sleep(300);
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
    rssMiB: rss,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const rows: Row[] = [];
  const skipped: string[] = [];
  const database = await freshDatabaseOrEmbedded({ max_connections: '200' });
  try {
    const single = await startApiOn(database.url);
    try {
      for (const count of CLIENT_COUNTS) rows.push(await measure('1 instance', [single], count));
    } finally {
      await single.stop();
    }
    if (await redisAnswers(REDIS_URL)) {
      const [a, b] = await Promise.all([
        startApiOn(database.url, REDIS_URL),
        startApiOn(database.url, REDIS_URL),
      ]);
      try {
        for (const count of CLIENT_COUNTS) rows.push(await measure('2 instances + Redis', [a, b], count));
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
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: {
          cpus: cpus().length,
          model: cpus()[0]?.model,
          memoryGiB: Math.round(totalmem() / 2 ** 30),
          node: process.version,
        },
        changesPerRun: CHANGES,
        users: USERS,
        rows,
        skipped,
      },
      null,
      2,
    )}\n`,
  );
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
