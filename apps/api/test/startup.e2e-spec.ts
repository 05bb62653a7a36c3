/**
 * The API as a real process, started the way `npm start` starts it (no DATABASE_URL: embedded
 * PostgreSQL in the data folder), stopped with SIGTERM, and started again.
 */
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, GraphQLClient, launchApiFromSource as launch, waitFor } from '@mc/testing';

import { LogInDocument, MeDocument, PASSWORD, SignUpDocument } from './identity-factories';

function testSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

describe('start-up configuration errors', () => {
  it.each([
    ['a non-numeric PORT', { PORT: 'eighty' }, 'PORT'],
    ['a malformed DATABASE_URL', { DATABASE_URL: 'postgres//nowhere' }, 'DATABASE_URL'],
    ['a missing JWT_SECRET in production', { NODE_ENV: 'production' }, 'JWT_SECRET'],
    [
      'a missing SIGNING_KEY in production',
      { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40) },
      'SIGNING_KEY',
    ],
    [
      'a missing SMTP_URL in production',
      { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), SIGNING_KEY: testSigningKeyPem() },
      'SMTP_URL',
    ],
    ['a SIGNING_KEY that is no Ed25519 key', { SIGNING_KEY: 'not a key' }, 'SIGNING_KEY'],
  ])(
    'stop the process with one line naming the variable, for %s, before starting anything',
    async (_case, env, variable) => {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'mc-start-')), 'data');
      const started = launch({ ...env, DATA_DIR: dataDir });
      expect(await started.exited).toBe(1);
      const lines = started.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
      expect(existsSync(dataDir)).toBe(false);
    },
  );
});

describe('the embedded default', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'mc-start-'));
    chmodSync(folder, 0o755);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('serves with nothing configured, shuts down on SIGTERM, and keeps every record across a restart', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: join(folder, 'data') };
    const client = new GraphQLClient(`http://127.0.0.1:${port}`);

    const first = launch(env);
    await waitFor(first, /"msg":"API ready"/);
    expect(first.output()).toMatch(/starting embedded PostgreSQL/);
    const signedUp = await client.ok(SignUpDocument, {
      input: {
        email: 'persist@example.org',
        password: PASSWORD,
        displayName: 'P',
        organization: { name: 'P', kind: 'COMMUNITY' },
      },
    });
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    const jwks = async () => (await fetch(`http://127.0.0.1:${port}/.well-known/jwks.json`)).json();
    const keys = await jwks();
    expect(first.output()).toMatch(/no SIGNING_KEY: generated a credential-signing key/);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);

    const second = launch(env);
    await waitFor(second, /"msg":"API ready"/);
    try {
      const loggedIn = await client.ok(LogInDocument, {
        email: 'persist@example.org',
        password: PASSWORD,
      });
      expect(loggedIn.logIn.user.id).toBe(signedUp.signUp.user.id);
      // The generated JWT secret survived the restart: the first run's token still works.
      const me = await client.as(signedUp.signUp.accessToken).ok(MeDocument);
      expect(me.me.id).toBe(signedUp.signUp.user.id);
      // The generated signing key too: credentials signed before the restart still verify after it.
      expect(await jwks()).toEqual(keys);
      expect(second.output()).not.toMatch(/generated a credential-signing key/);
      expect(second.output()).not.toMatch(/ran database migrations/);
    } finally {
      second.process.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 120_000);
});
