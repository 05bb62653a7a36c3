import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { buildCasePackage } from './case-package';
import { DESIGN_ID, fullDesign, minimalDesign, SKILL } from './testdata/designs';

// OpenSALT's copy of 1EdTech's CASE 1.1 getCFPackage response schema (see testdata/README.md).
const schema = JSON.parse(
  readFileSync(join(__dirname, 'testdata', 'case-v1p1-cfpackage-schema.json'), 'utf8'),
) as Record<string, unknown>;

// The file names its dialect "http://json-schema.org/draft/2020-12/schema" (no https): Ajv's 2020
// build is told to take it as 2020-12. strict: false for its "format": "int32" / "float".
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile({ ...schema, $schema: 'https://json-schema.org/draft/2020-12/schema' });

const PUBLIC_URL = 'https://badges.example.org';
const LAST_CHANGE = new Date('2026-11-30T08:00:00.000Z');
const PACKAGE_URL = `${PUBLIC_URL}/credentials/${DESIGN_ID}/case.json`;

type Row = Record<string, unknown>;
interface Package {
  CFDocument: Row;
  CFItems: Row[];
  CFAssociations: Array<Row & { originNodeURI: Row; destinationNodeURI: Row }>;
  CFDefinitions: { CFItemTypes: Row[] };
}

function build(content = fullDesign()): Package {
  return buildCasePackage(content, { publicUrl: PUBLIC_URL, lastChange: LAST_CHANGE }) as unknown as Package;
}

