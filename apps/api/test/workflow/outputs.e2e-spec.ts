import { GraphQLClient } from '@mc/testing';

import {
  addComment,
  addOutcome,
  codeOf,
  colleagueOf,
  founder,
  institutionAdmin,
  namesField,
  Person,
  PROPOSE_SKILL,
  proposeSkill,
  storedState,
  unknownId,
  UPDATE_DESIGN,
  UPDATE_SKILL,
} from '../designs/design-factories';
import type { CatalogQuery, DesignStage } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import {
  advance,
  CATALOG,
  CATALOG_DETAIL,
  decide,
  EXPORT_BADGE,
  EXPORT_BRIEF,
  exportBadge,
  move,
  Pipeline,
  pipelineDesign,
  validAchievement,
} from './workflow-factories';

/**
 * The workflow's outputs: the public catalog, the Open Badges 3.0 export and the committee
 * brief, each with who may read it and when.
 */

let api: TestApi;
let anonymous: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  anonymous = new GraphQLClient(api.url);
});
afterAll(() => api?.close());

const STAGES = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'ARCHIVED',
] as const;

type Staged = Pipeline<'employer'>;

const designIn = (stage: DesignStage, title: string): Promise<Staged> =>
  pipelineDesign(api, { with: ['employer'], committee: 3, input: { title }, stage });

