import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { GraphQLClient } from '@mc/testing';

import { codeOf, founder, institutionAdmin, outsider, Person, unknownId } from '../designs/design-factories';
import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import {
  advance,
  exportBadge,
  Pipeline,
  pipelineDesign,
  rowCounts,
  validAchievement,
} from './workflow-factories';

/**
 * The standards exports (libs/workflow/README.md "Outputs", "Public catalog"): `exportCase` and
 * `exportCtdl` for whoever may see a design, and the public documents of a PUBLISHED design at the
 * URLs that are their ids: CASE, CTDL, and the issuer profile the Achievement's creator names.
 */

const EXPORT_CASE = graphql(`
  query CasePackage($designId: ID!) {
    exportCase(designId: $designId)
  }
`);

const EXPORT_CTDL = graphql(`
  query CtdlCredential($designId: ID!) {
    exportCtdl(designId: $designId)
  }
`);

const validCasePackage = (() => {
  const schema = JSON.parse(
    readFileSync(
      resolve(__dirname, '../../../../libs/workflow/src/exports/testdata/case-v1p1-cfpackage-schema.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ ...schema, $schema: 'https://json-schema.org/draft/2020-12/schema' });
})();

const PUBLIC_URL = 'https://badges.example.org/mc';
const APP_PAGE = '<!doctype html><title>the web app</title>';

let api: TestApi;
let anonymous: GraphQLClient;
let drafting: Pipeline<'employer'>;
let published: Pipeline<'employer'>;
let archived: Pipeline<'employer'>;
let webDir: string;

beforeAll(async () => {
  // A built web app, so that the SPA fallback is live and could swallow the public routes.
  webDir = mkdtempSync(join(tmpdir(), 'mc-web-'));
  writeFileSync(join(webDir, 'index.html'), APP_PAGE);
  api = await startTestApi({ PUBLIC_URL: `${PUBLIC_URL}/`, WEB_DIR: webDir });
  anonymous = new GraphQLClient(api.url);
  drafting = await pipelineDesign(api, {
    with: ['employer'],
    committee: 1,
    input: { title: 'Draft Wiring' },
  });
  published = await pipelineDesign(api, {
    with: ['employer'],
    committee: 1,
    input: { title: 'Published Wiring', summary: 'Panels and safety', hours: 24 },
    stage: 'PUBLISHED',
  });
  archived = await pipelineDesign(api, {
    with: ['employer'],
    committee: 1,
    input: { title: 'Archived Wiring' },
    stage: 'PUBLISHED',
  });
  await advance(archived, 'ARCHIVED');
}, 120_000);
afterAll(async () => {
  await api?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (path: string, accept = 'application/json') =>
  fetch(`${api.url}${path}`, { headers: { accept } });

async function exportCase(person: Person, designId: string): Promise<Record<string, unknown>> {
  return (await person.client.ok(EXPORT_CASE, { designId })).exportCase as Record<string, unknown>;
}

async function exportCtdl(person: Person, designId: string): Promise<Record<string, unknown>> {
  return (await person.client.ok(EXPORT_CTDL, { designId })).exportCtdl as Record<string, unknown>;
}

describe('exportCase and exportCtdl', () => {
  it('a draft exports as a valid CASE 1.1 package: the design, its outcome and skill, their alignment', async () => {
    const pkg = await exportCase(drafting.lead, drafting.designId);

    expect(validCasePackage(pkg)).toBe(true);
    expect(validCasePackage.errors ?? []).toEqual([]);
    const { CFDocument, CFItems, CFAssociations } = pkg as {
      CFDocument: Record<string, unknown>;
      CFItems: Array<Record<string, unknown>>;
      CFAssociations: Array<Record<string, Record<string, unknown>>>;
    };
    expect(CFDocument).toMatchObject({
      uri: `${PUBLIC_URL}/credentials/${drafting.designId}/case.json`,
      title: 'Draft Wiring',
      creator: drafting.institution.name,
      adoptionStatus: 'Draft',
    });
    expect(CFItems.map((item) => [item.CFItemType, item.fullStatement])).toEqual([
      ['Learning Outcome', drafting.outcome.statement],
      ['Skill', drafting.skill.name],
    ]);
    const related = CFAssociations.filter((a) => (a.associationType as unknown) === 'isRelatedTo');
    expect(related.map((a) => [a.originNodeURI!.title, a.destinationNodeURI!.title])).toEqual([
      [drafting.outcome.statement, drafting.skill.name],
    ]);
  });

  it('a draft exports as CTDL: a ceterms:MicroCredential with a CTID stable across exports', async () => {
    const first = await exportCtdl(drafting.lead, drafting.designId);
    const again = await exportCtdl(drafting.employer, drafting.designId);

    expect(first).toMatchObject({
      '@context': 'https://credreg.net/ctdl/schema/context/json',
      '@id': `${PUBLIC_URL}/credentials/${drafting.designId}/ctdl.json`,
      '@type': 'ceterms:MicroCredential',
      'ceterms:name': { en: 'Draft Wiring' },
      'ceterms:subjectWebpage': `${PUBLIC_URL}/catalog/${drafting.designId}`,
    });
    expect(first['ceterms:ctid']).toMatch(
      /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(again).toEqual(first);
  });

  it('every participant and an institution ADMIN get the same documents', async () => {
    const admin = await institutionAdmin(api, drafting);
    const people = [drafting.lead, drafting.employer, drafting.committee[0]!, admin];
    const cases = await Promise.all(people.map((person) => exportCase(person, drafting.designId)));
    const ctdls = await Promise.all(people.map((person) => exportCtdl(person, drafting.designId)));
    for (const answer of cases) expect(answer).toEqual(cases[0]);
    for (const answer of ctdls) expect(answer).toEqual(ctdls[0]);
  });

  it('a stranger and an unknown id → NOT_FOUND alike, and nothing changes', async () => {
    const stranger = await outsider(api, 'POST_SECONDARY');
    const before = await rowCounts(api);
    const answers = [];
    const exports = [
      (who: Person, designId: string) => who.client.request(EXPORT_CASE, { designId }),
      (who: Person, designId: string) => who.client.request(EXPORT_CTDL, { designId }),
    ];
    for (const exportAs of exports) {
      for (const [who, designId] of [
        [stranger, drafting.designId],
        [drafting.lead, unknownId()],
      ] as const) {
        const result = await exportAs(who, designId);
        expect([codeOf(result), result.data ?? null]).toEqual(['NOT_FOUND', null]);
        answers.push(result.errors?.[0]?.message);
      }
    }
    expect(new Set(answers).size).toBe(1);
    expect(await rowCounts(api)).toEqual(before);
  });

  it('without a login → UNAUTHENTICATED; a malformed id → BAD_USER_INPUT', async () => {
    expect(codeOf(await anonymous.request(EXPORT_CASE, { designId: drafting.designId }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await anonymous.request(EXPORT_CTDL, { designId: drafting.designId }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await drafting.lead.client.request(EXPORT_CASE, { designId: 'nope' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await drafting.lead.client.request(EXPORT_CTDL, { designId: 'nope' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('GET /credentials/<id>/case.json and /ctdl.json', () => {
  it('serve a published design’s documents without a login, the same as its people export', async () => {
    const caseResponse = await get(`/credentials/${published.designId}/case.json`, 'text/html');
    expect(caseResponse.status).toBe(200);
    expect(caseResponse.headers.get('content-type')).toMatch(/^application\/json/);
    expect(caseResponse.headers.get('access-control-allow-origin')).toBe('*');
    const pkg = (await caseResponse.json()) as Record<string, unknown>;
    expect(validCasePackage(pkg)).toBe(true);
    expect(pkg).toEqual(await exportCase(published.lead, published.designId));
    expect((pkg.CFDocument as Record<string, unknown>).adoptionStatus).toBe('Adopted');

    const ctdlResponse = await get(`/credentials/${published.designId}/ctdl.json`, 'text/html');
    expect(ctdlResponse.status).toBe(200);
    expect(ctdlResponse.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const ctdl = (await ctdlResponse.json()) as Record<string, unknown>;
    expect(ctdl['@id']).toBe(`${PUBLIC_URL}/credentials/${published.designId}/ctdl.json`);
    expect(ctdl['ceterms:estimatedDuration']).toEqual([
      expect.objectContaining({ 'ceterms:exactDuration': 'PT24H' }),
    ]);
    expect(ctdl).toEqual(await exportCtdl(published.lead, published.designId));
  });

  it('unknown, malformed, draft and archived ids get the same 404 JSON', async () => {
    const answers = [];
    for (const file of ['case.json', 'ctdl.json']) {
      for (const id of [unknownId(), 'not-an-id', drafting.designId, archived.designId]) {
        const response = await get(`/credentials/${id}/${file}`, 'text/html');
        expect([file, id, response.status]).toEqual([file, id, 404]);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        answers.push(await response.json());
      }
    }
    expect(answers[0]).toEqual({ error: 'NOT_FOUND', message: expect.any(String) });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('a browser asking for HTML gets the documents (and their 404s), never the web app', async () => {
    for (const path of [
      `/credentials/${published.designId}/case.json`,
      `/credentials/${published.designId}/ctdl.json`,
      `/credentials/issuers/${published.institution.id}.json`,
      `/credentials/${drafting.designId}/case.json`,
      `/credentials/issuers/${drafting.institution.id}.json`,
    ]) {
      const answer = await get(path, 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect([path, await answer.text()]).not.toEqual([path, APP_PAGE]);
      expect(answer.headers.get('content-type')).toMatch(/^application\/(ld\+)?json/);
    }
    // the fallback is live in this test: an app path gets the app
    expect(await (await get('/designs/some-page', 'text/html')).text()).toBe(APP_PAGE);
  });

  it('no email or name of a person is in a public document', async () => {
    const text = [
      await (await get(`/credentials/${published.designId}/case.json`)).text(),
      await (await get(`/credentials/${published.designId}/ctdl.json`)).text(),
      await (await get(`/credentials/issuers/${published.institution.id}.json`)).text(),
    ].join('\n');
    for (const person of [published.lead, published.employer, ...published.committee])
      for (const secret of [person.user.email, person.user.displayName])
        expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });
});

describe('GET /credentials/issuers/<institutionId>.json', () => {
  it('serves the OB 3.0 Profile of an institution with a published design, at the Achievement’s creator id', async () => {
    const achievement = await exportBadge<{ creator: { id: string } }>(published.lead, published.designId);
    expect(validAchievement(achievement)).toBe(true);
    const path = `/credentials/issuers/${published.institution.id}.json`;
    expect(achievement.creator.id).toBe(`${PUBLIC_URL}${path}`);

    const response = await get(path, 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await response.json()).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2', expect.stringContaining('ob/v3p0')],
      id: achievement.creator.id,
      type: ['Profile'],
      name: published.institution.name,
    });
  });

  it('an institution with no published design (a draft only, or archived), a partner and an unknown id → 404 alike', async () => {
    const employer = await founder(api, 'EMPLOYER');
    const answers = [];
    for (const id of [
      drafting.institution.id,
      archived.institution.id,
      published.employer.user.organization.id,
      employer.user.organization.id,
      unknownId(),
      'not-an-id',
    ]) {
      const response = await get(`/credentials/issuers/${id}.json`, 'text/html');
      expect([id, response.status]).toEqual([id, 404]);
      answers.push(await response.json());
    }
    const noSuffix = await get(`/credentials/issuers/${published.institution.id}`);
    expect(noSuffix.status).toBe(404);
    for (const answer of answers) expect(answer).toEqual({ error: 'NOT_FOUND', message: expect.any(String) });
  });
});
