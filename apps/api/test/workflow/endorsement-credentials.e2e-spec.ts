import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, generateKeyPair } from 'jose';
import type { JWTPayload } from 'jose';

import { GraphQLClient } from '@mc/testing';

import {
  codeOf,
  colleagueOf,
  editDesign,
  join,
  outsider,
  Person,
  unknownId,
} from '../designs/design-factories';
import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import { decide, fullDesign, move, pipelineDesign, rowCounts } from './workflow-factories';

/**
 * `exportEndorsementCredentials`: each partner organization's standing endorsement as an Open
 * Badges 3.0 EndorsementCredential signed as a VC-JWT, verified here the way a wallet would,
 * against the key set the running API serves at `/.well-known/jwks.json`.
 */

const EXPORT_ENDORSEMENTS = graphql(`
  query EndorsementCredentials($designId: ID!) {
    exportEndorsementCredentials(designId: $designId)
  }
`);

const PUBLIC_URL = 'https://badges.example.org';

// The official 1EdTech schema (libs/workflow/src/exports/testdata/README.md).
const validCredential = (() => {
  const schema = JSON.parse(
    readFileSync(
      resolve(
        __dirname,
        '../../../../libs/workflow/src/exports/testdata/ob_v3p0_endorsementcredential_schema.json',
      ),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
})();

interface EndorsementVc {
  id: string;
  type: string[];
  issuer: { id: string; type: string[]; name: string };
  validFrom: string;
  credentialSubject: { id: string; type: string[]; endorsementComment?: string };
}

let api: TestApi;
let jwks: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL });
  jwks = createRemoteJWKSet(new URL(`${api.url}/.well-known/jwks.json`));
});
afterAll(() => api?.close());

const exportOf = (person: Person, designId: string) =>
  person.client.request(EXPORT_ENDORSEMENTS, { designId });

async function credentialsOf(person: Person, designId: string): Promise<string[]> {
  return (await person.client.ok(EXPORT_ENDORSEMENTS, { designId })).exportEndorsementCredentials;
}

