import { createPrivateKey, KeyObject } from 'node:crypto';

/**
 * The Ed25519 private key a `SIGNING_KEY` value holds, or null: a PKCS#8 PEM (its line breaks may
 * be written as `\n`, as one-line secret stores and `.env` files do) or a private JWK (`OKP`,
 * `Ed25519`, with `d`). Synchronous, so the configuration can check it while it is read.
 */
export function parseEd25519PrivateKey(text: string): KeyObject | null {
  const value = text.trim();
  try {
    const key = value.startsWith('{')
      ? createPrivateKey({
          key: JSON.parse(value) as Record<string, unknown> & { kty: string },
          format: 'jwk',
        })
      : createPrivateKey({ key: value.replace(/\\n/g, '\n'), format: 'pem' });
    return key.type === 'private' && key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
