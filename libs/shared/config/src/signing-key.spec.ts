import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { compactVerify, CompactSign, importJWK } from 'jose';

import { loadConfig } from './app-config';
import { generateSigningKeyPem, resolveSigningKey, SigningKey } from './signing-key';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mc-signing-key-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const configWith = (env: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://badges.example.org', ...env });

async function signsVerifiably(key: SigningKey): Promise<void> {
  const jws = await new CompactSign(new TextEncoder().encode('payload'))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
    .sign(key.privateKey);
  const { payload } = await compactVerify(jws, await importJWK(key.publicJwk, 'EdDSA'));
  expect(new TextDecoder().decode(payload)).toBe('payload');
}

describe('resolveSigningKey', () => {
  it('without SIGNING_KEY generates a key once and keeps it in DATA_DIR/signing-key.pem', async () => {
    const first = await resolveSigningKey(configWith());
    const again = await resolveSigningKey(configWith());

    expect(first.source).toBe('generated');
    expect(again.source).toBe('stored');
    expect(again.kid).toBe(first.kid);
    expect(again.publicJwk).toEqual(first.publicJwk);
    const file = join(dataDir, 'signing-key.pem');
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(statSync(file).mode & 0o077).toBe(0);
    await signsVerifiably(again);
  });

  it('two processes starting on one fresh data folder end up with the same key', async () => {
    const keys = await Promise.all([resolveSigningKey(configWith()), resolveSigningKey(configWith())]);
    expect(keys[1].kid).toBe(keys[0].kid);
  });

  it('uses SIGNING_KEY when set and writes nothing', async () => {
    const pem = await generateSigningKeyPem();
    const key = await resolveSigningKey(configWith({ SIGNING_KEY: pem }));
    expect(key.source).toBe('env');
    expect(() => statSync(join(dataDir, 'signing-key.pem'))).toThrow();
    expect((await resolveSigningKey(configWith({ SIGNING_KEY: pem }))).kid).toBe(key.kid);
    await signsVerifiably(key);
  });

  it('the public JWK carries the public half only, and the kid is a URL into the JWKS', async () => {
    const key = await resolveSigningKey(configWith());
    expect(Object.keys(key.publicJwk).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    expect(key.publicJwk).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      use: 'sig',
      kid: key.kid,
    });
    expect(key.kid).toMatch(/^https:\/\/badges\.example\.org\/\.well-known\/jwks\.json#[A-Za-z0-9_-]{43}$/);
  });

  it('another key has another kid', async () => {
    const a = await resolveSigningKey(configWith({ SIGNING_KEY: await generateSigningKeyPem() }));
    const b = await resolveSigningKey(configWith({ SIGNING_KEY: await generateSigningKeyPem() }));
    expect(a.kid).not.toBe(b.kid);
  });

  it('never replaces a key file it cannot read: that would orphan every signed credential', async () => {
    const file = join(dataDir, 'signing-key.pem');
    writeFileSync(file, 'garbage\n');
    await expect(resolveSigningKey(configWith())).rejects.toThrow('signing-key.pem');
    expect(readFileSync(file, 'utf8')).toBe('garbage\n');
  });
});