/** Verifies a token against the served JWKS and checks its credential against the schema. */
async function verified(token: string): Promise<JWTPayload & { vc: EndorsementVc }> {
  const { payload, protectedHeader } = await jwtVerify<{ vc: EndorsementVc }>(token, jwks, {
    algorithms: ['EdDSA'],
    typ: 'JWT',
  });
  expect(protectedHeader.alg).toBe('EdDSA');
  expect(protectedHeader.kid).toMatch(/^https:\/\/badges\.example\.org\/\.well-known\/jwks\.json#/);
  const valid = validCredential(payload.vc);
  expect(validCredential.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  // OB 3.0 §8.2: the registered claims say what the credential says.
  expect(payload.iss).toBe(payload.vc.issuer.id);
  expect(payload.jti).toBe(payload.vc.id);
  expect(payload.sub).toBe(payload.vc.credentialSubject.id);
  expect(payload.nbf).toBe(Date.parse(payload.vc.validFrom) / 1000);
  return payload;
}

async function verifiedAll(tokens: string[]) {
  return Promise.all(tokens.map(verified));
}

const achievementUrl = (designId: string) => `${PUBLIC_URL}/credentials/${designId}/achievement.json`;

describe('GET /.well-known/jwks.json', () => {
  it('serves the public key without a login: kid, EdDSA, and never the private half', async () => {
    const response = await fetch(`${api.url}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as { keys: Array<Record<string, unknown>> };
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      kid: expect.stringMatching(
        /^https:\/\/badges\.example\.org\/\.well-known\/jwks\.json#[A-Za-z0-9_-]{43}$/,
      ),
      alg: 'EdDSA',
      use: 'sig',
    });
  });
});

describe('exportEndorsementCredentials', () => {
  it('one verifiable credential per endorsing partner organization on the current revision', async () => {
    const p = await pipelineDesign(api, {
      with: ['employer', 'employer2', 'community'],
      input: { title: 'Industrial Wiring' },
    });
    // A second partner of the employer's organization endorses too: still one credential for it.
    const colleague = await colleagueOf(api, p.employer);
    await join(p, colleague, 'EMPLOYER_PARTNER');
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    expect(await credentialsOf(p.lead, p.designId)).toEqual([]);

    await decide(p.employer, p.designId, 'ENDORSE', 'Fits our hiring needs');
    await decide(colleague, p.designId, 'ENDORSE', 'Seconded');
    await decide(p.employer2, p.designId, 'REQUEST_CHANGES', 'Needs a safety outcome');
    await decide(p.community, p.designId, 'ENDORSE');

    const tokens = await credentialsOf(p.lead, p.designId);
    const payloads = await verifiedAll(tokens);
    const byIssuer = Object.fromEntries(payloads.map((payload) => [payload.vc.issuer.id, payload.vc]));
    expect(Object.keys(byIssuer).sort()).toEqual(
      [`urn:uuid:${p.employer.user.organization.id}`, `urn:uuid:${p.community.user.organization.id}`].sort(),
    );
    const employerVc = byIssuer[`urn:uuid:${p.employer.user.organization.id}`]!;
    expect(employerVc).toMatchObject({
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { type: ['Profile'], name: p.employer.user.organization.name },
      credentialSubject: {
        id: achievementUrl(p.designId),
        type: ['EndorsementSubject'],
        // The organization's first endorsement is the one exported.
        endorsementComment: 'Fits our hiring needs',
      },
    });
    const communityVc = byIssuer[`urn:uuid:${p.community.user.organization.id}`]!;
    expect(communityVc.credentialSubject).not.toHaveProperty('endorsementComment');

    // Each credential is the decision it comes from: its id is the decision's, its time the decision's.
    const { design } = await p.lead.client.ok(
      graphql(`
        query EndorsementDecisions($id: ID!) {
          design(id: $id) {
            decisions {
              id
              kind
              createdAt
              user {
                id
              }
            }
          }
        }
      `),
      { id: p.designId },
    );
    const employerDecision = design.decisions.find((d) => d.user.id === p.employer.user.id)!;
    expect(employerVc.id).toBe(`urn:uuid:${employerDecision.id}`);
    expect(Date.parse(employerVc.validFrom)).toBe(
      Math.floor(Date.parse(employerDecision.createdAt) / 1000) * 1000,
    );

    // The same endorsements export as the same tokens: nothing in them depends on when they were asked for.
    expect(await credentialsOf(p.lead, p.designId)).toEqual(tokens);
  });

  it('an endorsement of an older revision does not count', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE', 'First look: fine');
    const [before] = await verifiedAll(await credentialsOf(p.lead, p.designId));
    expect(before).toBeDefined();

    await move(p.lead, p.designId, 'DRAFTING', 'One more outcome');
    // Back in drafting with the content unchanged, the endorsement still stands on this revision.
    expect(await credentialsOf(p.lead, p.designId)).toHaveLength(1);
    await editDesign(p.lead, p.designId, { summary: 'Now with a new summary' });
    expect(await credentialsOf(p.lead, p.designId)).toEqual([]);
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    expect(await credentialsOf(p.lead, p.designId)).toEqual([]);

    await decide(p.employer, p.designId, 'ENDORSE', 'Second look: better');
    const [after] = await verifiedAll(await credentialsOf(p.lead, p.designId));
    expect(after!.vc.credentialSubject.endorsementComment).toBe('Second look: better');
    expect(after!.jti).not.toBe(before!.jti);
  });

  it('a partner who turns an endorsement into REQUEST_CHANGES withdraws the credential', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE');
    expect(await credentialsOf(p.lead, p.designId)).toHaveLength(1);
    await decide(p.employer, p.designId, 'REQUEST_CHANGES', 'On second thought');
    expect(await credentialsOf(p.lead, p.designId)).toEqual([]);
  });

  it('lasts through committee review and publication, where its subject is the served Achievement', async () => {
    const p = await fullDesign(api, 'PUBLISHED');
    const tokens = await credentialsOf(p.lead, p.designId);
    const [payload] = await verifiedAll(tokens);
    expect(tokens).toHaveLength(1);
    expect(payload!.vc.issuer.id).toBe(`urn:uuid:${p.employer.user.organization.id}`);
    // The subject dereferences (here on the test server, not PUBLIC_URL) to the published Achievement.
    const subject = payload!.vc.credentialSubject.id;
    expect(subject).toBe(achievementUrl(p.designId));
    const achievement = await fetch(subject.replace(PUBLIC_URL, api.url));
    expect(achievement.status).toBe(200);
    expect(((await achievement.json()) as { id: string }).id).toBe(subject);
  });

  it('answers whoever may see the design: participants of any role and institution admins', async () => {
    const p = await fullDesign(api, 'COMMITTEE_REVIEW');
    const expected = await credentialsOf(p.lead, p.designId);
    expect(expected).toHaveLength(1);
    for (const person of [p.faculty, p.employer, p.observer, p.committee[0]!, p.admin]) {
      expect(await credentialsOf(person, p.designId)).toEqual(expected);
    }
  });

  it('costs the same number of SQL statements however many organizations endorse', async () => {
    const one = await pipelineDesign(api, { with: ['employer'], stage: 'COMMITTEE_REVIEW' });
    const three = await pipelineDesign(api, {
      with: ['employer', 'employer2', 'community'],
      stage: 'COMMITTEE_REVIEW',
    });
    expect(await credentialsOf(three.lead, three.designId)).toHaveLength(3);
    // The fewest of three: a batch split over two ticks, or a session's last use written (once a
    // minute), adds one statement whatever the size.
    const statements = async (p: { lead: Person; designId: string }) => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i += 1)
        counts.push(await api.countQueries(() => credentialsOf(p.lead, p.designId)));
      return Math.min(...counts);
    };
    expect(await statements(three)).toBe(await statements(one));
  });

  it('refuses an invisible or unknown design alike with NOT_FOUND, and changes nothing', async () => {
    const p = await fullDesign(api, 'APPROVED');
    const stranger = await outsider(api);
    const counts = await rowCounts(api);
    for (const designId of [p.designId, unknownId()]) {
      const result = await exportOf(stranger, designId);
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    expect(
      codeOf(await new GraphQLClient(api.url).request(EXPORT_ENDORSEMENTS, { designId: p.designId })),
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(await exportOf(p.lead, 'not-a-uuid'))).toBe('BAD_USER_INPUT');
    expect(await rowCounts(api)).toEqual(counts);
  });

  it('a tampered credential, or one signed with another key under the same kid, fails verification', async () => {
    const p = await fullDesign(api, 'COMMITTEE_REVIEW');
    const [token] = await credentialsOf(p.lead, p.designId);
    const [header, body, signature] = token!.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as { vc: EndorsementVc };
    payload.vc.credentialSubject.endorsementComment = 'We endorse nothing less than perfection';
    const tampered = [header, Buffer.from(JSON.stringify(payload)).toString('base64url'), signature].join(
      '.',
    );
    await expect(jwtVerify(tampered, jwks)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);

    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: decodeProtectedHeader(token!).kid!, typ: 'JWT' })
      .sign(privateKey);
    await expect(jwtVerify(forged, jwks)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);

    await expect(verified(token!)).resolves.toBeDefined();
  });
});