function expectValid(value: unknown): void {
  const valid = validate(value);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('buildCasePackage', () => {
  it('a full design is a valid CASE 1.1 CFPackage', () => {
    expectValid(build());
  });

  it('a minimal design, and one without PUBLIC_URL, are valid too', () => {
    expectValid(build(minimalDesign()));
    expectValid(buildCasePackage(minimalDesign(), { lastChange: LAST_CHANGE }));
  });

  it('the CFDocument is the design, its uri the public package URL', () => {
    const { CFDocument } = build();

    expect(CFDocument).toMatchObject({
      uri: PACKAGE_URL,
      caseVersion: '1.1',
      creator: 'Northfield University',
      title: 'Applied Data Engineering',
      description: 'Build and run reliable data pipelines for a business.',
      subject: ['Information technology'],
      language: 'en',
      version: '7',
      adoptionStatus: 'Adopted',
      lastChangeDateTime: '2026-11-30T08:00:00.000Z',
    });
  });

  it('outcomes (in position order) and skills are CFItems; skills carry their framework code', () => {
    const { CFItems } = build();

    expect(CFItems.map((item) => [item.CFItemType, item.fullStatement])).toEqual([
      ['Learning Outcome', 'Design a dimensional model for a sales domain.'],
      ['Learning Outcome', 'Orchestrate a pipeline that recovers from failures.'],
      ['Skill', 'Data modelling'],
      ['Skill', 'Pipeline orchestration'],
      ['Skill', 'Data privacy'],
      ['Skill', 'Information Technology'],
    ]);
    expect(CFItems[2]).toMatchObject({
      humanCodingScheme: 'S1.2.3',
      alternativeLabel: 'design database schemas',
      conceptKeywords: ['ESCO'],
    });
    expect(CFItems[3]).toMatchObject({ humanCodingScheme: 'DENG/4' });
    expect(CFItems[4]).not.toHaveProperty('humanCodingScheme');
    for (const item of CFItems) expect(item.uri).toBe(`${PACKAGE_URL}#${String(item.identifier)}`);
  });

  it('identifiers are stable per record: the same at every export, different between records', () => {
    const first = build();
    const again = build();
    const renamed = fullDesign();
    renamed.skills[0]!.name = 'Data modelling, renamed';

    expect(again.CFItems.map((item) => item.identifier)).toEqual(
      first.CFItems.map((item) => item.identifier),
    );
    expect(build(renamed).CFItems[2]!.identifier).toBe(first.CFItems[2]!.identifier);
    expect(new Set(first.CFItems.map((item) => item.identifier)).size).toBe(first.CFItems.length);
    const other = fullDesign();
    other.id = '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70';
    expect(build(other).CFDocument.identifier).not.toBe(first.CFDocument.identifier);
  });

  it('the alignment is an isRelatedTo association from each outcome to each skill it covers', () => {
    const { CFAssociations, CFItems } = build();
    const title = (uri: Row) => String(uri.title);

    const related = CFAssociations.filter((a) => a.associationType === 'isRelatedTo').map((a) => [
      title(a.originNodeURI),
      title(a.destinationNodeURI),
    ]);
    expect(related).toEqual([
      ['Design a dimensional model for a sales domain.', 'Data modelling'],
      ['Design a dimensional model for a sales domain.', 'Information Technology'],
      ['Orchestrate a pipeline that recovers from failures.', 'Pipeline orchestration'],
    ]);
    const itemIds = new Set(CFItems.map((item) => item.identifier));
    for (const a of CFAssociations.filter((a) => a.associationType === 'isRelatedTo')) {
      expect(itemIds.has(a.originNodeURI.identifier)).toBe(true);
      expect(itemIds.has(a.destinationNodeURI.identifier)).toBe(true);
    }
  });

  it('every item is a child of the document, and a skill with a framework URL is an exact match of it', () => {
    const { CFAssociations, CFDocument, CFItems } = build();

    const children = CFAssociations.filter((a) => a.associationType === 'isChildOf');
    expect(children.map((a) => a.originNodeURI.identifier)).toEqual(CFItems.map((item) => item.identifier));
    for (const child of children) expect(child.destinationNodeURI.uri).toBe(CFDocument.uri);

    const matches = CFAssociations.filter((a) => a.associationType === 'exactMatchOf');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.destinationNodeURI).toEqual({
      title: 'design database schemas',
      identifier: 'ESCO:S1.2.3',
      uri: 'http://data.europa.eu/esco/skill/0a1b2c3d',
    });
  });

  it('a framework URL that is not http(s) is not linked', () => {
    const design = fullDesign();
    design.skills.find((s) => s.id === SKILL.modelling)!.frameworkRef!.url = 'javascript:alert(1)';

    const built = build(design);
    expect(built.CFAssociations.filter((a) => a.associationType === 'exactMatchOf')).toEqual([]);
    expectValid(built);
  });

  it('the item types used are defined in CFDefinitions and linked from each item', () => {
    const { CFDefinitions, CFItems } = build();
    const types = new Map(CFDefinitions.CFItemTypes.map((type) => [type.identifier, type]));

    expect([...types.values()].map((type) => type.title)).toEqual(['Learning Outcome', 'Skill']);
    for (const item of CFItems) {
      const link = item.CFItemTypeURI as Row;
      expect(types.get(link.identifier)).toMatchObject({ title: item.CFItemType, uri: link.uri });
    }
  });

  it('the issuer country or region and the qualification level are in the document notes', () => {
    expect(build().CFDocument['notes']).toBe('Issuer country or region: CA-BC. Qualification level: BCQF 3.');
    expect(build(minimalDesign()).CFDocument).not.toHaveProperty('notes');
  });

  it('a draft is a Draft and an archived design Deprecated', () => {
    const draft = fullDesign();
    draft.stage = 'DRAFTING';
    const archived = fullDesign();
    archived.stage = 'ARCHIVED';

    expect(build(draft).CFDocument.adoptionStatus).toBe('Draft');
    expect(build(archived).CFDocument.adoptionStatus).toBe('Deprecated');
  });

  describe('the validator is live: a package broken on purpose fails', () => {
    const cases: Array<[string, (p: Package) => void]> = [
      ['without a CFDocument', (p) => delete (p as Partial<Package>).CFDocument],
      ['with a document that has no creator', (p) => delete p.CFDocument.creator],
      ['with an item that has no fullStatement', (p) => delete p.CFItems[0]!.fullStatement],
      ['with an identifier that is not a UUID', (p) => (p.CFItems[0]!.identifier = 'outcome-1')],
      ['with an unknown association type', (p) => (p.CFAssociations[0]!.associationType = 'covers')],
      ['with a timestamp that is not a date-time', (p) => (p.CFDocument.lastChangeDateTime = 'yesterday')],
      ['with a property CASE does not define', (p) => (p.CFDocument.stage = 'APPROVED')],
    ];

    it.each(cases)('%s', (_name, breakIt) => {
      const built = build();
      expectValid(built);

      breakIt(built);

      expect(validate(built)).toBe(false);
    });
  });
});
