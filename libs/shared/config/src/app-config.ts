/**
 * The API's configuration: read once from the environment, validated, frozen.
 * A wrong value stops start-up with one line that names the variable at fault.
 */
import { z } from 'zod';

import { parseEd25519PrivateKey } from './signing-key-text';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a postgres:// or postgresql:// URL with a host');

const redisUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'redis:' || url.protocol === 'rediss:';
    } catch {
      return false;
    }
  }, 'must be a redis:// or rediss:// URL');

// Where the public pages and documents are reached from outside (links in credentials and mail):
// http(s), no query or fragment; a trailing slash is dropped so paths can be appended.
const publicUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL without query or fragment')
  .transform((value) => value.replace(/\/+$/, ''));

// The platform's credential-signing key: an Ed25519 private key as a PKCS#8 PEM or a private JWK.
// Checked here, at start, so a wrong key stops start-up instead of failing the first export.
const signingKey = z
  .string()
  .trim()
  .refine(
    (value) => parseEd25519PrivateKey(value) !== null,
    'must be an Ed25519 private key (PKCS#8 PEM or JWK)',
  );

// Where mail goes out: smtp:// or smtps://, with user and password in the URL when the server wants them.
const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an smtp:// or smtps:// URL with a host');

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PORT: integer(0, 65535).default(3000),
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    WEB_DIR: z.string().trim().min(1).default('dist/apps/web'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SIGNING_KEY: signingKey.optional(),
    ACCESS_TOKEN_TTL_SECONDS: integer(60, 60 * 60 * 24 * 30).default(60 * 60 * 12),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => origin.replace(/\/$/, '')))),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    REDIS_URL: redisUrl.optional(),
    PUBLIC_URL: publicUrl.optional(),
    REDIS_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1 to 40 letters, digits, dots, dashes or underscores')
      .default('mc'),
    REQUEST_BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024).default(256 * 1024),
    MAX_SOCKETS_PER_USER: integer(1, 100_000).default(20),
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: z.string().trim().min(3).max(320).default('Co-design <no-reply@localhost>'),
    REMINDER_AFTER_SECONDS: integer(1, 60 * 60 * 24 * 365).default(3 * 24 * 60 * 60),
    DIGEST_INTERVAL_SECONDS: integer(1, 60 * 60 * 24 * 31).default(24 * 60 * 60),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    // Production keeps its signing key in its secret store: a key generated into the data folder of
    // one container would differ per instance and vanish with it, breaking every issued credential.
    if (env.NODE_ENV === 'production' && !env.SIGNING_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SIGNING_KEY'],
        message: 'is required when NODE_ENV=production',
      });
    }
    // Production mail reaches people; a file under the data folder of one container reaches nobody.
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when NODE_ENV=production' });
    }
  });

/** The validated configuration; `PUBLIC_URL` always set (its default depends on `PORT`). */
export type AppConfig = Readonly<Omit<z.output<typeof envSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string }>;

/** Thrown when the environment does not make a valid configuration. Its message is one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from `env` (the process environment by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => key in envSchema.shape && value !== undefined && value !== '',
    ),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, describe(issue));
  }
  // Unset: the API as reached on this machine (PORT is known only once parsed).
  return Object.freeze({
    ...result.data,
    PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`,
  });
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'is invalid';
  if (issue.code === 'invalid_value' || issue.code === 'invalid_format' || issue.code === 'too_small') {
    return `is invalid: ${issue.message}`;
  }
  return issue.message.startsWith('is ') || issue.message.startsWith('must ')
    ? issue.message
    : `is invalid: ${issue.message}`;
}
