export interface IdentityOptions {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  /** How long an organization invitation stays valid. */
  invitationTtlSeconds?: number;
  /** Shares log-in throttling counters between API instances. */
  redisUrl?: string;
  /** Namespaces this deployment's keys in a shared Redis. */
  redisPrefix?: string;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
