import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';

import { GraphQLClient } from '@mc/testing';

import {
  addComment,
  addOutcome,
  codeOf,
  editDesign,
  founder,
  proposeSkill,
  readEvents,
  unknownId,
} from '../designs/design-factories';
import type { UpdateDesignInput } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import {
  advance,
  CATALOG,
  CATALOG_DETAIL,
  decide,
  EXPORT_BADGE,
  move,
  Pipeline,
  pipelineDesign,
  PUBLISHED_DESIGN,
  validAchievement,
} from './workflow-factories';

/**
 * What anyone reaches without a login: the public types and nothing else (libs/workflow/README.md
 * "Public catalog"). The schema itself is walked from the public root fields, so a field added later
 * that leads to a design, a person or anything private fails here before it ships.
 */

// ---------------------------------------------------------------------------------------------
// The schema: every type reachable from the public root fields, and each one's fields
// ---------------------------------------------------------------------------------------------

const PUBLIC_ROOT_FIELDS = ['publishedCatalog', 'publishedDesign', 'invitationPreview'];

/**
 * Every object type an anonymous caller can reach, with its fields, as reviewed. Organization and
 * FrameworkRef are listed field for field because they are shared with the private API: a field
 * added to them (an email, the members) shows up here.
 */
const PUBLIC_TYPES: Record<string, string[]> = {
  PublishedDesignConnection: ['edges', 'pageInfo', 'totalCount'],
  PublishedDesignEdge: ['cursor', 'node'],
  PageInfo: ['endCursor', 'hasNextPage'],
  PublishedDesign: [
    'achievementUrl',
    'assessmentApproach',
    'creditValue',
    'deliveryMode',
    'endorsedBy',
    'hours',
    'id',
    'institution',
    'issuerCountry',
    'language',
    'level',
    'outcomes',
    'prerequisites',
    'publishedAt',
    'sector',
    'skills',
    'summary',
    // Another PUBLISHED design (the revision that replaced this one), as public as this one.
    'supersededBy',
    'targetLearners',
    'title',
  ],
  PublishedSkill: ['description', 'frameworkRef', 'name', 'priority'],
  PublishedOutcome: ['assessmentMethod', 'bloomLevel', 'position', 'statement'],
  Organization: ['id', 'kind', 'name'],
  FrameworkRef: ['code', 'framework', 'label', 'url'],
  // An invitation link's preview (libs/designs participants): the design's title and nothing else of it.
  InvitationPreview: ['designTitle', 'email', 'expiresAt', 'institutionName', 'invitedBy', 'role'],
};

/** Named types reachable from `roots` of Query: results, arguments, and onward through every field. */
function reachableTypes(schema: GraphQLSchema, roots: string[]): Map<string, GraphQLNamedType> {
  const query = schema.getQueryType()!.getFields();
  const seen = new Map<string, GraphQLNamedType>();
  const queue: GraphQLNamedType[] = [];
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    queue.push(type);
  };
  for (const root of roots) {
    const field = query[root];
    if (!field) throw new Error(`Query.${root} is missing`);
    visit(getNamedType(field.type));
    for (const arg of field.args) visit(getNamedType(arg.type));
  }
  while (queue.length) {
    const type = queue.shift()!;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        for (const arg of field.args) visit(getNamedType(arg.type));
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  }
  return seen;
}

