export interface IdentityOptions {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  /** How long an organization invitation stays valid. */
  invitationTtlSeconds?: number;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
