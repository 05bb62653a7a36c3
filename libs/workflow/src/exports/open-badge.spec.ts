import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2019 from 'ajv/dist/2019';
import type { ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

import { buildIssuerProfile, buildOpenBadgeAchievement, OB_V3_CONTEXT, VC_V2_CONTEXT } from './open-badge';
import { DESIGN_ID, fullDesign, INSTITUTION_ID, minimalDesign, SKILL } from './testdata/designs';

// The official 1EdTech schema (see testdata/README.md) declares draft 2019-09. Its root is the
// AchievementCredential; the Achievement is one of its $defs, validated through a $ref.
const schema = JSON.parse(
  readFileSync(join(__dirname, 'testdata', 'ob_v3p0_achievementcredential_schema.json'), 'utf8'),
) as { $id: string };

function achievementValidator(): ValidateFunction {
  // strict: false because the vendor schema carries keywords and unions Ajv's strict mode rejects.
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv.compile({ $ref: `${schema.$id}#/$defs/Achievement` });
}

const validate = achievementValidator();

function profileValidator(): ValidateFunction {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv.compile({ $ref: `${schema.$id}#/$defs/Profile` });
}

function expectValid(achievement: Record<string, unknown>): void {
  const valid = validate(achievement);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

function alignments(achievement: Record<string, unknown>): Array<Record<string, unknown>> {
  return (achievement.alignment ?? []) as Array<Record<string, unknown>>;
}

function noEmptyValues(value: unknown, path = '$'): string[] {
  if (value === null || value === '') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => noEmptyValues(item, `${path}[${i}]`));
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      noEmptyValues(item, `${path}.${key}`),
    );
  return [];
}

