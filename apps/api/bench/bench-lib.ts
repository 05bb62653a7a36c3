/**
 * What the benchmarks share: a fresh database, the built API as a child process, a GraphQL helper,
 * people and designs, a Redis probe, memory and table printing, results as JSON, and two load
 * drivers over Node's own `fetch` (closed loop: N workers back to back; open loop: requests
 * started on a fixed schedule, latency measured from the planned start so that a slow answer
 * cannot hide the queue behind it).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { Redis } from 'ioredis';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

import { startEmbeddedPostgres } from '@mc/database';
import { freePort, GraphQLClient, launchBuiltApi, stop } from '@mc/testing';

/** Longest wait for one answer during the load (BENCH_REQUEST_TIMEOUT_MS). */
export const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 10_000);

/**
 * Node flags the API is started with, as `npm start` does (BENCH_API_NODE_OPTIONS replaces them;
 * `BENCH_API_NODE_OPTIONS=" "` runs it with none).
 */
export const API_NODE_OPTIONS = (process.env.BENCH_API_NODE_OPTIONS ?? '--max-semi-space-size=64').trim();

export const JWT_SECRET = 'benchmark-secret-that-is-long-enough-for-hs256';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A new database on `BENCH_DATABASE_URL` (default: the local PostgreSQL), dropped by `close`. */
export function freshDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  return databaseOn(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

/**
 * A new database on `BENCH_DATABASE_URL`, else on an embedded PostgreSQL in a temporary folder
 * (started with `settings`, stopped and removed by `close`): for the benchmarks that need no
 * configured server at all.
 */
export async function freshDatabaseOrEmbedded(
  settings: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return databaseOn(process.env.BENCH_DATABASE_URL);
  const folder = mkdtempSync(join(tmpdir(), 'mc-bench-pg-'));
  chmodSync(folder, 0o755);
  const embedded = await startEmbeddedPostgres({
    dataDir: join(folder, 'data'),
    persistent: false,
    settings,
  });
  const database = await databaseOn(embedded.url);
  return {
    url: database.url,
    close: async () => {
      await database.close();
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function databaseOn(serverUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const name = `mc_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
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
    },
  };
}

/** Whether a Redis answers at `url` (the two-instance rows need one). */
export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A process's resident memory in bytes (Linux `/proc`). */
export function rssBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? NaN) * 1024;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A Markdown table on standard output (columns padded), then one line per skipped part. */
export function printTable(header: string[], lines: string[][], skipped: readonly string[] = []): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`\n${format(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
  for (const note of skipped) process.stdout.write(`skipped: ${note}\n`);
}

/** A benchmark's results as JSON in `path`, with when and on what machine they were measured. */
export function writeResults(path: string, results: Record<string, unknown>): void {
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ at: new Date().toISOString(), machine, ...results }, null, 2)}\n`);
}

/** Runs a benchmark's `main` and ends the process: 0 when it finished, 1 (with the stack) when not. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

/** An SMTP server on loopback that accepts and drops every mail (production mode needs SMTP_URL). */
async function smtpSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The built API (dist) in production mode, ready to serve (its mail goes to a sink here). */
export async function startApi(
  databaseUrl: string,
  extra: Record<string, string> = {},
  nodeArgs: readonly string[] = API_NODE_OPTIONS ? API_NODE_OPTIONS.split(/\s+/) : [],
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const smtp = await smtpSink();
  const started = launchBuiltApi(
    {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      ...extra,
    },
    nodeArgs,
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (started.process.exitCode !== null) {
      await smtp.close();
      throw new Error(`the API exited:\n${started.output()}`);
    }
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop(started);
      await smtp.close();
      throw new Error(`the API did not become ready in 60 s:\n${started.output()}`);
    }
    await sleep(200);
  }
  return {
    url,
    pid: started.process.pid ?? NaN,
    stop: async () => {
      await stop(started);
      await smtp.close();
    },
  };
}

export function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  return new GraphQLClient(url, token).ok<T>(query, variables);
}

export interface Person {
  token: string;
  id: string;
  email: string;
  displayName: string;
}

export async function signUp(
  url: string,
  label: string,
  organization: { name: string; kind: string },
): Promise<Person> {
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 8)}@bench.example.org`;
  const input = { email, password: 'a long enough password', displayName: label, organization };
  const { signUp: result } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
    url,
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`,
    { input },
  );
  return { token: result.accessToken, id: result.user.id, email, displayName: label };
}

export async function createDesign(url: string, lead: Person, title: string): Promise<string> {
  const { createDesign: design } = await gql<{ createDesign: { id: string } }>(
    url,
    `mutation Create($input: CreateDesignInput!) { createDesign(input: $input) { id } }`,
    { input: { title } },
    lead.token,
  );
  return design.id;
}

export async function invite(url: string, lead: Person, designId: string, person: Person, role: string) {
  const { inviteToDesign } = await gql<{ inviteToDesign: { token: string } }>(
    url,
    `mutation Invite($designId: ID!, $email: String!, $role: DesignRole!) { inviteToDesign(designId: $designId, email: $email, role: $role) { token } }`,
    { designId, email: person.email, role },
    lead.token,
  );
  await gql(
    url,
    `mutation Accept($token: String!) { acceptInvitation(token: $token) { id } }`,
    { token: inviteToDesign.token },
    person.token,
  );
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

/** One request: resolves when the whole answer is read; rejects on a non-2xx or a GraphQL error. */
export type Shot = () => Promise<void>;

/**
 * What the load's requests accept (`BENCH_ACCEPT_ENCODING`): `identity` by default, so that the API
 * and the raw-pg baseline (which never compresses) send the same bytes and the comparison is of
 * the read alone; `gzip` measures the API with compression too (and this process inflating).
 */
export const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? 'identity';

export function post(url: string, body: string, headers: Record<string, string> = {}): Shot {
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': ACCEPT_ENCODING, ...headers },
      body,
      // An overloaded server must not keep the run going: an answer later than this is an error.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok || text.startsWith('{"errors"'))
      throw new Error(`${response.status} ${text.slice(0, 200)}`);
  };
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** `connections` workers, each sending `shot()` back to back for `seconds`. */
export async function closedLoop(shots: (i: number) => Shot, connections: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  const end = started + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await shots(n++)();
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  if (firstError) console.error('first error:', firstError);
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/** `rate` requests a second for `seconds`, each started on schedule whatever the others do. */
export async function openLoop(shots: (i: number) => Shot, rate: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const planned = started + (i * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      shots(i)().then(
        () => void latencies.push(performance.now() - planned),
        (error) => {
          errors += 1;
          firstError ??= error;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  if (firstError) console.error('first error:', firstError);
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
