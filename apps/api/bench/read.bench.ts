/**
 * Design-read benchmark (`npm run bench:read`, issue #15). Builds a big design through the API
 * (20 participants, 30 skills, 30 outcomes covering 2–3 skills each, 200 comments of which 80
 * replies and 50 with a mention, 3 decisions, > 100 events), then measures, interleaved over
 * rounds, the built API in production mode against a raw-pg baseline: a plain `node:http` server
 * (its own process) answering the same JSON with hand-written `pg` queries (`json_agg`) on the same
 * database. The two answers are checked equal section by section before any load.
 *
 * The query is the design with every stored nested record (what SQL alone can answer): computed
 * fields (myPermissions, readiness, availableTransitions, coverage, outcome issues) are left out
 * on both sides; the API still runs every access check of every field it resolves.
 *
 * Options (environment): BENCH_DATABASE_URL (a server on which a fresh database is made; default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_ROUNDS=3, BENCH_SECONDS=6 (per measure),
 * BENCH_CONNECTIONS=10, BENCH_RATE=20, BENCH_API_NODE_OPTIONS (Node flags for the API, default as npm start),
 * BENCH_ACCEPT_ENCODING=identity (what the load accepts: the same bytes from both servers; `gzip`
 * to measure the API compressing too),
 * BENCH_OUT=tmp/bench/read.json
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';

import { Pool } from 'pg';

import { freePort, WORKSPACE_ROOT } from '@mc/testing';

import {
  closedLoop,
  createDesign,
  freshDatabase,
  gql,
  invite,
  LoadResult,
  median,
  openLoop,
  Person,
  post,
  signUp,
  sleep,
  startApi,
} from './bench-lib';
import { ACCEPT_ENCODING, API_NODE_OPTIONS, runBench, writeResults } from './bench-lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const OUT = join(WORKSPACE_ROOT, process.env.BENCH_OUT ?? 'tmp/bench/read.json');

export const DESIGN_READ = `query DesignRead($id: ID!) {
  design(id: $id) {
    id title summary sector targetLearners prerequisites hours deliveryMode language
    assessmentApproach participationForm qualityAssurance creditValue stackability price
    validityPeriod stage revision version lastSeq createdAt updatedAt
    institution { id name kind }
    participants { role joinedAt user { id displayName email organization { id name kind } } }
    skills {
      id name description priority version
      frameworkRef { framework code label url }
      proposedBy { id displayName organization { id name } }
      coveredBy { id }
    }
    outcomes { id statement bloomLevel assessmentMethod position version skills { id } }
    comments {
      id targetType targetId body parentId resolved createdAt
      author { id displayName organization { name } }
      mentions { id displayName }
      replies { id }
    }
    decisions { id kind note revision createdAt user { id displayName } }
    events(limit: 100) { seq type actor { id displayName } data at }
  }
}`;

// ---------------------------------------------------------------------------------------------
// The raw-pg baseline (run as its own process: `read.bench.ts raw-server <databaseUrl> <port>`)
// ---------------------------------------------------------------------------------------------

const iso = (column: string) =>
  `to_char(date_trunc('milliseconds', ${column}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const RAW_SQL = {
  access: `SELECT 1 FROM design_participants WHERE design_id = $1 AND user_id = $2`,
  design: `SELECT json_build_object(
      'id', d.id, 'title', d.title, 'summary', d.summary, 'sector', d.sector,
      'targetLearners', d.target_learners, 'prerequisites', d.prerequisites, 'hours', d.hours,
      'deliveryMode', d.delivery_mode, 'language', d.language, 'assessmentApproach', d.assessment_approach,
      'participationForm', d.participation_form, 'qualityAssurance', d.quality_assurance,
      'creditValue', d.credit_value, 'stackability', d.stackability, 'price', d.price,
      'validityPeriod', d.validity_period, 'stage', d.stage, 'revision', d.revision,
      'version', d.version, 'lastSeq', d.last_seq, 'createdAt', ${iso('d.created_at')},
      'updatedAt', ${iso('d.updated_at')},
      'institution', json_build_object('id', o.id, 'name', o.name, 'kind', o.kind)) AS j
    FROM designs d JOIN organizations o ON o.id = d.institution_id WHERE d.id = $1`,
  participants: `SELECT coalesce(json_agg(json_build_object('role', p.role, 'joinedAt', ${iso('p.joined_at')},
      'user', json_build_object('id', u.id, 'displayName', u.display_name, 'email', u.email,
        'organization', json_build_object('id', o.id, 'name', o.name, 'kind', o.kind)))
      ORDER BY p.joined_at), '[]') AS j
    FROM design_participants p JOIN users u ON u.id = p.user_id JOIN organizations o ON o.id = u.organization_id
    WHERE p.design_id = $1`,
  skills: `SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'description', s.description,
      'priority', s.priority, 'version', s.version,
      'frameworkRef', CASE WHEN s.framework_name IS NULL THEN NULL ELSE json_build_object(
        'framework', s.framework_name, 'code', s.framework_code, 'label', s.framework_label, 'url', s.framework_url) END,
      'proposedBy', json_build_object('id', u.id, 'displayName', u.display_name,
        'organization', json_build_object('id', o.id, 'name', o.name)),
      'coveredBy', (SELECT coalesce(json_agg(json_build_object('id', os.outcome_id) ORDER BY oc.position, oc.id), '[]')
        FROM outcome_skills os JOIN outcomes oc ON oc.id = os.outcome_id WHERE os.skill_id = s.id))
      ORDER BY s.created_at, s.id), '[]') AS j
    FROM skills s JOIN users u ON u.id = s.proposed_by_id JOIN organizations o ON o.id = u.organization_id
    WHERE s.design_id = $1`,
  outcomes: `SELECT coalesce(json_agg(json_build_object('id', oc.id, 'statement', oc.statement,
      'bloomLevel', oc.bloom_level, 'assessmentMethod', oc.assessment_method, 'position', oc.position,
      'version', oc.version,
      'skills', (SELECT coalesce(json_agg(json_build_object('id', s.id) ORDER BY s.created_at, s.id), '[]')
        FROM outcome_skills os JOIN skills s ON s.id = os.skill_id WHERE os.outcome_id = oc.id))
      ORDER BY oc.position, oc.id), '[]') AS j
    FROM outcomes oc WHERE oc.design_id = $1`,
  comments: `SELECT coalesce(json_agg(json_build_object('id', c.id, 'targetType', c.target_type,
      'targetId', c.target_id, 'body', c.body, 'parentId', c.parent_id, 'resolved', c.resolved,
      'createdAt', ${iso('c.created_at')},
      'author', json_build_object('id', u.id, 'displayName', u.display_name,
        'organization', json_build_object('name', o.name)),
      'mentions', (SELECT coalesce(json_agg(json_build_object('id', mu.id, 'displayName', mu.display_name)), '[]')
        FROM comment_mentions m JOIN users mu ON mu.id = m.user_id WHERE m.comment_id = c.id),
      'replies', (SELECT coalesce(json_agg(json_build_object('id', r.id) ORDER BY r.created_at, r.id), '[]')
        FROM comments r WHERE r.parent_id = c.id))
      ORDER BY c.created_at, c.id), '[]') AS j
    FROM comments c JOIN users u ON u.id = c.author_id JOIN organizations o ON o.id = u.organization_id
    WHERE c.design_id = $1`,
  decisions: `SELECT coalesce(json_agg(json_build_object('id', x.id, 'kind', x.kind, 'note', x.note,
      'revision', x.revision, 'createdAt', ${iso('x.created_at')},
      'user', json_build_object('id', u.id, 'displayName', u.display_name))
      ORDER BY x.revision, x.updated_at), '[]') AS j
    FROM design_decisions x JOIN designs d ON d.id = x.design_id JOIN users u ON u.id = x.user_id
    WHERE x.design_id = $1 AND x.revision = d.revision`,
  events: `SELECT coalesce(json_agg(json_build_object('seq', e.seq, 'type', e.type,
      'actor', CASE WHEN e.actor_id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END,
      'data', e.data, 'at', ${iso('e.at')}) ORDER BY e.seq), '[]') AS j
    FROM (SELECT * FROM design_events WHERE design_id = $1 AND seq > 0 ORDER BY seq LIMIT 100) e
    LEFT JOIN users u ON u.id = e.actor_id`,
};
const SECTIONS = ['participants', 'skills', 'outcomes', 'comments', 'decisions', 'events'] as const;

async function rawServer(databaseUrl: string, port: number): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const one = async (sql: string, id: string) => (await pool.query(sql, [id])).rows[0]?.j;
  createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const { id, userId } = JSON.parse(Buffer.concat(chunks).toString()) as { id: string; userId: string };
        const [allowed, design, ...lists] = await Promise.all([
          pool.query(RAW_SQL.access, [id, userId]),
          one(RAW_SQL.design, id),
          ...SECTIONS.map((section) => one(RAW_SQL[section], id)),
        ]);
        const body =
          allowed.rowCount && design
            ? {
                data: { design: { ...design, ...Object.fromEntries(SECTIONS.map((s, i) => [s, lists[i]])) } },
              }
            : { data: null, errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  }).listen(port, '127.0.0.1', () => process.send?.('ready'));
}

function startRawServer(databaseUrl: string, port: number): Promise<{ stop: () => void }> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, __filename, 'raw-server', databaseUrl, String(port)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: process.env,
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ stop: () => void child.kill('SIGTERM') }));
    child.once('exit', (code) => reject(new Error(`the raw-pg server exited (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------
// The fixture, through the API
// ---------------------------------------------------------------------------------------------

/** The issue's big design, built through the API (also the first-paint benchmark's). */
export async function buildFixture(url: string): Promise<{ designId: string; lead: Person }> {
  const lead = await signUp(url, 'Lead', { name: 'Bench Polytechnic', kind: 'POST_SECONDARY' });
  const designId = await createDesign(url, lead, 'Big benchmark design');
  const people: Person[] = [lead];
  const partners: Person[] = [];
  for (let i = 0; i < 19; i += 1) {
    const partner = i < 3;
    const faculty = !partner && i < 8;
    const person = await signUp(url, `Person ${String.fromCharCode(65 + i)}${i}`, {
      name: `Bench ${partner ? 'employer' : faculty ? 'college' : 'partner'} ${i}`,
      kind: partner ? 'EMPLOYER' : faculty ? 'POST_SECONDARY' : 'COMMUNITY',
    });
    await invite(url, lead, designId, person, partner ? 'EMPLOYER_PARTNER' : i < 8 ? 'FACULTY' : 'OBSERVER');
    people.push(person);
    if (partner) partners.push(person);
  }
  await gql(
    url,
    `mutation U($id: ID!, $input: UpdateDesignInput!) { updateDesign(id: $id, input: $input) { id } }`,
    {
      id: designId,
      input: {
        expectedVersion: 1,
        summary: 'A design big enough to measure.',
        sector: 'Manufacturing',
        hours: 120,
      },
    },
    lead.token,
  ).catch(() => undefined); // optional fields; the read is measured whatever they hold
  const skillIds: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const { proposeSkill } = await gql<{ proposeSkill: { id: string } }>(
      url,
      `mutation P($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
      {
        designId,
        input: {
          name: `Skill ${i}`,
          description: `What skill ${i} means on the shop floor, in a sentence or two of plain words.`,
          priority: i % 3 === 0 ? 'ESSENTIAL' : 'IMPORTANT',
        },
      },
      people[i % 5]!.token,
    );
    skillIds.push(proposeSkill.id);
  }
  const outcomeIds: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const covers = [skillIds[i]!, skillIds[(i + 1) % 30]!, ...(i % 2 ? [skillIds[(i + 7) % 30]!] : [])];
    const { addOutcome } = await gql<{ addOutcome: { id: string } }>(
      url,
      `mutation O($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
      {
        designId,
        input: {
          statement: `Learners can apply skill ${i} to a real task and explain each step they take.`,
          bloomLevel: 'APPLY',
          assessmentMethod: 'Observed practical task',
          skillIds: covers,
        },
      },
      lead.token,
    );
    outcomeIds.push(addOutcome.id);
  }
  const topLevel: string[] = [];
  for (let i = 0; i < 200; i += 1) {
    const reply = i >= 120;
    const mention = i % 4 === 0 ? ` @${people[(i + 3) % 20]!.displayName} what do you think?` : '';
    const target =
      i % 3 === 0
        ? { targetType: 'DESIGN', targetId: designId }
        : i % 3 === 1
          ? { targetType: 'SKILL', targetId: skillIds[i % 30] }
          : { targetType: 'OUTCOME', targetId: outcomeIds[i % 30] };
    const parentId = reply ? topLevel[(i * 7) % topLevel.length] : undefined;
    const { addComment } = await gql<{ addComment: { id: string; targetType: string; targetId: string } }>(
      url,
      `mutation C($input: AddCommentInput!) { addComment(input: $input) { id targetType targetId } }`,
      {
        input: {
          designId,
          ...(reply ? { targetType: 'DESIGN', targetId: designId, parentId } : target),
          body: `Comment ${i}: a remark of a few sentences, as reviewers write them.${mention}`,
        },
      },
      people[i % 20]!.token,
    ).catch(async (error: unknown) => {
      if (!reply) throw error;
      // A reply may need its parent's target: ask for it.
      const parent = await gql<{
        design: { comments: Array<{ id: string; targetType: string; targetId: string }> };
      }>(
        url,
        `query Q($id: ID!) { design(id: $id) { comments { id targetType targetId } } }`,
        { id: designId },
        lead.token,
      );
      const p = parent.design.comments.find((c) => c.id === parentId)!;
      return gql<{ addComment: { id: string; targetType: string; targetId: string } }>(
        url,
        `mutation C($input: AddCommentInput!) { addComment(input: $input) { id targetType targetId } }`,
        {
          input: {
            designId,
            targetType: p.targetType,
            targetId: p.targetId,
            parentId,
            body: `Comment ${i}: a reply.${mention}`,
          },
        },
        people[i % 20]!.token,
      );
    });
    if (!reply) topLevel.push(addComment.id);
  }
  await gql(
    url,
    `mutation T($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
    { designId, to: 'PARTNER_REVIEW' },
    lead.token,
  );
  for (const partner of partners)
    await gql(
      url,
      `mutation D($designId: ID!, $kind: DecisionKind!, $note: String) { recordDecision(designId: $designId, kind: $kind, note: $note) { id } }`,
      { designId, kind: 'ENDORSE', note: 'We would hire from this program.' },
      partner.token,
    );
  return { designId, lead };
}

// ---------------------------------------------------------------------------------------------
// Comparing and measuring
// ---------------------------------------------------------------------------------------------

/** Lists compared as sets of their canonical items (orders are each side's, checked separately). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

async function fetchJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    bytes: Buffer.byteLength(text),
    json: JSON.parse(text) as { data: { design: Record<string, unknown> } },
  };
}

function compare(api: Record<string, unknown>, raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const scalarKeys = Object.keys(api).filter((key) => !SECTIONS.includes(key as (typeof SECTIONS)[number]));
  for (const key of scalarKeys)
    if (JSON.stringify(canonical(api[key])) !== JSON.stringify(canonical(raw[key])))
      problems.push(`design.${key}: API ${JSON.stringify(api[key])} ≠ raw ${JSON.stringify(raw[key])}`);
  for (const section of SECTIONS) {
    const a = api[section] as unknown[];
    const r = raw[section] as unknown[];
    if (JSON.stringify(canonical(a)) !== JSON.stringify(canonical(r))) {
      const first = a.findIndex(
        (item, i) => JSON.stringify(canonical(item)) !== JSON.stringify(canonical(r[i])),
      );
      problems.push(
        `${section}: API ${a.length} items, raw ${r.length}; first difference at ${first}:\n  API ${JSON.stringify(a[first])}\n  raw ${JSON.stringify(r[first])}`,
      );
    } else if (
      JSON.stringify((a as Array<{ id?: unknown; seq?: unknown }>).map((x) => x.id ?? x.seq)) !==
      JSON.stringify((r as Array<{ id?: unknown; seq?: unknown }>).map((x) => x.id ?? x.seq))
    )
      problems.push(`${section}: same items in another order`);
  }
  return problems;
}

async function main() {
  const started = Date.now();
  const database = await freshDatabase();
  const extraNode = API_NODE_OPTIONS || undefined;
  const api = await startApi(database.url).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const rawPort = await freePort();
  let raw: { stop: () => void } | undefined;
  try {
    console.log('building the fixture through the API …');
    const { designId, lead } = await buildFixture(api.url);
    raw = await startRawServer(database.url, rawPort);
    const rawUrl = `http://127.0.0.1:${rawPort}/design`;
    const auth = { authorization: `Bearer ${lead.token}` };
    const apiAnswer = await fetchJson(
      `${api.url}/graphql`,
      { query: DESIGN_READ, variables: { id: designId } },
      auth,
    );
    const rawAnswer = await fetchJson(rawUrl, { id: designId, userId: lead.id });
    const design = apiAnswer.json.data.design;
    const counts = Object.fromEntries(SECTIONS.map((s) => [s, (design[s] as unknown[]).length]));
    console.log(
      `fixture: ${JSON.stringify(counts)}; API answer ${apiAnswer.bytes} bytes, raw ${rawAnswer.bytes}`,
    );
    const problems = compare(design, rawAnswer.json.data.design);
    if (problems.length) throw new Error(`the two answers differ:\n${problems.join('\n')}`);
    console.log('the two answers are equal, section by section');
    console.log(`the load accepts: ${ACCEPT_ENCODING}`);

    const apiRead = post(
      `${api.url}/graphql`,
      JSON.stringify({ query: DESIGN_READ, variables: { id: designId } }),
      auth,
    );
    const rawRead = post(rawUrl, JSON.stringify({ id: designId, userId: lead.id }));
    const typename = post(`${api.url}/graphql`, JSON.stringify({ query: '{ __typename }' }));
    // Warm both (JIT, pools).
    await closedLoop(() => apiRead, CONNECTIONS, 2);
    await closedLoop(() => rawRead, CONNECTIONS, 1);

    const rounds: Array<Record<string, LoadResult>> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const r: Record<string, LoadResult> = {};
      r.apiClosed = await closedLoop(() => apiRead, CONNECTIONS, SECONDS);
      r.rawClosed = await closedLoop(() => rawRead, CONNECTIONS, SECONDS);
      await sleep(300);
      r.apiOpen = await openLoop(() => apiRead, RATE, SECONDS);
      r.rawOpen = await openLoop(() => rawRead, RATE, SECONDS);
      r.typename = await closedLoop(() => typename, CONNECTIONS, Math.max(2, SECONDS / 2));
      rounds.push(r);
      console.log(
        `round ${round + 1}: API ${r.apiClosed.perSecond} req/s, raw ${r.rawClosed.perSecond} req/s, ` +
          `ratio ${(r.apiClosed.perSecond / r.rawClosed.perSecond).toFixed(2)}; at ${RATE}/s p99 API ${r.apiOpen.p99} ms, raw ${r.rawOpen.p99} ms; __typename ${r.typename.perSecond} req/s`,
      );
    }
    const col = (key: string, field: keyof LoadResult) => rounds.map((r) => r[key]![field] as number);
    const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
    const ratios = rounds.map((r) => r.apiClosed!.perSecond / r.rawClosed!.perSecond);
    const rows = [
      ['measure', 'API', 'raw pg', 'ratio (median)'],
      [
        `design read, ${CONNECTIONS} connections, req/s`,
        range(col('apiClosed', 'perSecond')),
        range(col('rawClosed', 'perSecond')),
        median(ratios).toFixed(2),
      ],
      [
        `design read at ${RATE} req/s, p50 ms`,
        range(col('apiOpen', 'p50')),
        range(col('rawOpen', 'p50')),
        '',
      ],
      [
        `design read at ${RATE} req/s, p99 ms`,
        range(col('apiOpen', 'p99')),
        range(col('rawOpen', 'p99')),
        '',
      ],
      ['{ __typename }, req/s', range(col('typename', 'perSecond')), '', ''],
    ];
    console.log(
      `\n${rows.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => '---|').join('')}` : ''}`).join('\n')}\n`,
    );
    const errors = rounds.flatMap((r) =>
      Object.entries(r)
        .filter(([, v]) => v.errors)
        .map(([k, v]) => `${k}: ${v.errors}`),
    );
    if (errors.length) console.log(`errors: ${errors.join(', ')}`);
    writeResults(OUT, {
      options: {
        ROUNDS,
        SECONDS,
        CONNECTIONS,
        RATE,
        apiNodeOptions: extraNode ?? null,
        acceptEncoding: ACCEPT_ENCODING,
      },
      fixture: { ...counts, apiBytes: apiAnswer.bytes, rawBytes: rawAnswer.bytes },
      medianRatio: median(ratios),
      rounds,
    });
    console.log(`wrote ${OUT} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  } finally {
    raw?.stop();
    await api.stop();
    await database.close();
  }
}

if (process.argv[2] === 'raw-server') {
  void rawServer(process.argv[3]!, Number(process.argv[4]));
} else if (require.main === module) {
  runBench(main);
}
