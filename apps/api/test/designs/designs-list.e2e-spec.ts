import type { DesignFilter, DesignsQuery, DesignsQueryVariables } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import {
  codeOf,
  colleagueOf,
  createDesign,
  DESIGNS,
  founder,
  join,
  makeDesign,
  Person,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const list = (person: Person, variables: DesignsQueryVariables = {}) => person.client.ok(DESIGNS, variables);

/** Walks every page of `designs` with page size `first`. */
async function everyPage(person: Person, first: number, filter?: DesignFilter) {
  const pages: DesignsQuery['designs'][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page: DesignsQuery = await list(person, { first, after, filter });
    pages.push(page.designs);
    if (!page.designs.pageInfo.hasNextPage) break;
    after = page.designs.pageInfo.endCursor;
    expect(after).toBeTruthy();
  }
  return pages;
}

describe('designs', () => {
  let lead: Person;
  let partner: Person;
  let created: Array<{ id: string; title: string }>;

  beforeAll(async () => {
    lead = await founder(api, 'POST_SECONDARY');
    partner = await founder(api, 'EMPLOYER');
    created = [];
    const titles = [
      'Welding basics',
      'Solar PV design',
      'Wind turbine safety',
      'Heat pumps',
      'Battery storage',
    ];
    for (const [i, title] of titles.entries()) {
      const design = await createDesign(lead, {
        title,
        summary: i === 3 ? 'Covers SOLAR thermal hybrids' : `Summary ${i}`,
      });
      created.push(design);
    }
    // The partner takes part in two of them.
    await join({ designId: created[1]!.id, lead }, partner, 'EMPLOYER_PARTNER');
    await join({ designId: created[3]!.id, lead }, partner, 'EMPLOYER_PARTNER');
    // Other institutions' designs exist too.
    await makeDesign(api);
    await makeDesign(api);
  });

  it('lists only the designs the user takes part in, newest first, with their totalCount', async () => {
    const mine = await list(lead, { first: 20 });
    expect(mine.designs.edges.map((e) => e.node.id)).toEqual(created.map((d) => d.id).reverse());
    expect(mine.designs.totalCount).toBe(5);
    expect(mine.designs.pageInfo.hasNextPage).toBe(false);

    const theirs = await list(partner, { first: 20 });
    expect(theirs.designs.edges.map((e) => e.node.id)).toEqual([created[3]!.id, created[1]!.id]);
    expect(theirs.designs.totalCount).toBe(2);
  });

  it('paginates with first/after cursors: every design exactly once, in order, hasNextPage false at the end', async () => {
    const pages = await everyPage(lead, 2);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(created.map((d) => d.id).reverse());
    expect(pages.every((p) => p.totalCount === 5)).toBe(true);
    for (const page of pages) {
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
    }
  });

  it('pages from any edge’s cursor', async () => {
    const first = await list(lead, { first: 5 });
    const third = first.designs.edges[2]!;
    const rest = await list(lead, { first: 5, after: third.cursor });
    expect(rest.designs.edges.map((e) => e.node.id)).toEqual([created[1]!.id, created[0]!.id]);
  });

  it('stays stable when a design is created between two pages', async () => {
    const firstPage = await list(lead, { first: 2 });
    const newer = await createDesign(lead, { title: 'Created meanwhile' });
    const secondPage = await list(lead, { first: 10, after: firstPage.designs.pageInfo.endCursor });
    const seen = [...firstPage.designs.edges, ...secondPage.designs.edges].map((e) => e.node.id);
    expect(seen).toEqual(created.map((d) => d.id).reverse());
    expect(seen).not.toContain(newer.id);
    await api.sql('DELETE FROM designs WHERE id = $1', [newer.id]);
  });

  it('filters by stage, with a matching totalCount', async () => {
    await api.sql(`UPDATE designs SET stage = 'PARTNER_REVIEW' WHERE id = $1`, [created[2]!.id]);
    try {
      const inReview = await list(lead, { filter: { stage: 'PARTNER_REVIEW' } });
      expect(inReview.designs.edges.map((e) => e.node.id)).toEqual([created[2]!.id]);
      expect(inReview.designs.totalCount).toBe(1);
      const drafting = await list(lead, { filter: { stage: 'DRAFTING' } });
      expect(drafting.designs.totalCount).toBe(4);
      expect(drafting.designs.edges.map((e) => e.node.id)).not.toContain(created[2]!.id);
    } finally {
      await api.sql(`UPDATE designs SET stage = 'DRAFTING' WHERE id = $1`, [created[2]!.id]);
    }
  });

  it('searches title and summary case-insensitively, with a matching totalCount', async () => {
    const solar = await list(lead, { filter: { search: 'sOlAr' } });
    // 'Solar PV design' by title, 'Heat pumps' by its summary; newest first.
    expect(solar.designs.edges.map((e) => e.node.id)).toEqual([created[3]!.id, created[1]!.id]);
    expect(solar.designs.totalCount).toBe(2);
    const none = await list(lead, { filter: { search: 'nothing like this' } });
    expect(none.designs).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false } });
    // Search never widens visibility.
    const partnerSearch = await list(partner, { filter: { search: 'Welding' } });
    expect(partnerSearch.designs.totalCount).toBe(0);
  });

  it('combines stage and search, and paginates a filtered list', async () => {
    const pages = await everyPage(lead, 1, { stage: 'DRAFTING', search: 'solar' });
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual([created[3]!.id, created[1]!.id]);
    expect(pages.every((p) => p.totalCount === 2)).toBe(true);
  });

  it('shows an ADMIN of the institution every design of the institution, participant or not', async () => {
    const admin = await colleagueOf(api, lead, { orgRole: 'ADMIN' });
    const visible = await list(admin, { first: 100 });
    expect(visible.designs.edges.map((e) => e.node.id)).toEqual(created.map((d) => d.id).reverse());
    expect(visible.designs.totalCount).toBe(5);
    // A MEMBER of the same institution who takes part in nothing sees nothing.
    const member = await colleagueOf(api, lead);
    expect((await list(member, { first: 100 })).designs).toMatchObject({ edges: [], totalCount: 0 });
  });

  it.each([0, -1, 101])('answers BAD_USER_INPUT for first = %s', async (first) => {
    expect(codeOf(await lead.client.request(DESIGNS, { first }))).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for an unknown stage', async () => {
    expect(codeOf(await lead.client.request(DESIGNS, { filter: { stage: 'SHELVED' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('never crashes on a forged cursor', async () => {
    for (const after of ['garbage', 'eyJmb28iOiJiYXIifQ', Buffer.from('[1,2,3]').toString('base64')]) {
      const result = await lead.client.request(DESIGNS, { first: 2, after });
      if (result.errors?.length) expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('answers UNAUTHENTICATED without a login', async () => {
    expect(codeOf(await api.client.request(DESIGNS, {}))).toBe('UNAUTHENTICATED');
  });
});
