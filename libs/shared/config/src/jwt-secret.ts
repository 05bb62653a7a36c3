import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { AppConfig } from './app-config';

/**
 * The secret that signs access tokens: `JWT_SECRET` when set (required in production); otherwise a
 * secret generated once per install and kept in the data folder, so tokens survive restarts.
 */
export function resolveJwtSecret(config: AppConfig): {
  secret: string;
  source: 'env' | 'generated' | 'stored';
} {
  if (config.JWT_SECRET) return { secret: config.JWT_SECRET, source: 'env' };
  const file = join(resolve(config.DATA_DIR), 'jwt-secret');
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return { secret: stored, source: 'stored' };
  } catch {
    // not generated yet
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(resolve(config.DATA_DIR), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: 'generated' };
}
