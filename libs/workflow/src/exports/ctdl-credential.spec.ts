import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildCtdlCredential, CTDL_CONTEXT, designCtid } from './ctdl-credential';
import { DESIGN_ID, fullDesign, INSTITUTION_ID, minimalDesign } from './testdata/designs';

// The CTDL classes and properties a micro-credential description uses, each with what CTDL
// declares of it (superclasses; the classes a property is declared on, among those listed) and its
// page in the CTDL documentation (see testdata/README.md).
const terms = JSON.parse(readFileSync(join(__dirname, 'testdata', 'ctdl-terms.json'), 'utf8')) as {
  classes: Record<string, { subClassOf: string[]; source: string }>;
  properties: Record<string, { domainIncludes: string[]; source: string }>;
};

const PUBLIC_URL = 'https://badges.example.org';

/** The class and its superclasses, up the CTDL hierarchy. */
function lineage(type: string): string[] {
  const parents = terms.classes[type]?.subClassOf ?? [];
  return [type, ...parents.flatMap(lineage)];
}

/**
 * Every term the document uses that CTDL does not define, or uses on a class CTDL does not declare
 * it for: `path: term`. Language maps (keys that are language tags) hold values, not terms.
 */
function termProblems(node: unknown, path = '$', type?: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => termProblems(item, `${path}[${i}]`, type));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record['@type'] === 'string' ? record['@type'] : undefined;
  const problems: string[] = [];
  if (own && !(own in terms.classes)) problems.push(`${path}: class ${own}`);
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    if (!key.includes(':')) continue; // a language map: { "en": "…" }
    const domains = terms.properties[key]?.domainIncludes;
    if (!domains) {
      problems.push(`${path}: ${key} is not a CTDL property`);
      continue;
    }
    if (own && !lineage(own).some((t) => domains.includes(t)))
      problems.push(`${path}: ${key} is not declared on ${own}`);
    problems.push(...termProblems(value, `${path}.${key}`, own ?? type));
  }
  return problems;
}

