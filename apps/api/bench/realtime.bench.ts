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
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { Redis } from 'ioredis';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';

import { EmbeddedPostgresServer, startEmbeddedPostgres } from '@mc/database';
import { freePort, GraphQLClient, launchBuiltApi, stop, WORKSPACE_ROOT } from '@mc/testing';

const ROOT = WORKSPACE_ROOT;
const JWT_SECRET = 'benchmark-secret-that-is-long-enough-for-hs256';
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

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

/** The built API as its own process (the same launcher the browser tests use), ready to serve. */
async function startApi(
  databaseUrl: string,
  redisUrl?: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const started = launchBuiltApi({
    NODE_ENV: 'production',
    // Production needs a mail server; this benchmark reads no mail (nothing listens on port 9).
    SMTP_URL: 'smtp://127.0.0.1:9',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    // Each benchmark user has many tabs (1,000 clients over 20 users).
    MAX_SOCKETS_PER_USER: String(CLIENT_COUNTS.reduce((a, b) => Math.max(a, b), 1)),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (started.process.exitCode !== null) throw new Error(`the API exited:\n${started.output()}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not become ready in 60 s:\n${started.output()}`);
    await sleep(200);
  }
  return { url, pid: started.process.pid ?? NaN, stop: async () => void (await stop(started)) };
}

/** An API process's resident memory, MiB (Linux `/proc`). */
function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb ?? NaN) / 1024);
}

async function freshDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let embedded: EmbeddedPostgresServer | null = null;
  let folder: string | null = null;
  if (!serverUrl) {
    folder = mkdtempSync(join(tmpdir(), 'mc-bench-pg-'));
    chmodSync(folder, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: join(folder, 'data'),
      persistent: false,
      settings: { max_connections: '200' },
    });
    serverUrl = embedded.url;
  }
  const name = `mc_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: async () => {
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
      await embedded?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------------------------

/** GraphQL as any client would send it, as `token` (or anonymously). */
function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return new GraphQLClient(url, token).ok<T>(query, variables);
}

interface Person {
  token: string;
  id: string;
}

async function signUp(
  url: string,
  label: string,
  organization: { name: string; kind: string },
): Promise<Person & { email: string }> {
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@bench.example.org`;
  const input = { email, password: 'a long enough password', displayName: label, organization };
  const { signUp: result } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
    url,
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`,
    { input },
  );
  return { token: result.accessToken, id: result.user.id, email };
}

/** A design with a lead and `users` observers (each from their own community organization). */
async function setUpDesign(
  url: string,
  users: number,
): Promise<{ designId: string; lead: Person; people: Person[] }> {
  const lead = await signUp(url, 'Lead', { name: 'Bench Polytechnic', kind: 'POST_SECONDARY' });
  const { createDesign } = await gql<{ createDesign: { id: string } }>(
    url,
    `mutation Create($input: CreateDesignInput!) { createDesign(input: $input) { id } }`,
    { input: { title: 'Benchmark design' } },
    lead.token,
  );
  const people: Person[] = [lead];
  for (let i = 0; i < users - 1; i += 1) {
    const person = await signUp(url, `Observer ${i}`, { name: `Bench partner ${i}`, kind: 'COMMUNITY' });
    const { inviteToDesign } = await gql<{ inviteToDesign: { token: string } }>(
      url,
      `mutation Invite($designId: ID!, $email: String!) { inviteToDesign(designId: $designId, email: $email, role: OBSERVER) { token } }`,
      { designId: createDesign.id, email: person.email },
      lead.token,
    );
    await gql(
      url,
      `mutation Accept($token: String!) { acceptInvitation(token: $token) { id } }`,
      { token: inviteToDesign.token },
      person.token,
    );
    people.push(person);
  }
  return { designId: createDesign.id, lead, people };
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
  const rss = Math.max(...apis.map((api) => rssMiB(api.pid)));
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
  const database = await freshDatabase();
  try {
    const single = await startApi(database.url);
    try {
      for (const count of CLIENT_COUNTS) rows.push(await measure('1 instance', [single], count));
    } finally {
      await single.stop();
    }
    if (await redisAnswers()) {
      const [a, b] = await Promise.all([
        startApi(database.url, REDIS_URL),
        startApi(database.url, REDIS_URL),
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
  const header = [
    'setup',
    'clients',
    'samples',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'missing',
    'API RSS MiB',
  ];
  const lines = rows.map((r) =>
    [r.setup, r.clients, r.samples, r.p50, r.p95, r.p99, r.max, r.missing, r.rssMiB].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`\n${format(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
  for (const note of skipped) process.stdout.write(`skipped: ${note}\n`);
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value * 10) / 10;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
