/**
 * Live co-editing benchmark (`npm run bench:collab`): N writers (real `@hocuspocus/provider`
 * clients) typing into one document's `summary` at once, and the time from each keystroke to its
 * arrival at every other writer. Runs on one API instance, then on two instances sharing documents
 * through Redis (writers split between them). Then the server's memory per open document: a fresh
 * API process's resident memory before and after opening BENCH_DOCUMENTS documents.
 *
 * The API runs as real processes (the built `dist`), the clients in this process. PostgreSQL:
 * `BENCH_DATABASE_URL` (a server on which a fresh database is created), else an embedded one.
 * Redis: `REDIS_URL` (default redis://127.0.0.1:6379); without one reachable, the two-instance rows
 * are skipped and say so.
 *
 * Options (environment): BENCH_WRITERS=2,20,100  BENCH_KEYSTROKES=10  BENCH_INTERVAL_MS=200
 * BENCH_DOCUMENTS=200  BENCH_OUT=tmp/bench/collab.json
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

import { GraphQLClient, WORKSPACE_ROOT } from '@mc/testing';

import {
  freshDatabaseOrEmbedded,
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

const ROOT = WORKSPACE_ROOT;
const WRITERS = (process.env.BENCH_WRITERS ?? '2,20,100').split(',').map(Number);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 10);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 200);
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'tmp/bench/collab.json');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** One prefix for both instances of a run (they share documents under it). */
const REDIS_PREFIX = `mc-bench-collab-${Date.now().toString(36)}`;

interface Row {
  setup: string;
  writers: number;
  keystrokes: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  missing: number;
}

type Api = Awaited<ReturnType<typeof startApi>>;

/** The API with Redis shared by both instances of a run (under one prefix), or alone. */
function startApiOn(databaseUrl: string, redisUrl?: string): Promise<Api> {
  return startApi(databaseUrl, redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX } : {});
}

/** A lead's access token. */
async function lead(url: string): Promise<string> {
  return (await signUp(url, 'Bench lead', { name: 'Bench Polytechnic', kind: 'POST_SECONDARY' })).token;
}

async function createDesign(url: string, token: string, summary: string | null): Promise<string> {
  const { createDesign } = await new GraphQLClient(url, token).ok<{ createDesign: { id: string } }>(
    `mutation Create($input: CreateDesignInput!) { createDesign(input: $input) { id } }`,
    { input: { title: 'Benchmark design', summary } },
  );
  return createDesign.id;
}

function open(url: string, token: string, name: string): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      url: `${url.replace(/^http/, 'ws')}/collab`,
      WebSocketPolyfill: WebSocket,
      name,
      token,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
}

/** Keystroke → arrival at each other writer, keyed by the Yjs item id of the typed character. */
async function measure(setup: string, urls: string[], writers: number): Promise<Row> {
  const [writeUrl] = urls as [string];
  const token = await lead(writeUrl);
  const designId = await createDesign(writeUrl, token, null);
  const name = `design:${designId}`;
  const providers: HocuspocusProvider[] = [];
  for (let start = 0; start < writers; start += 20) {
    const batch = Array.from({ length: Math.min(20, writers - start) }, (_, i) =>
      open(urls[(start + i) % urls.length]!, token, name),
    );
    providers.push(...(await Promise.all(batch)));
  }
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  for (const provider of providers) {
    const own = provider.document.clientID;
    provider.document.on('update', (update: Uint8Array) => {
      const at = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        if (struct.id.client === own) continue;
        for (let i = 0; i < struct.length; i += 1) {
          const sent = sentAt.get(`${struct.id.client}:${struct.id.clock + i}`);
          if (sent === undefined) continue;
          received += 1;
          latencies.push(at - sent);
        }
      }
    });
  }
  await sleep(300);
  // Every writer types KEYSTROKES characters at its own place, INTERVAL_MS apart, offsets spread.
  await Promise.all(
    providers.map(async (provider, w) => {
      await sleep((INTERVAL_MS * w) / writers);
      const doc = provider.document;
      const text = doc.getText('summary');
      for (let k = 0; k < KEYSTROKES; k += 1) {
        const clock = Y.getState(doc.store, doc.clientID);
        sentAt.set(`${doc.clientID}:${clock}`, performance.now());
        text.insert(Math.min(text.length, w), String.fromCharCode(97 + (k % 26)));
        await sleep(INTERVAL_MS);
      }
    }),
  );
  const expected = writers * KEYSTROKES * (writers - 1);
  const deadline = Date.now() + 15_000;
  while (received < expected && Date.now() < deadline) await sleep(20);
  for (const provider of providers) provider.destroy();
  await sleep(500);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN);
  return {
    setup,
    writers,
    keystrokes: KEYSTROKES,
    samples: latencies.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: round(latencies.at(-1) ?? NaN),
    missing: expected - received,
  };
}

/** Resident memory of the API per open document (one client each, a 2,000-character summary). */
async function memoryPerDocument(api: Api): Promise<{ documents: number; bytesPerDocument: number }> {
  const token = await lead(api.url);
  const ids: string[] = [];
  for (let i = 0; i < DOCUMENTS; i += 1) ids.push(await createDesign(api.url, token, 'x'.repeat(2_000)));
  await sleep(1_000);
  const before = rssBytes(api.pid);
  const providers: HocuspocusProvider[] = [];
  for (let start = 0; start < ids.length; start += 20) {
    providers.push(
      ...(await Promise.all(ids.slice(start, start + 20).map((id) => open(api.url, token, `design:${id}`)))),
    );
  }
  await sleep(2_000);
  const after = rssBytes(api.pid);
  for (const provider of providers) provider.destroy();
  return { documents: DOCUMENTS, bytesPerDocument: Math.round((after - before) / DOCUMENTS) };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const skipped: string[] = [];
  let memory: { documents: number; bytesPerDocument: number } | null = null;
  const database = await freshDatabaseOrEmbedded();
  try {
    const single = await startApiOn(database.url);
    try {
      for (const count of WRITERS) rows.push(await measure('1 instance', [single.url], count));
    } finally {
      await single.stop();
    }
    // On a process of its own: right after the writers' runs the heap is still shrinking, and its
    // resident memory falling can hide (even reverse) what the open documents add.
    const quiet = await startApiOn(database.url);
    try {
      memory = await memoryPerDocument(quiet);
    } finally {
      await quiet.stop();
    }
    if (await redisAnswers(REDIS_URL)) {
      const [a, b] = await Promise.all([
        startApiOn(database.url, REDIS_URL),
        startApiOn(database.url, REDIS_URL),
      ]);
      try {
        for (const count of WRITERS) rows.push(await measure('2 instances + Redis', [a.url, b.url], count));
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
  if (memory)
    process.stdout.write(
      `\nserver memory per open document: ${(memory.bytesPerDocument / 1024).toFixed(1)} KiB (RSS delta over ${memory.documents} documents)\n`,
    );
  writeResults(OUT, { keystrokes: KEYSTROKES, intervalMs: INTERVAL_MS, rows, memory, skipped });
  process.stdout.write(`\nJSON results: ${OUT}\n`);
}

function print(rows: Row[], skipped: string[]): void {
  printTable(
    ['setup', 'writers', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'missing'],
    rows.map((r) => [r.setup, r.writers, r.samples, r.p50, r.p95, r.p99, r.max, r.missing].map(String)),
    skipped,
  );
}

runBench(main);
