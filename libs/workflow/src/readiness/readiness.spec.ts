import { computeReadiness, missingForReady, ReadinessFacts } from './readiness';

const complete = (): ReadinessFacts => ({
  fields: {
    title: 'Welding fundamentals',
    hours: 40,
    issuerCountry: 'CA-BC',
    level: 'BCQF 3',
    assessmentApproach: 'Practical test',
    participationForm: 'On site, supervised, identity checked',
    qualityAssurance: 'Program committee of the college',
    creditValue: 3,
    stackability: null,
  },
  institutionName: 'Coast College',
  outcomes: [{ skillIds: ['s1'] }],
  skillCount: 1,
  endorsingOrganizations: ['Acme Welding'],
});

const find = (facts: ReadinessFacts, element: string) => {
  const found = computeReadiness(facts).items.find((i) => i.element === element);
  if (!found) throw new Error(`no item ${element}`);
  return found;
};

describe('computeReadiness', () => {
  it('lists the eleven EU Annex I elements and the five B.C. characteristics, in that order', () => {
    const { items } = computeReadiness(complete());
    expect(items.map((i) => `${i.framework}: ${i.element}`)).toEqual([
      'EU_ANNEX_I: Identification of the learner',
      'EU_ANNEX_I: Title',
      'EU_ANNEX_I: Country or region of the issuer',
      'EU_ANNEX_I: Awarding body',
      'EU_ANNEX_I: Date of issuing',
      'EU_ANNEX_I: Learning outcomes',
      'EU_ANNEX_I: Notional workload',
      'EU_ANNEX_I: Level',
      'EU_ANNEX_I: Type of assessment',
      'EU_ANNEX_I: Form of participation',
      'EU_ANNEX_I: Type of quality assurance',
      'BC_MICRO_CREDENTIAL: Short duration',
      'BC_MICRO_CREDENTIAL: Competency-based',
      'BC_MICRO_CREDENTIAL: Aligned with industry, employer or community needs',
      'BC_MICRO_CREDENTIAL: Assessed',
      'BC_MICRO_CREDENTIAL: Recognized',
    ]);
  });

  it('a complete design is ready and meets every item', () => {
    const readiness = computeReadiness(complete());
    expect(readiness.ready).toBe(true);
    expect(readiness.items.filter((i) => !i.met)).toEqual([]);
  });

  it('an empty design is not ready; learner and date are still met, by the credential format', () => {
    const empty: ReadinessFacts = {
      fields: {
        title: 'Untitled',
        hours: null,
        issuerCountry: null,
        level: null,
        assessmentApproach: null,
        participationForm: null,
        qualityAssurance: null,
        creditValue: null,
        stackability: null,
      },
      institutionName: 'Coast College',
      outcomes: [],
      skillCount: 0,
      endorsingOrganizations: [],
    };
    const readiness = computeReadiness(empty);
    expect(readiness.ready).toBe(false);
    expect(missingForReady(readiness).map((i) => i.field)).toEqual([
      'issuerCountry',
      'outcomes',
      'hours',
      'assessmentApproach',
      'participationForm',
      'qualityAssurance',
    ]);
    for (const element of ['Identification of the learner', 'Date of issuing']) {
      const it = find(empty, element);
      expect(it.met).toBe(true);
      expect(it.message).toMatch(/credential format/);
    }
    expect(readiness.items.filter((i) => i.framework === 'BC_MICRO_CREDENTIAL' && i.met)).toEqual([]);
  });

  it.each([
    ['title', 'Title', { title: '  ' }],
    ['issuerCountry', 'Country or region of the issuer', { issuerCountry: null }],
    ['hours', 'Notional workload', { hours: null }],
    ['assessmentApproach', 'Type of assessment', { assessmentApproach: '' }],
    ['participationForm', 'Form of participation', { participationForm: null }],
    ['qualityAssurance', 'Type of quality assurance', { qualityAssurance: null }],
  ] as const)(
    'without %s the EU element "%s" is missing and the design is not ready',
    (field, element, over) => {
      const facts = complete();
      Object.assign(facts.fields, over);
      const missing = find(facts, element);
      expect(missing).toMatchObject({ met: false, field });
      expect(missing.message.length).toBeGreaterThan(10);
      expect(computeReadiness(facts).ready).toBe(false);
    },
  );

  it('no outcome: learning outcomes missing, not ready', () => {
    const facts = { ...complete(), outcomes: [] };
    expect(find(facts, 'Learning outcomes')).toMatchObject({ met: false, field: 'outcomes' });
    expect(computeReadiness(facts).ready).toBe(false);
  });

  it('level is met when set or explicitly not applicable; unset it is listed but does not block ready', () => {
    const na = complete();
    na.fields.level = 'not applicable';
    expect(find(na, 'Level')).toMatchObject({ met: true, message: expect.stringMatching(/not tied/) });
    const unset = complete();
    unset.fields.level = null;
    expect(find(unset, 'Level')).toMatchObject({ met: false, field: 'level' });
    expect(computeReadiness(unset).ready).toBe(true);
  });

  it('the B.C. alignment needs a partner organization endorsing the current revision, and names it', () => {
    expect(find(complete(), 'Aligned with industry, employer or community needs')).toMatchObject({
      met: true,
      message: 'Endorsed by Acme Welding.',
    });
    const none = { ...complete(), endorsingOrganizations: [] };
    expect(find(none, 'Aligned with industry, employer or community needs').met).toBe(false);
    // The B.C. characteristics are advice: an unendorsed draft can still be ready by the EU list.
    expect(computeReadiness(none).ready).toBe(true);
  });

  it('competency-based needs an outcome mapped to a skill', () => {
    const unmapped = { ...complete(), outcomes: [{ skillIds: [] }] };
    expect(find(unmapped, 'Competency-based')).toMatchObject({ met: false, field: 'outcomes' });
  });

  it('recognized by a credit value or by stackability, and names the field that meets it', () => {
    expect(find(complete(), 'Recognized')).toMatchObject({ met: true, field: 'creditValue' });
    const stack = complete();
    stack.fields.creditValue = null;
    stack.fields.stackability = 'Counts toward the welding certificate';
    expect(find(stack, 'Recognized')).toMatchObject({ met: true, field: 'stackability' });
    stack.fields.stackability = null;
    expect(find(stack, 'Recognized')).toMatchObject({ met: false, field: 'stackability' });
  });
});
