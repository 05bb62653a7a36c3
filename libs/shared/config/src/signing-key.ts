import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8 } from 'jose';
import type { CryptoKey, JWK } from 'jose';

import { AppConfig } from './app-config';
import { parseEd25519PrivateKey } from './signing-key-text';

/** Where the public half is served; the `kid` of every signature points into it. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** The platform's Ed25519 key that signs credentials (endorsements as VC-JWTs). */
export interface SigningKey {
  /**
   * `PUBLIC_URL/.well-known/jwks.json#<RFC 7638 thumbprint>`: a URL a verifier dereferences to the
   * key set, the fragment naming the key in it (Open Badges 3.0 wants a dereferenceable `kid`).
   * The same for the same key and `PUBLIC_URL`, restart after restart.
   */
  readonly kid: string;
  readonly privateKey: CryptoKey;
  /** The public half as served in the JWKS: `kty`, `crv`, `x`, `kid`, `alg`, `use`; never `d`. */
  readonly publicJwk: JWK;
  /** `env`: SIGNING_KEY; `stored`: read from the data folder; `generated`: made just now and stored. */
  readonly source: 'env' | 'stored' | 'generated';
}

const KEY_FILE = 'signing-key.pem';

/**
 * `SIGNING_KEY` when set (required in production); otherwise a key pair generated once per install
 * and kept in `DATA_DIR/signing-key.pem` (like the JWT secret), so credentials signed before a
 * restart still verify after it.
 */
export async function resolveSigningKey(config: AppConfig): Promise<SigningKey> {
  if (config.SIGNING_KEY) return signingKeyFrom(config.SIGNING_KEY, config.PUBLIC_URL, 'env');
  const folder = resolve(config.DATA_DIR);
  const file = join(folder, KEY_FILE);
  const stored = readKeyFile(file);
  if (stored) return signingKeyFrom(stored, config.PUBLIC_URL, 'stored');
  mkdirSync(folder, { recursive: true });
  try {
    // `wx`: of two processes starting on one fresh data folder, the second keeps the first's key.
    writeFileSync(file, await generateSigningKeyPem(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A key file that is there but unreadable is never replaced: a new key would make every
    // credential signed with the old one fail verification.
    const other = readKeyFile(file);
    if (!other) throw new Error(`${file} does not hold an Ed25519 private key (PKCS#8 PEM)`);
    return signingKeyFrom(other, config.PUBLIC_URL, 'stored');
  }
  return signingKeyFrom(readKeyFile(file) ?? '', config.PUBLIC_URL, 'generated');
}

/** A new Ed25519 private key as a PKCS#8 PEM, the form `SIGNING_KEY` and the key file take. */
export async function generateSigningKeyPem(): Promise<string> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return exportPKCS8(privateKey);
}

/** The signing key a PKCS#8 PEM or private JWK holds (see `parseEd25519PrivateKey`). */
export async function signingKeyFrom(
  text: string,
  publicUrl: string,
  source: SigningKey['source'],
): Promise<SigningKey> {
  const parsed = parseEd25519PrivateKey(text);
  if (!parsed) throw new Error('not an Ed25519 private key (PKCS#8 PEM or JWK)');
  const pem = parsed.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKey = await importPKCS8(pem, 'EdDSA', { extractable: true });
  const { kty, crv, x } = await exportJWK(privateKey);
  const thumbprint = await calculateJwkThumbprint({ kty, crv, x }, 'sha256');
  const kid = `${publicUrl.replace(/\/+$/, '')}${JWKS_PATH}#${thumbprint}`;
  return Object.freeze({
    kid,
    // Non-extractable from here on: nothing after start-up can read the private half back out.
    privateKey: await importPKCS8(pem, 'EdDSA'),
    publicJwk: Object.freeze({ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' }),
    source,
  });
}

function readKeyFile(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8');
    return parseEd25519PrivateKey(text) ? text : null;
  } catch {
    return null;
  }
}
