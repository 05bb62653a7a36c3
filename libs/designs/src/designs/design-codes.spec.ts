import {
  isDesignLevel,
  isIssuerCountry,
  LEVEL_NOT_APPLICABLE,
  normalizeIssuerCountry,
  normalizeLevel,
} from './design-codes';
import { ISO_3166_1_ALPHA_2 } from './iso-3166-1-alpha-2';

describe('issuerCountry', () => {
  it('the list holds the 249 ISO 3166-1 alpha-2 codes, each two capital letters', () => {
    expect(ISO_3166_1_ALPHA_2.size).toBe(249);
    expect([...ISO_3166_1_ALPHA_2].every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    for (const code of ['CA', 'DE', 'FR', 'US', 'GB', 'ZW', 'AD'])
      expect(ISO_3166_1_ALPHA_2.has(code)).toBe(true);
  });

  it.each(['CA', 'CA-BC', 'DE-BY', 'FR-75', 'GB-ENG', 'US-CA', 'ES-M'])('accepts %s', (code) => {
    expect(isIssuerCountry(code)).toBe(true);
  });

  it.each(['XX', 'ZZ-BC', 'EU', 'UK', 'ca', 'CAN', 'Canada', 'CA-', 'CA-BCXY', 'CA_BC', 'CA-B.C', '', ' CA'])(
    'refuses %j',
    (code) => {
      expect(isIssuerCountry(code)).toBe(false);
    },
  );

  it('takes lower case and surrounding blanks as the code', () => {
    expect(normalizeIssuerCountry(' ca-bc ')).toBe('CA-BC');
  });
});

describe('level', () => {
  it.each(['EQF 5', 'BCQF 3', 'NQF-IE 6', 'CEFR B2', LEVEL_NOT_APPLICABLE])('accepts %j', (level) => {
    expect(isDesignLevel(level)).toBe(true);
  });

  it.each(['5', 'EQF', 'EQF 5 and more', 'n/a', '5 EQF!', 'EQF  5', ''])('refuses %j', (level) => {
    expect(isDesignLevel(level)).toBe(false);
  });

  it('collapses inner blanks and reads any casing of "not applicable" as that value', () => {
    expect(normalizeLevel('  EQF   5 ')).toBe('EQF 5');
    expect(normalizeLevel('Not Applicable')).toBe(LEVEL_NOT_APPLICABLE);
  });
});
