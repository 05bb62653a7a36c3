/**
 * What the read and write benchmarks share: a fresh database, the built API as a child process, a
 * GraphQL helper, and two load drivers over Node's own `fetch` (closed loop: N workers back to back;
 * open loop: requests started on a fixed schedule, latency measured from the planned start so that a
 * slow answer cannot hide the queue behind it).
 */
import { performance } from 'node:perf_hooks';

import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

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
export async function freshDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
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
): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
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
    pid: started.process.pid,
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
  const round = (n: number) => Math.round(n * 10) / 10;
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