async function wholeCatalog(client: GraphQLClient): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { publishedCatalog: page }: CatalogQuery = await client.ok(CATALOG, {
      first: 2,
      after,
    });
    for (const edge of page.edges) ids.push(edge.node.id);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('publishedCatalog', () => {
  const byStage: Record<string, Staged> = {};
  let secondPublished: Staged;
  let publishedThenArchived: Staged;

  beforeAll(async () => {
    for (const stage of STAGES) byStage[stage] = await designIn(stage, `Catalog ${stage}`);
    secondPublished = await designIn('PUBLISHED', 'Catalog second published');
    publishedThenArchived = await designIn('PUBLISHED', 'Catalog published then archived');
    await move(publishedThenArchived.lead, publishedThenArchived.designId, 'ARCHIVED', 'Retired');
  }, 120_000);

  it('holds exactly the PUBLISHED designs, readable with no login, page by page', async () => {
    const ids = await wholeCatalog(anonymous);
    expect(ids.sort()).toEqual([byStage['PUBLISHED']!.designId, secondPublished.designId].sort());
    const { publishedCatalog } = await anonymous.ok(CATALOG, { first: 1 });
    expect(publishedCatalog.totalCount).toBe(2);
    expect(publishedCatalog.edges).toHaveLength(1);
    expect(publishedCatalog.pageInfo.hasNextPage).toBe(true);
  });

  it('is the same for a signed-in user of any organization, whatever their own designs', async () => {
    const stranger = await founder(api, 'EMPLOYER');
    expect((await wholeCatalog(stranger.client)).sort()).toEqual((await wholeCatalog(anonymous)).sort());
    // the lead of an unpublished design does not see it there either
    const lead = byStage['APPROVED']!.lead;
    expect(await wholeCatalog(lead.client)).not.toContain(byStage['APPROVED']!.designId);
  });

  it('narrows by sector (exact, any case) and by delivery mode, with the search or alone', async () => {
    const first = byStage['PUBLISHED']!.designId;
    const second = secondPublished.designId;
    await api.sql(
      `UPDATE designs SET sector = 'Advanced Manufacturing', delivery_mode = 'HYBRID' WHERE id = $1`,
      [first],
    );
    await api.sql(`UPDATE designs SET sector = 'Health care', delivery_mode = 'ONLINE' WHERE id = $1`, [
      second,
    ]);
    const ids = async (variables: Record<string, string>) =>
      (await anonymous.ok(CATALOG, { first: 20, ...variables })).publishedCatalog.edges.map((e) => e.node.id);
    expect(await ids({ sector: 'advanced manufacturing' })).toEqual([first]);
    expect(await ids({ sector: 'Advanced' })).toEqual([]); // a sector filter is not a search
    expect(await ids({ sector: '%' })).toEqual([]); // nor a LIKE pattern
    expect(await ids({ deliveryMode: 'ONLINE' })).toEqual([second]);
    expect(await ids({ deliveryMode: 'IN_PERSON' })).toEqual([]);
    expect(await ids({ search: 'second', deliveryMode: 'ONLINE' })).toEqual([second]);
    expect(await ids({ search: 'second', deliveryMode: 'HYBRID' })).toEqual([]);
    const { publishedCatalog } = await anonymous.ok(CATALOG, { first: 20, sector: 'Health care' });
    expect(publishedCatalog.totalCount).toBe(1);
  });

  it('a design leaves it when it is archived', async () => {
    expect(await wholeCatalog(anonymous)).not.toContain(publishedThenArchived.designId);
  });

  it('shows the credential as the public type, people and discussion not being part of it', async () => {
    const p = byStage['PUBLISHED']!;
    await addComment(p.lead, { designId: p.designId, body: 'An internal remark after publishing' });
    const answer = await anonymous.request(CATALOG_DETAIL, { first: 50 });
    expect(answer.errors).toBeUndefined();
    const node = answer.data!.publishedCatalog.edges.find((e) => e.node['id'] === p.designId)!.node;
    expect(node).toMatchObject({
      title: 'Catalog PUBLISHED',
      institution: { id: p.institution.id, name: p.institution.name },
      skills: [{ name: p.skill.name, priority: 'ESSENTIAL' }],
      outcomes: [{ statement: p.outcome.statement, position: p.outcome.position }],
      endorsedBy: [{ id: p.employer.user.organization.id, name: p.employer.user.organization.name }],
    });
    const text = JSON.stringify(answer);
    for (const secret of [
      'An internal remark after publishing',
      p.lead.user.email,
      p.employer.user.email,
      p.lead.user.displayName,
      p.employer.user.displayName,
    ]) {
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }
  });

  it('has no way to the design record, its people or its history', async () => {
    for (const field of [
      'stage',
      'participants { role }',
      'comments { body }',
      'events { seq }',
      'decisions { kind }',
      'snapshots { id }',
      'skills { proposedBy { email } }',
    ]) {
      const result = await anonymous.request(`query { publishedCatalog { edges { node { id ${field} } } } }`);
      expect([field, result.data ?? null]).toEqual([field, null]);
      expect([field, result.errors?.[0]?.message]).toEqual([
        field,
        expect.stringContaining('Cannot query field'),
      ]);
    }
  });

  it('refuses a page size out of range with BAD_USER_INPUT naming first', async () => {
    for (const first of [0, -1, 1000]) {
      const result = await anonymous.request(CATALOG, { first });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain('first');
    }
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const result = await anonymous.request(CATALOG, { first: 2, after: 'not-a-cursor' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

interface Achievement {
  '@context': string[];
  type: string[];
  id: string;
  name: string;
  description: string;
  achievementType: string;
  criteria: { narrative: string };
  alignment?: Array<{ targetName: string; targetFramework?: string; targetCode?: string; targetUrl: string }>;
  creator: { id: string; name: string; type: string[] };
  tag?: string[];
  inLanguage?: string;
}

describe('exportOpenBadge', () => {
  let approved: Staged;

  beforeAll(async () => {
    approved = await pipelineDesign(api, {
      with: ['employer'],
      committee: 3,
      input: { title: 'Badge Design', summary: 'Wiring and safety for industrial panels', hours: 32 },
    });
    await approved.lead.client.ok(UPDATE_DESIGN, {
      id: approved.designId,
      input: { expectedVersion: approved.design.version, sector: 'Manufacturing', language: 'en' },
    });
    const framed = await proposeSkill(approved.employer, approved.designId, {
      name: 'Applies lock-out/tag-out',
      priority: 'IMPORTANT',
      frameworkRef: { framework: 'ESCO', code: 'S1.2.3', url: 'https://esco.ec.europa.eu/skill/S1.2.3' },
    });
    await addOutcome(approved.lead, approved.designId, {
      statement: 'Isolate a machine safely before maintenance',
      skillIds: [framed.id],
    });
    await advance(approved, 'APPROVED');
  }, 60_000);

  it('an APPROVED design exports as a valid OB 3.0 Achievement, built from its content', async () => {
    const exportOpenBadge = await exportBadge<Achievement>(approved.lead, approved.designId);
    const valid = validAchievement(exportOpenBadge);
    expect(validAchievement.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(exportOpenBadge).toMatchObject({
      type: expect.arrayContaining(['Achievement']),
      name: 'Badge Design',
      description: 'Wiring and safety for industrial panels',
      achievementType: 'MicroCredential',
      creator: { name: approved.institution.name },
    });
    expect(exportOpenBadge['@context']).toEqual(
      expect.arrayContaining([expect.stringContaining('credentials'), expect.stringContaining('ob/v3p0')]),
    );
    expect(exportOpenBadge.id).toContain(approved.designId);
    expect(exportOpenBadge.criteria.narrative).toContain(approved.outcome.statement);
    expect(exportOpenBadge.criteria.narrative).toContain('Isolate a machine safely before maintenance');
    expect(exportOpenBadge.alignment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          targetName: 'Applies lock-out/tag-out',
          targetFramework: 'ESCO',
          targetCode: 'S1.2.3',
          targetUrl: 'https://esco.ec.europa.eu/skill/S1.2.3',
        }),
      ]),
    );
    expect(exportOpenBadge.criteria.narrative).toContain('32 hours');
    expect(exportOpenBadge.inLanguage).toBe('en');
  });

  it('every participant and an institution ADMIN may export; the badge is the same for each', async () => {
    const admin = await institutionAdmin(api, approved);
    const answers = await Promise.all(
      [approved.lead, approved.employer, approved.committee[2]!, admin].map((person) =>
        exportBadge(person, approved.designId),
      ),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it.each(['DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'ARCHIVED'] as const)(
    'a design in %s → PRECONDITION_FAILED naming its stage',
    async (stage) => {
      const p = await designIn(stage, `Not exportable ${stage}`);
      const result = await p.lead.client.request(EXPORT_BADGE, { designId: p.designId });
      expect(codeOf(result)).toBe('PRECONDITION_FAILED');
      expect(result.errors?.[0]?.extensions?.['stage']).toBe(stage);
      expect(result.data).toBeNull();
    },
  );

  it('an outsider, a colleague who is not a participant and an unknown id all get NOT_FOUND', async () => {
    const outsider = await founder(api, 'POST_SECONDARY');
    const colleague = await colleagueOf(api, approved.employer);
    for (const person of [outsider, colleague]) {
      const result = await person.client.request(EXPORT_BADGE, { designId: approved.designId });
      expect(codeOf(result)).toBe('NOT_FOUND');
    }
    expect(codeOf(await approved.lead.client.request(EXPORT_BADGE, { designId: unknownId() }))).toBe(
      'NOT_FOUND',
    );
  });

  it('without a login → UNAUTHENTICATED, even for a PUBLISHED design; a malformed id → BAD_USER_INPUT', async () => {
    const published = await designIn('PUBLISHED', 'Published badge');
    expect(codeOf(await anonymous.request(EXPORT_BADGE, { designId: published.designId }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await published.lead.client.request(EXPORT_BADGE, { designId: 'nope' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('exportBrief', () => {
  let p: Staged;
  let chair: Person;

  beforeAll(async () => {
    p = await pipelineDesign(api, { with: ['employer'], committee: 3, input: { title: 'Brief Design' } });
    await addComment(p.employer, {
      designId: p.designId,
      targetType: 'SKILL',
      targetId: p.skill.id,
      body: 'Should this include three-phase circuits?',
    });
    await advance(p, 'COMMITTEE_REVIEW');
    chair = p.committee[0]!;
    await decide(chair, p.designId, 'APPROVE', 'Ready for the catalogue');
  }, 60_000);

  it('is Markdown with the fields, skills and outcomes tables, the alignment, open threads and decisions', async () => {
    const { exportBrief: brief } = await chair.client.ok(EXPORT_BRIEF, {
      designId: p.designId,
    });
    expect(brief).toMatch(/^# .*Brief Design/m);
    expect(brief).toMatch(/^\|.*\|$/m); // tables
    for (const text of [
      p.skill.name,
      p.outcome.statement,
      'Should this include three-phase circuits?',
      'Fits our hiring needs',
      'Ready for the catalogue',
      p.employer.user.displayName,
      chair.user.displayName,
    ]) {
      expect([text, brief.includes(text)]).toEqual([text, true]);
    }
    for (const kind of ['endorse', 'approve']) expect(brief.toLowerCase()).toContain(kind);
    // Nobody's email address goes into a package meant to be circulated.
    for (const person of [p.lead, p.employer, chair]) expect(brief).not.toContain(person.user.email);
  });

  it('escapes Markdown table syntax in user text so a cell cannot break the table', async () => {
    const q = await pipelineDesign(api, { with: ['employer'], input: { title: 'Pipes | and *stars*' } });
    await proposeSkill(q.employer, q.designId, { name: 'Uses a | b notation', priority: 'NICE_TO_HAVE' });
    const { exportBrief: brief } = await q.lead.client.ok(EXPORT_BRIEF, {
      designId: q.designId,
    });
    const row = brief.split('\n').find((line) => line.includes('Uses a'))!;
    expect(row).toContain('Uses a \\| b notation');
  });

  it('user text reaches the brief inert as Markdown and HTML; a stored legacy URL cannot close its link', async () => {
    const q = await pipelineDesign(api, {
      with: ['employer'],
      input: { title: '<img src=x onerror=alert(1)> *Title*' },
    });
    const skill = await proposeSkill(q.employer, q.designId, {
      name: '<iframe src="javascript:alert(2)"></iframe>',
      frameworkRef: {
        framework: 'ESCO',
        code: '[x](javascript:alert(3))',
        url: 'https://esco.example/skill/1',
      },
    });
    await addOutcome(q.lead, q.designId, {
      statement: '<script>alert(4)</script> builds things',
      skillIds: [skill.id],
    });
    await addComment(q.employer, {
      designId: q.designId,
      body: 'Looks fine\n# but not a heading\n- nor a list <b>bold</b>',
    });
    // A URL stored before the input rule existed.
    await api.sql('UPDATE skills SET framework_url = $1 WHERE id = $2', [
      'http://evil.example/a)[x](javascript:alert(6))',
      skill.id,
    ]);

    const { exportBrief: brief } = await q.lead.client.ok(EXPORT_BRIEF, {
      designId: q.designId,
    });
    expect(brief.split('\n')[0]).toBe('# &lt;img src=x onerror=alert\\(1\\)&gt; \\*Title\\*');
    const row = brief.split('\n').find((line) => line.includes('iframe'))!;
    expect(row).toBe(
      '| &lt;iframe src="javascript:alert\\(2\\)"&gt;&lt;/iframe&gt; | Important | ' +
        'ESCO · \\[x\\]\\(javascript:alert\\(3\\)\\) (<http://evil.example/a%29%5Bx%5D%28javascript:alert%286%29%29>) | ' +
        `${q.employer.user.displayName} (${q.employer.user.organization.name}) |`,
    );
    expect(brief).toContain('| &lt;script&gt;alert\\(4\\)&lt;/script&gt; builds things |');
    expect(brief).toContain(
      '> **' + q.employer.user.displayName + ':** Looks fine\n> \\# but not a heading\n',
    );
    expect(brief).toContain('> \\- nor a list &lt;b&gt;bold&lt;/b&gt;');
    expect(brief.replace(/<br>/g, '').replace(/<https?:\/\/[^\s<>]*>/g, '')).not.toContain('<');
    expect(brief).not.toContain('](');
  });

  it('a framework URL that is not a plain http(s) URL, or could break out of a link, is refused at input', async () => {
    const q = await pipelineDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(q.employer, q.designId);
    const refused = [
      'http://evil.example/a)[x](javascript:alert(6))',
      'javascript:alert(1)',
      'JavaScript://x.example/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example/skill',
      'https://x.example/a b',
      'https://x.example/<b>',
      'https://x.example/"quoted"',
      "https://x.example/it's",
      'https://x.example/a\\b',
      'https://x.example/a|b',
      'https://x.example/a`b',
      'https://x.example/a\u200bb',
      'https://x.example/a\u0007b',
      'https://[::1]/',
      'https://',
      'x.example/no-scheme',
    ];
    for (const url of refused) {
      const before = await storedState(api);
      const frameworkRef = { framework: 'ESCO', code: 'S1', url };
      const proposed = await q.employer.client.request(PROPOSE_SKILL, {
        designId: q.designId,
        input: { name: 'Refused URL', priority: 'IMPORTANT', frameworkRef },
      });
      expect([url, codeOf(proposed), namesField(proposed, 'input.frameworkRef.url')]).toEqual([
        url,
        'BAD_USER_INPUT',
        true,
      ]);
      const updated = await q.employer.client.request(UPDATE_SKILL, {
        id: skill.id,
        input: { expectedVersion: skill.version, frameworkRef },
      });
      expect([url, codeOf(updated), namesField(updated, 'input.frameworkRef.url')]).toEqual([
        url,
        'BAD_USER_INPUT',
        true,
      ]);
      expect(await storedState(api)).toEqual(before);
    }
    for (const url of [
      'http://data.europa.eu/esco/skill/0a1b2c3d',
      'https://www.onetonline.org/link/summary/15-1252.00',
      'https://esco.ec.europa.eu/en/classification/skill?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fabc#top',
      'https://en.wikipedia.org/wiki/Welding_%28metal%29',
    ]) {
      const added = await proposeSkill(q.employer, q.designId, {
        frameworkRef: { framework: 'ESCO', code: 'S1', url },
      });
      expect(added.frameworkRef?.url).toBe(url);
    }
  });

  it('an outsider and an unknown id get NOT_FOUND; no login → UNAUTHENTICATED', async () => {
    const outsider = await founder(api, 'EMPLOYER');
    expect(codeOf(await outsider.client.request(EXPORT_BRIEF, { designId: p.designId }))).toBe('NOT_FOUND');
    expect(codeOf(await chair.client.request(EXPORT_BRIEF, { designId: unknownId() }))).toBe('NOT_FOUND');
    expect(codeOf(await anonymous.request(EXPORT_BRIEF, { designId: p.designId }))).toBe('UNAUTHENTICATED');
  });
});