describe('buildCtdlCredential', () => {
  it('a full design is a ceterms:MicroCredential with its CTID, public ids and language maps', () => {
    const credential = buildCtdlCredential(fullDesign(), { publicUrl: `${PUBLIC_URL}/` });

    expect(credential).toMatchObject({
      '@context': CTDL_CONTEXT,
      '@id': `${PUBLIC_URL}/credentials/${DESIGN_ID}/ctdl.json`,
      '@type': 'ceterms:MicroCredential',
      'ceterms:ctid': designCtid(DESIGN_ID),
      'ceterms:name': { en: 'Applied Data Engineering' },
      'ceterms:description': { en: 'Build and run reliable data pipelines for a business.' },
      'ceterms:subjectWebpage': `${PUBLIC_URL}/catalog/${DESIGN_ID}`,
      'ceterms:inLanguage': ['en'],
      'ceterms:estimatedDuration': [
        {
          '@type': 'ceterms:DurationProfile',
          'ceterms:exactDuration': 'PT60H',
        },
      ],
    });
    const institution = {
      '@type': 'ceterms:CredentialOrganization',
      '@id': `${PUBLIC_URL}/credentials/issuers/${INSTITUTION_ID}.json`,
      'ceterms:name': { en: 'Northfield University' },
      'ceterms:address': [{ '@type': 'ceterms:Place', 'ceterms:addressCountry': 'CA' }],
    };
    expect(credential['ceterms:ownedBy']).toEqual([institution]);
    expect(credential['ceterms:offeredBy']).toEqual([institution]);
  });

  it('the CTID is ce- and a UUID derived from the design id: the same every time, one per design', () => {
    const ctid = designCtid(DESIGN_ID);

    expect(ctid).toMatch(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(designCtid(DESIGN_ID)).toBe(ctid);
    expect(buildCtdlCredential(fullDesign())['ceterms:ctid']).toBe(ctid);
    expect(designCtid('0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70')).not.toBe(ctid);
    // Not the design id itself: the registry id is derived, not a copy of the database key.
    expect(ctid).not.toContain(DESIGN_ID);
  });

  it('learning outcomes and skills are competencies required by condition profiles', () => {
    const credential = buildCtdlCredential(fullDesign(), { publicUrl: PUBLIC_URL });
    const [outcomes, skills] = credential['ceterms:requires'] as Array<Record<string, unknown>>;
    const names = (profile: Record<string, unknown> | undefined) =>
      (profile?.['ceterms:targetCompetency'] as Array<Record<string, { en: string }>>).map(
        (c) => c['ceterms:targetNodeName']!.en,
      );

    expect(names(outcomes)).toEqual([
      'Design a dimensional model for a sales domain.',
      'Orchestrate a pipeline that recovers from failures.',
    ]);
    expect(names(skills)).toEqual([
      'Data modelling',
      'Pipeline orchestration',
      'Data privacy',
      'Information Technology',
    ]);
    expect((skills!['ceterms:targetCompetency'] as unknown[])[0]).toMatchObject({
      '@type': 'ceterms:CredentialAlignmentObject',
      'ceterms:codedNotation': 'S1.2.3',
      'ceterms:frameworkName': { en: 'ESCO' },
      'ceterms:targetNode': 'http://data.europa.eu/esco/skill/0a1b2c3d',
    });
  });

  it('the term list cites the CTDL documentation for every term', () => {
    for (const [term, { source }] of [...Object.entries(terms.classes), ...Object.entries(terms.properties)])
      expect([term, source]).toEqual([
        term,
        `https://credreg.net/ctdl/terms/${term.replace('ceterms:', '')}`,
      ]);
  });

  it('every term used exists in CTDL, on a class it is declared for', () => {
    expect(termProblems(buildCtdlCredential(fullDesign(), { publicUrl: PUBLIC_URL }))).toEqual([]);
    expect(termProblems(buildCtdlCredential(minimalDesign()))).toEqual([]);
  });

  it('the term check is live: an invented term, or a term on the wrong class, is reported', () => {
    const credential = buildCtdlCredential(fullDesign(), { publicUrl: PUBLIC_URL });
    credential['ceterms:notionalHours'] = 60;
    credential['ceterms:exactDuration'] = 'PT60H';

    expect(termProblems(credential)).toEqual([
      '$: ceterms:notionalHours is not a CTDL property',
      '$: ceterms:exactDuration is not declared on ceterms:MicroCredential',
    ]);
    expect(termProblems({ '@type': 'ceterms:Microcredential' })).toEqual([
      '$: class ceterms:Microcredential',
    ]);
  });

  it('a minimal design leaves out what it does not set; free-text language is not a language tag', () => {
    const design = minimalDesign();
    design.fields.language = 'English';

    const credential = buildCtdlCredential(design);

    expect(credential['@id']).toBe(`urn:uuid:${DESIGN_ID}`);
    expect(credential['ceterms:name']).toEqual({ en: 'Spreadsheet Essentials' });
    for (const absent of ['ceterms:subjectWebpage', 'ceterms:inLanguage', 'ceterms:estimatedDuration'])
      expect(credential).not.toHaveProperty(absent);
  });

  it('the issuer country is the institution address, and the level an audience level named in its framework', () => {
    const credential = buildCtdlCredential(fullDesign(), { publicUrl: PUBLIC_URL });
    const [owner] = credential['ceterms:ownedBy'] as Array<Record<string, unknown>>;
    expect(owner!['ceterms:address']).toEqual([{ '@type': 'ceterms:Place', 'ceterms:addressCountry': 'CA' }]);
    expect(credential['ceterms:audienceLevelType']).toEqual([
      {
        '@type': 'ceterms:CredentialAlignmentObject',
        'ceterms:frameworkName': { en: 'BCQF' },
        'ceterms:targetNodeName': { en: 'BCQF 3' },
      },
    ]);
    expect(termProblems(credential, '$')).toEqual([]);
    const notApplicable = fullDesign();
    notApplicable.fields.level = 'not applicable';
    expect(buildCtdlCredential(notApplicable)).not.toHaveProperty(['ceterms:audienceLevelType']);
    const minimal = buildCtdlCredential(minimalDesign());
    expect(minimal).not.toHaveProperty(['ceterms:audienceLevelType']);
  });

  it('a design in Canadian French writes its text under fr-CA', () => {
    const design = fullDesign();
    design.fields.language = 'fr-CA';

    const credential = buildCtdlCredential(design);

    expect(credential['ceterms:name']).toEqual({ 'fr-CA': 'Applied Data Engineering' });
    expect(credential['ceterms:inLanguage']).toEqual(['fr-CA']);
  });
});