describe('buildOpenBadgeAchievement', () => {
  it('a full design is a valid OB 3.0 Achievement with every mapped property', () => {
    const achievement = buildOpenBadgeAchievement(fullDesign(), { publicUrl: 'https://badges.example.org/' });

    expectValid(achievement);
    expect(achievement).toMatchObject({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: `https://badges.example.org/credentials/${DESIGN_ID}/achievement.json`,
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Applied Data Engineering',
      description: 'Build and run reliable data pipelines for a business.',
      creator: {
        id: `https://badges.example.org/credentials/issuers/${INSTITUTION_ID}.json`,
        type: ['Profile'],
        name: 'Northfield University',
        address: { type: ['Address'], addressCountryCode: 'CA', addressRegion: 'CA-BC' },
      },
      inLanguage: 'en',
      creditsAvailable: 3,
      fieldOfStudy: 'Information technology',
      version: '7',
    });
  });

  it('a minimal design (no summary, references, language or credit value) is still valid', () => {
    const achievement = buildOpenBadgeAchievement(minimalDesign());

    expectValid(achievement);
    expect(achievement.id).toBe(`urn:uuid:${DESIGN_ID}`);
    expect(achievement.creator).toEqual({
      id: `urn:uuid:${INSTITUTION_ID}`,
      type: ['Profile'],
      name: 'Northfield University',
    });
    expect(achievement.description).toBe('Spreadsheet Essentials');
    for (const absent of ['alignment', 'inLanguage', 'creditsAvailable', 'fieldOfStudy'])
      expect(achievement).not.toHaveProperty(absent);
    expect(achievement.tag).toEqual(['Formulas']);
  });

  it('never emits null or empty-string properties', () => {
    const blank = minimalDesign();
    blank.fields.summary = '   ';
    blank.fields.language = '';
    blank.fields.sector = '';
    blank.institution.name = '';
    blank.skills[0]!.frameworkRef = { framework: 'ESCO', code: 'S1', label: '', url: '' };

    const achievement = buildOpenBadgeAchievement(blank);

    expect(noEmptyValues(achievement)).toEqual([]);
    expectValid(achievement);
  });

  it('the criteria narrative lists the outcomes in position order, with their assessment when set', () => {
    const { criteria } = buildOpenBadgeAchievement(fullDesign()) as { criteria: { narrative: string } };

    expect(criteria.narrative).toBe(
      [
        'To earn this micro-credential, a learner demonstrates each of these learning outcomes:',
        '',
        '1. Design a dimensional model for a sales domain.',
        '2. Orchestrate a pipeline that recovers from failures. (assessment: Final project)',
        '',
        'Notional learning time: 60 hours.',
        'Assessment: Portfolio and a final project',
        'Form of participation: Part-time',
        'Quality assurance: Reviewed by the faculty board',
      ].join('\n'),
    );
  });

  it('the criteria say nothing of learning time, assessment, participation or QA the design does not set', () => {
    const { criteria } = buildOpenBadgeAchievement(minimalDesign()) as { criteria: { narrative: string } };

    expect(criteria.narrative).not.toMatch(/hours|Assessment:|participation|Quality assurance/);
  });

  it('inLanguage is the design language as a language code, case normalized; free text is left out', () => {
    const design = fullDesign();
    design.fields.language = 'FR-ca';
    expect(buildOpenBadgeAchievement(design).inLanguage).toBe('fr-CA');

    design.fields.language = 'English';
    expect(buildOpenBadgeAchievement(design)).not.toHaveProperty('inLanguage');
    expectValid(buildOpenBadgeAchievement(design));
  });

  it('the issuer profile is an OB 3.0 Profile at the URL the achievement names as its creator', () => {
    const publicUrl = 'https://badges.example.org';
    const achievement = buildOpenBadgeAchievement(fullDesign(), { publicUrl });
    const profile = buildIssuerProfile({ id: INSTITUTION_ID, name: 'Northfield University' }, publicUrl);

    expect(profile).toEqual({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: (achievement.creator as { id: string }).id,
      type: ['Profile'],
      name: 'Northfield University',
    });
    const validateProfile = profileValidator();
    expect(validateProfile(profile)).toBe(true);
    expect(validateProfile({ ...profile, id: undefined })).toBe(false);
  });

  it('an outcome statement spread over lines stays one list item', () => {
    const design = minimalDesign();
    design.outcomes[0]!.statement = 'Write formulas\nthat reference\r\nother sheets.';

    const { criteria } = buildOpenBadgeAchievement(design) as { criteria: { narrative: string } };

    expect(criteria.narrative.split('\n').at(-1)).toBe('1. Write formulas that reference other sheets.');
  });

  it('user text in the narrative (Markdown in OB 3.0) is shown as written: no link, image, emphasis or HTML', () => {
    const design = minimalDesign();
    design.outcomes[0]!.statement =
      'Spot ![phish](https://evil.example/x.png) and [click](javascript:x) <b>*now*</b>';
    design.outcomes[0]!.assessmentMethod = '1. _Quiz_';

    const { criteria } = buildOpenBadgeAchievement(design) as { criteria: { narrative: string } };

    expect(criteria.narrative.split('\n').at(-1)).toBe(
      '1. Spot \\!\\[phish\\]\\(https://evil.example/x.png\\) and \\[click\\]\\(javascript:x\\) &lt;b&gt;\\*now\\*&lt;/b&gt; (assessment: 1\\. \\_Quiz\\_)',
    );
  });

  it('aligns only the skills with a framework reference, using the reference url', () => {
    const achievement = buildOpenBadgeAchievement(fullDesign());

    expect(alignments(achievement)).toHaveLength(2);
    expect(alignments(achievement)[0]).toEqual({
      type: ['Alignment'],
      targetName: 'design database schemas',
      targetUrl: 'http://data.europa.eu/esco/skill/0a1b2c3d',
      targetCode: 'S1.2.3',
      targetFramework: 'ESCO',
      targetDescription: 'Design relational and dimensional models.',
    });
  });

  it('a reference without a url aligns through a URN, named after the skill when it has no label', () => {
    const achievement = buildOpenBadgeAchievement(fullDesign());
    const pipelines = fullDesign().skills.find((skill) => skill.id === SKILL.pipelines)!;

    expect(alignments(achievement)[1]).toEqual({
      type: ['Alignment'],
      targetName: pipelines.name,
      targetUrl: 'urn:x-framework:SFIA%208:DENG%2F4',
      targetCode: 'DENG/4',
      targetFramework: 'SFIA 8',
    });
    expect(String(alignments(achievement)[1]!.targetUrl)).toMatch(/^urn:[a-z0-9-]+:[^\s/]+$/i);
  });

  it('creditsAvailable carries the credit value only when one is set, zero included', () => {
    const design = fullDesign();
    expect(buildOpenBadgeAchievement(design).creditsAvailable).toBe(3);

    design.fields.creditValue = 0;
    expect(buildOpenBadgeAchievement(design).creditsAvailable).toBe(0);

    design.fields.creditValue = null;
    expect(buildOpenBadgeAchievement(design)).not.toHaveProperty('creditsAvailable');
  });

  it('tags are the sector, the skill names and the level, without duplicates', () => {
    expect(buildOpenBadgeAchievement(fullDesign()).tag).toEqual([
      'Information technology',
      'Data modelling',
      'Pipeline orchestration',
      'Data privacy',
      'BCQF 3',
    ]);
  });

  it('a level "not applicable" is no tag; a country without region is an address without region', () => {
    const design = fullDesign();
    design.fields.level = 'not applicable';
    design.fields.issuerCountry = 'DE';
    const achievement = buildOpenBadgeAchievement(design);
    expectValid(achievement);
    expect(achievement.tag).not.toContain('not applicable');
    expect((achievement.creator as Record<string, unknown>).address).toEqual({
      type: ['Address'],
      addressCountryCode: 'DE',
    });
  });

  it('the type names Achievement (asserted here: this schema revision does not constrain it)', () => {
    expect(buildOpenBadgeAchievement(fullDesign()).type).toContain('Achievement');
  });

  describe('the validator is live: an achievement broken on purpose fails', () => {
    const cases: Array<[string, (achievement: Record<string, unknown>) => void]> = [
      ['without criteria', (a) => delete a.criteria],
      ['without a description', (a) => delete a.description],
      ['with an achievement type outside the vocabulary', (a) => (a.achievementType = 'Nanodegree')],
      ['with credits as text', (a) => (a.creditsAvailable = '3 ECTS')],
      ['with a creator that has no id', (a) => delete (a.creator as Record<string, unknown>).id],
      ['with an alignment that has no targetUrl', (a) => delete alignments(a)[0]!.targetUrl],
      ['with an empty type list', (a) => (a.type = [])],
    ];

    it.each(cases)('%s', (_name, breakIt) => {
      const achievement = buildOpenBadgeAchievement(fullDesign());
      expectValid(achievement);

      breakIt(achievement);

      expect(validate(achievement)).toBe(false);
    });
  });
});
