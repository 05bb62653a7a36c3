import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../exports/open-badge';

import { buildEndorsementCredential, EndorsementCredentialInput } from './endorsement-credential';

// The official 1EdTech schema of the EndorsementCredential (see exports/testdata/README.md).
const schema = JSON.parse(
  readFileSync(
    join(__dirname, '..', 'exports', 'testdata', 'ob_v3p0_endorsementcredential_schema.json'),
    'utf8',
  ),
) as Record<string, unknown>;
// strict: false because the vendor schema carries keywords and unions Ajv's strict mode rejects.
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const DESIGN_ID = '0b6c1f3e-3f7a-4c55-9a39-6f1b1d2f5a10';
const ORG_ID = '7d0a3e2c-9a51-4f1e-8c1b-2a6f3c9d8e01';
const DECISION_ID = 'c1e5b7a2-4d3f-4b8e-9f10-5a6b7c8d9e0f';

const input = (overrides: Partial<EndorsementCredentialInput> = {}): EndorsementCredentialInput => ({
  publicUrl: 'https://badges.example.org/',
  design: { id: DESIGN_ID, title: ' Applied Data Engineering ', revision: 4 },
  endorser: { id: ORG_ID, name: 'Acme Electric' },
  decision: {
    id: DECISION_ID,
    note: 'Fits our hiring needs',
    recordedAt: new Date('2026-03-04T05:06:07.890Z'),
  },
  ...overrides,
});

function expectValid(credential: Record<string, unknown>): void {
  const valid = validate(credential);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('buildEndorsementCredential', () => {
  it('is a valid OB 3.0 EndorsementCredential of the achievement, issued by the partner organization', () => {
    const { credential } = buildEndorsementCredential(input());
    expectValid(credential);
    expect(credential).toEqual({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: `urn:uuid:${DECISION_ID}`,
      type: ['VerifiableCredential', 'EndorsementCredential'],
      name: 'Acme Electric endorses Applied Data Engineering',
      description: 'Acme Electric endorses revision 4 of the micro-credential Applied Data Engineering.',
      issuer: { id: `urn:uuid:${ORG_ID}`, type: ['Profile'], name: 'Acme Electric' },
      validFrom: '2026-03-04T05:06:07Z',
      credentialSubject: {
        id: `https://badges.example.org/credentials/${DESIGN_ID}/achievement.json`,
        type: ['EndorsementSubject'],
        endorsementComment: 'Fits our hiring needs',
      },
    });
  });

  it('the JWT claims say what the credential says (OB 3.0 §8.2)', () => {
    const { credential, claims } = buildEndorsementCredential(input());
    const subject = credential.credentialSubject as { id: string };
    expect(claims).toEqual({
      iss: (credential.issuer as { id: string }).id,
      jti: credential.id,
      sub: subject.id,
      nbf: Date.parse(credential.validFrom as string) / 1000,
    });
  });

  it('an endorsement without a note has no endorsementComment, and is still valid', () => {
    const { credential } = buildEndorsementCredential(
      input({ decision: { ...input().decision, note: '  ' } }),
    );
    expectValid(credential);
    expect(credential.credentialSubject).not.toHaveProperty('endorsementComment');
  });

  it('the comment is inert Markdown: no link, image or HTML from the note, line by line', () => {
    const note =
      '  Great [work](javascript:alert(1)) <img src=x onerror=alert(1)> & more\n    - indented\n# heading';
    const { credential } = buildEndorsementCredential(input({ decision: { ...input().decision, note } }));
    expect((credential.credentialSubject as { endorsementComment: string }).endorsementComment).toBe(
      'Great \\[work\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)&gt; &amp; more\n\\- indented\n\\# heading',
    );
    // Plain text is unchanged.
    const plain = buildEndorsementCredential(input()).credential.credentialSubject as {
      endorsementComment: string;
    };
    expect(plain.endorsementComment).toBe('Fits our hiring needs');
  });

  it('the schema refuses what the credential must not lack', () => {
    const { credential } = buildEndorsementCredential(input());
    for (const property of ['@context', 'type', 'id', 'name', 'issuer', 'validFrom', 'credentialSubject']) {
      expect(validate({ ...credential, [property]: undefined })).toBe(false);
    }
    expect(validate({ ...credential, type: ['VerifiableCredential'] })).toBe(false);
    expect(validate({ ...credential, credentialSubject: { id: 'x', type: ['Achievement'] } })).toBe(false);
  });
});
