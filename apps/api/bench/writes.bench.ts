/**
 * Write benchmark (`npm run bench:writes`, issue #15): `addComment` and version-checked
 * `updateOutcome` alternating, through the built API in production mode.
 *  - open loop at BENCH_RATE (100) writes/s for BENCH_SECONDS (15) on one design, then spread over
 *    20 designs (p50/p99 measured from each write's planned start);
 *  - closed loop with 4, 16 and 32 writers on one design (the sustained maximum, writes/s).
 * An update takes an outcome no other write in flight holds, with the version it last read, so a
 * version conflict is a fault of the API, counted as an error; with none free it adds a comment.
 *
 * Options (environment): BENCH_DATABASE_URL, BENCH_RATE=100, BENCH_SECONDS=15,
 * BENCH_CLOSED_SECONDS=8, BENCH_WRITERS=4,16,32, BENCH_API_NODE_OPTIONS, BENCH_OUT=tmp/bench/writes.json
 */
import { join } from 'node:path';

import { WORKSPACE_ROOT } from '@mc/testing';

import {
  closedLoop,
  createDesign,
  freshDatabase,
  gql,
  LoadResult,
  openLoop,
  Shot,
  signUp,
  startApi,
} from './bench-lib';
import { API_NODE_OPTIONS, REQUEST_TIMEOUT_MS, runBench, writeResults } from './bench-lib';

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLOSED_SECONDS = Number(process.env.BENCH_CLOSED_SECONDS ?? 8);
const WRITERS = (process.env.BENCH_WRITERS ?? '4,16,32').split(',').map(Number);
const DESIGNS = 20;
const OUTCOMES = 30;
const OUT = join(WORKSPACE_ROOT, process.env.BENCH_OUT ?? 'tmp/bench/writes.json');

const ADD_COMMENT = `mutation C($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UPDATE_OUTCOME = `mutation U($id: ID!, $input: UpdateOutcomeInput!) { updateOutcome(id: $id, input: $input) { id version } }`;

interface OutcomeState {
  id: string;
  version: number;
}

/** Writes alternating between a comment and an update, over `designs`. */
function writer(url: string, token: string, designs: Array<{ id: string; outcomes: OutcomeState[] }>) {
  const free = designs.map((design) => [...design.outcomes]);
  return (i: number): Shot =>
    async () => {
      const d = i % designs.length;
      const design = designs[d]!;
      const outcome = Math.floor(i / designs.length) % 2 === 1 ? free[d]!.shift() : undefined;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const body = outcome
        ? {
            query: UPDATE_OUTCOME,
            variables: {
              id: outcome.id,
              input: {
                expectedVersion: outcome.version,
                statement: `Learners can do task ${i} on their own.`,
              },
            },
          }
        : {
            query: ADD_COMMENT,
            variables: {
              input: { designId: design.id, targetType: 'DESIGN', targetId: design.id, body: `Write ${i}` },
            },
          };
      // An update whose answer never came may have been applied: its outcome's version is unknown,
      // so the outcome is left out of the rest of the run rather than sent with a stale version.
      let known = true;
      try {
        known = false;
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const json = (await response.json()) as {
          data?: { updateOutcome?: { version: number } };
          errors?: Array<{ extensions?: { current?: { version?: number } } }>;
        };
        known = true;
        const current = json.errors?.[0]?.extensions?.current?.version;
        if (outcome && current) outcome.version = current;
        if (!response.ok || json.errors)
          throw new Error(`${response.status} ${JSON.stringify(json).slice(0, 200)}`);
        if (outcome) outcome.version = json.data!.updateOutcome!.version;
      } finally {
        if (outcome && known) free[d]!.push(outcome);
      }
    };
}

async function main() {
  const started = Date.now();
  const database = await freshDatabase();
  const extraNode = API_NODE_OPTIONS || undefined;
  const api = await startApi(database.url).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  try {
    console.log('building the fixture through the API …');
    const lead = await signUp(api.url, 'Lead', { name: 'Bench Polytechnic', kind: 'POST_SECONDARY' });
    const designs: Array<{ id: string; outcomes: OutcomeState[] }> = [];
    for (let d = 0; d < DESIGNS; d += 1) {
      const id = await createDesign(api.url, lead, `Write design ${d}`);
      const outcomes: OutcomeState[] = [];
      for (let o = 0; o < (d === 0 ? OUTCOMES : 8); o += 1) {
        const { addOutcome } = await gql<{ addOutcome: { id: string; version: number } }>(
          api.url,
          `mutation O($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id version } }`,
          { designId: id, input: { statement: `Learners can do task ${o}.`, bloomLevel: 'APPLY' } },
          lead.token,
        );
        outcomes.push(addOutcome);
      }
      designs.push({ id, outcomes });
    }
    const one = writer(api.url, lead.token, [designs[0]!]);
    const spread = writer(api.url, lead.token, designs);
    await closedLoop(one, 4, 2); // warm up

    const results: Record<string, LoadResult> = {};
    results.openOneDesign = await openLoop(one, RATE, SECONDS);
    console.log(`open loop ${RATE}/s, one design: ${JSON.stringify(results.openOneDesign)}`);
    results.openTwentyDesigns = await openLoop(spread, RATE, SECONDS);
    console.log(`open loop ${RATE}/s, ${DESIGNS} designs: ${JSON.stringify(results.openTwentyDesigns)}`);
    for (const writers of WRITERS) {
      results[`closed${writers}`] = await closedLoop(one, writers, CLOSED_SECONDS);
      console.log(
        `closed loop, ${writers} writers, one design: ${JSON.stringify(results[`closed${writers}`])}`,
      );
    }
    const rows = [
      ['measure', 'writes/s', 'p50 ms', 'p99 ms', 'errors'],
      ...Object.entries(results).map(([key, r]) => [key, r.perSecond, r.p50, r.p99, r.errors]),
    ];
    console.log(
      `\n${rows.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => '---|').join('')}` : ''}`).join('\n')}\n`,
    );
    writeResults(OUT, {
      options: { RATE, SECONDS, CLOSED_SECONDS, WRITERS, apiNodeOptions: extraNode ?? null },
      results,
    });
    console.log(`wrote ${OUT} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  } finally {
    await api.stop();
    await database.close();
  }
}

runBench(main);