/** What is reachable but not reviewed as public: unknown types, and fields beyond the reviewed ones. */
function privateReach(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of reachableTypes(schema, PUBLIC_ROOT_FIELDS).values()) {
    if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type) && !isInputObjectType(type))
      continue; // scalars and enums carry no record
    const reviewed = PUBLIC_TYPES[type.name];
    if (!reviewed || isUnionType(type)) {
      problems.push(`${type.name} is reachable without a login`);
      continue;
    }
    for (const field of Object.keys(type.getFields()).sort())
      if (!reviewed.includes(field)) problems.push(`${type.name}.${field} is reachable without a login`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The running API
// ---------------------------------------------------------------------------------------------

const PUBLIC_URL = 'https://badges.example.org/mc';
const APP_PAGE = '<!doctype html><title>the web app</title>';

let api: TestApi;
let anonymous: GraphQLClient;
let webDir: string;

beforeAll(async () => {
  // A built web app, so that the SPA fallback is live and could swallow the public routes.
  webDir = mkdtempSync(join(tmpdir(), 'mc-web-'));
  writeFileSync(join(webDir, 'index.html'), APP_PAGE);
  api = await startTestApi({ PUBLIC_URL: `${PUBLIC_URL}/`, WEB_DIR: webDir });
  anonymous = new GraphQLClient(api.url);
});
afterAll(async () => {
  await api?.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('the schema reachable without a login', () => {
  it('holds the public types only, each with only its reviewed fields', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    expect(privateReach(schema)).toEqual([]);
    const objects = [...reachableTypes(schema, PUBLIC_ROOT_FIELDS).values()]
      .filter((type) => isObjectType(type))
      .map((type) => type.name)
      .sort();
    expect(objects).toEqual(Object.keys(PUBLIC_TYPES).sort());
  });

  it('the walk reports a field that leads to a private type, however deep', () => {
    const leaky = buildSchema(`
      type Query {
        publishedCatalog: PublishedDesignConnection!
        publishedDesign(id: ID!): PublishedDesign!
        invitationPreview(token: String!): InvitationPreview!
      }
      type InvitationPreview { designTitle: String! }
      type PublishedDesignConnection { edges: [PublishedDesignEdge!]! pageInfo: PageInfo! totalCount: Int! }
      type PublishedDesignEdge { node: PublishedDesign! cursor: String! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }
      type PublishedDesign { id: ID! institution: Organization! }
      type Organization { id: ID! name: String! members: [User!]! }
      type User { id: ID! email: String! }
    `);
    expect(privateReach(leaky)).toEqual([
      'Organization.members is reachable without a login',
      'User is reachable without a login',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Designs in every situation the public surface must tell apart
// ---------------------------------------------------------------------------------------------

type Staged = Pipeline<'employer' | 'employer2'>;

async function publishedWith(title: string, fields: Omit<UpdateDesignInput, 'expectedVersion'> = {}) {
  const p = await pipelineDesign(api, { with: ['employer'], committee: 3, input: { title } });
  if (Object.keys(fields).length) await editDesign(p.lead, p.designId, fields);
  await advance(p, 'PUBLISHED');
  return p;
}

async function readPublished(client: GraphQLClient, id: string) {
  return client.request(PUBLISHED_DESIGN, { id });
}

/** Every node of the catalog for `search`, page by page, with what each page said. */
async function searchAll(search: string | null, first = 2) {
  const titles: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      publishedCatalog: {
        edges: Array<{ node: { title: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    } = await anonymous.ok(CATALOG, { first, after, search });
    titles.push(...page.publishedCatalog.edges.map((e) => e.node.title));
    totals.push(page.publishedCatalog.totalCount);
    if (!page.publishedCatalog.pageInfo.hasNextPage) return { titles: titles.sort(), totals };
    after = page.publishedCatalog.pageInfo.endCursor;
  }
}

let rich: Staged;
let drafting: Staged;
let approved: Staged;
let archived: Staged;
const REMARK = 'Internal: the employer asked for a discount';
const LOCKOUT_REF = {
  framework: 'ESCO',
  code: 'S1.2.3',
  label: 'lock-out',
  url: 'https://esco.example/S1.2.3',
};

beforeAll(async () => {
  // A published design with every public field set, two partner organizations of which only one
  // endorsed the published revision (the other endorsed an earlier one, then left), and a comment.
  rich = (await pipelineDesign(api, {
    with: ['employer', 'employer2'],
    committee: 3,
    input: { title: 'Industrial Wiring Safety', summary: 'Safe work on live panels', hours: 32 },
  })) as Staged;
  await editDesign(rich.lead, rich.designId, {
    sector: 'Electrical trades',
    targetLearners: 'Apprentice electricians',
    prerequisites: 'Basic circuits',
    deliveryMode: 'HYBRID',
    language: 'en',
    assessmentApproach: 'Practical test',
    creditValue: 3,
    issuerCountry: 'CA-BC',
    level: 'BCQF 3',
  });
  await proposeSkill(rich.employer, rich.designId, {
    name: 'Applies lock-out/tag-out',
    description: 'Isolates energy sources',
    priority: 'IMPORTANT',
    frameworkRef: LOCKOUT_REF,
  });
  await addOutcome(rich.lead, rich.designId, {
    statement: 'Isolate a machine before maintenance',
    bloomLevel: 'APPLY',
    assessmentMethod: 'Observed task',
  });
  await addComment(rich.employer, { designId: rich.designId, body: REMARK });
  await advance(rich, 'PARTNER_REVIEW');
  await decide(rich.employer, rich.designId, 'ENDORSE', 'Good');
  await decide(rich.employer2, rich.designId, 'ENDORSE', 'Good too');
  await move(rich.lead, rich.designId, 'DRAFTING', 'One more change');
  await rich.lead.client.ok(
    `mutation Remove($designId: ID!, $userId: ID!) { removeParticipant(designId: $designId, userId: $userId) { id } }`,
    { designId: rich.designId, userId: rich.employer2.user.id },
  );
  await editDesign(rich.lead, rich.designId, { prerequisites: 'Basic circuits and Ohm’s law' });
  await advance({ ...rich, partners: [rich.employer] }, 'PUBLISHED');

  drafting = (await pipelineDesign(api, {
    with: ['employer'],
    input: { title: 'Wiring draft trades' },
  })) as Staged;
  approved = (await pipelineDesign(api, {
    with: ['employer'],
    committee: 3,
    input: { title: 'Wiring approved' },
  })) as Staged;
  await advance(approved, 'APPROVED');
  archived = (await pipelineDesign(api, {
    with: ['employer'],
    committee: 3,
    input: { title: 'Wiring archived' },
  })) as Staged;
  await advance(archived, 'PUBLISHED');
  await move(archived.lead, archived.designId, 'ARCHIVED', 'Retired');

  await publishedWith('Welding Basics', { sector: 'Manufacturing trades' });
  await publishedWith('Bookkeeping', { summary: 'Ledgers and 100% reconciliations', sector: 'Finance' });
  await publishedWith('Cloud Ops_101', { summary: 'For the trades too', sector: 'Information technology' });
}, 180_000);

describe('publishedDesign and the catalog', () => {
  it('a published design shows its public record, skills, outcomes, endorsers and Achievement URL', async () => {
    const result = await readPublished(anonymous, rich.designId);
    expect(result.errors).toBeUndefined();
    const published = result.data!.publishedDesign;
    const stageChanges = (await readEvents(rich.lead, rich.designId, 0, 1000)).filter(
      (e) => e.type === 'stage.changed' && e.data['to'] === 'PUBLISHED',
    );
    expect(published).toEqual({
      id: rich.designId,
      title: 'Industrial Wiring Safety',
      summary: 'Safe work on live panels',
      sector: 'Electrical trades',
      targetLearners: 'Apprentice electricians',
      prerequisites: 'Basic circuits and Ohm’s law',
      hours: 32,
      deliveryMode: 'HYBRID',
      language: 'en',
      assessmentApproach: 'Practical test',
      creditValue: 3,
      issuerCountry: 'CA-BC',
      level: 'BCQF 3',
      publishedAt: stageChanges[0]!.at,
      achievementUrl: `${PUBLIC_URL}/credentials/${rich.designId}/achievement.json`,
      institution: rich.institution,
      skills: [
        { name: rich.skill.name, description: null, priority: 'ESSENTIAL', frameworkRef: null },
        {
          name: 'Applies lock-out/tag-out',
          description: 'Isolates energy sources',
          priority: 'IMPORTANT',
          frameworkRef: LOCKOUT_REF,
        },
      ],
      outcomes: [
        {
          statement: rich.outcome.statement,
          bloomLevel: rich.outcome.bloomLevel,
          assessmentMethod: null,
          position: rich.outcome.position,
        },
        {
          statement: 'Isolate a machine before maintenance',
          bloomLevel: 'APPLY',
          assessmentMethod: 'Observed task',
          position: rich.outcome.position + 1,
        },
      ],
      endorsedBy: [rich.employer.user.organization],
    });
    expect(stageChanges).toHaveLength(1);
  });

  it('endorsedBy counts only ENDORSE on the published revision: not an earlier revision, not votes', async () => {
    const { publishedDesign } = (await readPublished(anonymous, rich.designId)).data!;
    const ids = publishedDesign.endorsedBy.map((org) => org.id);
    expect(ids).toEqual([rich.employer.user.organization.id]);
    expect(ids).not.toContain(rich.employer2.user.organization.id); // endorsed the revision before
    expect(ids).not.toContain(rich.institution.id); // the committee approved, it did not endorse
  });

  it('the catalog node is the same record, for anyone, signed in or not', async () => {
    const stranger = await founder(api, 'EMPLOYER');
    const catalog = await anonymous.ok(CATALOG_DETAIL, { first: 50 });
    const node = catalog.publishedCatalog.edges.find((e) => e.node.id === rich.designId)!.node;
    expect(node).toEqual((await readPublished(anonymous, rich.designId)).data!.publishedDesign);
    expect(await stranger.client.ok(CATALOG_DETAIL, { first: 50 })).toEqual(catalog);
    expect(await rich.lead.client.ok(PUBLISHED_DESIGN, { id: rich.designId })).toEqual({
      publishedDesign: node,
    });
  });

  it('no email, name of a person or comment is in any public answer', async () => {
    const answers = JSON.stringify([
      await anonymous.request(CATALOG_DETAIL, { first: 50 }),
      await readPublished(anonymous, rich.designId),
      await (await fetch(`${api.url}/credentials/${rich.designId}/achievement.json`)).json(),
    ]);
    const people = [rich.lead, rich.employer, rich.employer2, ...rich.committee];
    for (const secret of [REMARK, ...people.flatMap((p) => [p.user.email, p.user.displayName])])
      expect([secret, answers.includes(secret)]).toEqual([secret, false]);
  });

  it('an unknown, unpublished or archived id → NOT_FOUND alike; a malformed one → BAD_USER_INPUT', async () => {
    for (const id of [unknownId(), drafting.designId, approved.designId, archived.designId]) {
      const result = await readPublished(anonymous, id);
      expect([id, codeOf(result), result.data ?? null]).toEqual([id, 'NOT_FOUND', null]);
      // the design's own lead gets the same answer: this is the public view, not theirs
      const lead = [drafting, approved, archived].find((p) => p.designId === id)?.lead;
      if (lead) expect(codeOf(await readPublished(lead.client, id))).toBe('NOT_FOUND');
    }
    expect(codeOf(await readPublished(anonymous, 'not-an-id'))).toBe('BAD_USER_INPUT');
  });

  it('search matches title, summary or sector, case-insensitively, with paging and a total', async () => {
    expect((await searchAll('WIRING')).titles).toEqual(['Industrial Wiring Safety']); // title
    expect((await searchAll('ledgers')).titles).toEqual(['Bookkeeping']); // summary
    expect((await searchAll('finance')).titles).toEqual(['Bookkeeping']); // sector
    const trades = await searchAll('Trades', 2);
    expect(trades.titles).toEqual(['Cloud Ops_101', 'Industrial Wiring Safety', 'Welding Basics']);
    expect(trades.totals).toEqual([3, 3]);
    expect((await searchAll(null, 50)).titles).toEqual([
      'Bookkeeping',
      'Cloud Ops_101',
      'Industrial Wiring Safety',
      'Welding Basics',
    ]);
  });

  it('search takes % and _ literally', async () => {
    expect((await searchAll('100%')).titles).toEqual(['Bookkeeping']);
    expect((await searchAll('_')).titles).toEqual(['Cloud Ops_101']);
    expect((await searchAll('%')).titles).toEqual(['Bookkeeping']);
  });

  it('a catalog page costs the same number of SQL statements for 1 design as for 4', async () => {
    // The fewest of three: now and then one kind of load splits over two batches.
    const statements = async (first: number) => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i += 1)
        counts.push(await api.countQueries(() => anonymous.ok(CATALOG_DETAIL, { first })));
      return Math.min(...counts);
    };
    expect(await statements(4)).toBe(await statements(1));
  });
});

// ---------------------------------------------------------------------------------------------
// GET /credentials/<id>/achievement.json
// ---------------------------------------------------------------------------------------------

const achievementPath = (id: string) => `/credentials/${id}/achievement.json`;

describe('GET /credentials/<id>/achievement.json', () => {
  it('serves a published design’s valid OB 3.0 Achievement without a login, its id this public URL', async () => {
    const response = await fetch(`${api.url}${achievementPath(rich.designId)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const achievement = (await response.json()) as Record<string, unknown>;
    const valid = validAchievement(achievement);
    expect(validAchievement.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(achievement['id']).toBe(`${PUBLIC_URL}${achievementPath(rich.designId)}`);
    expect(achievement['id']).toBe(
      (await readPublished(anonymous, rich.designId)).data!.publishedDesign.achievementUrl,
    );
    // the same document the design's people export
    const { exportOpenBadge } = await rich.lead.client.ok(EXPORT_BADGE, {
      designId: rich.designId,
    });
    expect(achievement).toEqual(exportOpenBadge);
  });

  it('a browser asking for HTML still gets the document, not the web app', async () => {
    const response = await fetch(`${api.url}${achievementPath(rich.designId)}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    // the fallback is live in this test: an app path gets the app
    const page = await fetch(`${api.url}/designs/some-page`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toBe(APP_PAGE);
    const wellKnown = await fetch(`${api.url}/.well-known/anything`, { headers: { accept: 'text/html' } });
    expect(await wellKnown.text()).not.toBe(APP_PAGE);
  });

  it('unknown, malformed, unpublished and archived ids get the same 404 JSON', async () => {
    const answers = [];
    for (const id of [unknownId(), 'not-an-id', drafting.designId, approved.designId, archived.designId]) {
      const response = await fetch(`${api.url}${achievementPath(id)}`, { headers: { accept: 'text/html' } });
      expect([id, response.status]).toEqual([id, 404]);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      answers.push(await response.json());
    }
    expect(answers[0]).toEqual({ error: 'NOT_FOUND', message: expect.any(String) });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
