/**
 * First paint of the big design in Chromium (`npm run bench:paint`): the fixture (the same
 * as `bench:read`), the built API and web app in production mode, and a real Chromium opening the
 * workspace as its lead, each time in a fresh browser context (nothing cached). Measured from the
 * navigation's start to the moment the page shows the design: its title, all 30 outcomes and its
 * comments (the title heading, 30 outcome cards and a comment in the DOM, checked every frame).
 *
 * Needs Chromium at /usr/bin/chromium (or BENCH_CHROMIUM). Options (environment): BENCH_LOADS=7,
 * BENCH_DATABASE_URL (as in bench:read), BENCH_OUT=tmp/bench/paint.json.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { WORKSPACE_ROOT } from '@mc/testing';

import { freshDatabase, runBench, startApi, writeResults } from './bench-lib';
import { buildFixture } from './read.bench';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(WORKSPACE_ROOT, process.env.BENCH_OUT ?? 'tmp/bench/paint.json');
const WEB_DIR = join(WORKSPACE_ROOT, 'dist', 'apps', 'web');

const TITLE = 'Big benchmark design';
/** How the workspace numbers the outcomes (O1 … O30): all 30 must be on the page. */
const OUTCOME_NUMBER = '.ws-outcome-number';
const OUTCOMES = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set BENCH_CHROMIUM)`);
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('the web app is not built');
  const started = Date.now();
  const database = await freshDatabase();
  const api = await startApi(database.url, { WEB_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    console.log('building the fixture through the API …');
    const { designId, lead } = await buildFixture(api.url);
    const loads: Array<{ paintMs: number; bytes: number }> = [];
    for (let i = 0; i < LOADS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      // (Scripts for the page are strings: this file is type-checked without the DOM's types.)
      await context.addInitScript(
        `window.localStorage.setItem('mc.accessToken', ${JSON.stringify(lead.token)})`,
      );
      let bytes = 0;
      context.on('response', (response) => {
        void response
          .body()
          .then((body) => (bytes += body.length))
          .catch(() => undefined);
      });
      const page = await context.newPage();
      await page.goto(`${api.url}/designs/${designId}`, { waitUntil: 'commit' });
      // A function, not a string: run through the DevTools protocol, which the page's CSP allows (a
      // string is eval'd in the page and refused). Typed by hand: no DOM types in this project. With
      // `report`, it says what is there instead of waiting.
      const probe = ({
        title,
        outcome,
        outcomes,
        report,
      }: {
        title: string;
        outcome: string;
        outcomes: number;
        report: boolean;
      }) => {
        const { document, performance } = globalThis as unknown as {
          document: {
            querySelectorAll(s: string): ArrayLike<{ textContent: string | null }>;
            querySelector(s: string): unknown;
          };
          performance: { now(): number };
        };
        const seen = {
          title: Array.from(document.querySelectorAll('h1')).some((h) =>
            (h.textContent ?? '').includes(title),
          ),
          outcome: document.querySelectorAll(outcome).length >= outcomes,
          comment: document.querySelector('[id^="comment-"]') !== null,
        };
        if (report) return JSON.stringify(seen);
        return seen.title && seen.outcome && seen.comment ? performance.now() : false;
      };
      const selectors = { title: TITLE, outcome: OUTCOME_NUMBER, outcomes: OUTCOMES };
      const handle = await page
        .waitForFunction(probe, { ...selectors, report: false }, { polling: 'raf', timeout: 30_000 })
        .catch(async (error: Error) => {
          throw new Error(
            `${error.message}; the page showed ${await page.evaluate(probe, { ...selectors, report: true })}`,
          );
        });
      const paintMs = Math.round((await handle.jsonValue()) as number);
      loads.push({ paintMs, bytes });
      console.log(
        `load ${i + 1}: design shown after ${paintMs} ms (${Math.round(bytes / 1024)} KB of decoded responses)`,
      );
      await context.close();
    }
    // The first load also warms the API (its caches of compiled queries, the JIT): reported apart.
    const warm = loads.slice(1).map((l) => l.paintMs);
    const sorted = [...warm].sort((a, b) => a - b);
    const summary = {
      firstLoadMs: loads[0]!.paintMs,
      p50Ms: percentile(sorted, 50),
      maxMs: sorted.at(-1)!,
    };
    console.log(
      `\n| measure | ms |\n|---|---|\n| first load (cold API) | ${summary.firstLoadMs} |\n| later loads, p50 | ${summary.p50Ms} |\n| later loads, max | ${summary.maxMs} |`,
    );
    writeResults(OUT, { loads, summary });
    console.log(`wrote ${OUT} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  } finally {
    await browser.close();
    await api.stop();
    await database.close();
  }
}

runBench(main);
