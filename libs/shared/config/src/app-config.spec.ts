import { generateKeyPairSync } from 'node:crypto';

import { ConfigError, loadConfig } from './app-config';

const ed25519 = generateKeyPairSync('ed25519');
const ED25519_PEM = ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ED25519_JWK = JSON.stringify(ed25519.privateKey.export({ format: 'jwk' }));
const ED25519_PUBLIC_PEM = ed25519.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const RSA_PEM = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('gives working defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATA_DIR: '.data',
      CORS_ORIGINS: [],
      MAX_SOCKETS_PER_USER: 20,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db.internal:5432/app',
      JWT_SECRET: 'x'.repeat(40),
      SIGNING_KEY: ED25519_PEM,
      SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
      MAIL_FROM: 'Badges <badges@example.org>',
      REMINDER_AFTER_SECONDS: '2',
      DIGEST_INTERVAL_SECONDS: '60',
      CORS_ORIGINS: 'https://app.example.org/, http://localhost:5173',
      REQUEST_BODY_LIMIT_BYTES: '2048',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(config.REQUEST_BODY_LIMIT_BYTES).toBe(2048);
    expect(config).toMatchObject({
      SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
      MAIL_FROM: 'Badges <badges@example.org>',
      REMINDER_AFTER_SECONDS: 2,
      DIGEST_INTERVAL_SECONDS: 60,
    });
  });

  it('mail defaults: the local sender, reminders after 3 days, a daily digest', () => {
    expect(loadConfig({})).toMatchObject({
      MAIL_FROM: 'Co-design <no-reply@localhost>',
      REMINDER_AFTER_SECONDS: 259200,
      DIGEST_INTERVAL_SECONDS: 86400,
    });
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
  });

  it.each([
    ['a non-numeric PORT', { PORT: 'eighty' }, 'PORT'],
    ['an out-of-range PORT', { PORT: '70000' }, 'PORT'],
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    ['a DATABASE_URL of another kind', { DATABASE_URL: 'mysql://u@h/db' }, 'DATABASE_URL'],
    ['a missing JWT_SECRET in production', { NODE_ENV: 'production' }, 'JWT_SECRET'],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [
      'a missing SIGNING_KEY in production',
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) },
      'SIGNING_KEY',
    ],
    ['a SIGNING_KEY that is no key', { SIGNING_KEY: 'not a key' }, 'SIGNING_KEY'],
    ['a SIGNING_KEY that is an RSA key', { SIGNING_KEY: RSA_PEM }, 'SIGNING_KEY'],
    ['a SIGNING_KEY that is a public key', { SIGNING_KEY: ED25519_PUBLIC_PEM }, 'SIGNING_KEY'],
    [
      'a SIGNING_KEY that is a public JWK',
      { SIGNING_KEY: JSON.stringify(ed25519.publicKey.export({ format: 'jwk' })) },
      'SIGNING_KEY',
    ],
    [
      'a SIGNING_KEY with a broken PEM body',
      { SIGNING_KEY: ED25519_PEM.replace(/[A-Z]{4}/, '####') },
      'SIGNING_KEY',
    ],
    [
      'a missing SMTP_URL in production',
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SIGNING_KEY: ED25519_PEM },
      'SMTP_URL',
    ],
    ['an SMTP_URL of another kind', { SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
    ['a REMINDER_AFTER_SECONDS of 0', { REMINDER_AFTER_SECONDS: '0' }, 'REMINDER_AFTER_SECONDS'],
    [
      'a DIGEST_INTERVAL_SECONDS that is no number',
      { DIGEST_INTERVAL_SECONDS: 'daily' },
      'DIGEST_INTERVAL_SECONDS',
    ],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, 'NODE_ENV'],
    ['an unknown LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['a CORS origin that is not a URL', { CORS_ORIGINS: 'example.org' }, 'CORS_ORIGINS'],
    ['a malformed REDIS_URL', { REDIS_URL: 'http://cache' }, 'REDIS_URL'],
    ['a REDIS_PREFIX with a colon', { REDIS_PREFIX: 'a:b' }, 'REDIS_PREFIX'],
    ['a PUBLIC_URL that is not a URL', { PUBLIC_URL: 'badges.example.org' }, 'PUBLIC_URL'],
    ['a PUBLIC_URL of another scheme', { PUBLIC_URL: 'ftp://badges.example.org' }, 'PUBLIC_URL'],
    ['a PUBLIC_URL with a query', { PUBLIC_URL: 'https://badges.example.org/?a=1' }, 'PUBLIC_URL'],
    ['a MAX_SOCKETS_PER_USER of 0', { MAX_SOCKETS_PER_USER: '0' }, 'MAX_SOCKETS_PER_USER'],
  ])('refuses %s with one line naming the variable', (_case, env, variable) => {
    const error = failure(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain('\n');
  });

  it('PUBLIC_URL defaults to the local address on PORT', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('PUBLIC_URL keeps a path prefix and loses its trailing slashes', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://badges.example.org/mc//' }).PUBLIC_URL).toBe(
      'https://badges.example.org/mc',
    );
  });

  it.each([
    ['a PKCS#8 PEM', ED25519_PEM],
    ['a PKCS#8 PEM written on one line with \\n', ED25519_PEM.trim().replace(/\n/g, '\\n')],
    ['a private JWK', ED25519_JWK],
  ])('takes an Ed25519 SIGNING_KEY as %s', (_case, value) => {
    expect(loadConfig({ SIGNING_KEY: value }).SIGNING_KEY).toBe(value.trim());
  });

  it('does not put a refused SIGNING_KEY in its message', () => {
    const error = failure({ SIGNING_KEY: RSA_PEM });
    expect(error.message).toBe(
      'Invalid configuration: SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM or JWK)',
    );
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });
});
