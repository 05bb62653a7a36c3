import { createSecretKey, KeyObject } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';

import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

interface AccessTokenClaims {
  sub: string;
  /** The session this token belongs to (ended sessions' tokens stop working). */
  sid: string;
  typ: 'access';
  exp?: number;
}

export interface VerifiedAccessToken {
  userId: string;
  sessionId: string;
  expiresAt: Date;
}

/** Signs and checks the short-lived access tokens (HS256 JWTs) that authenticate every request. */
@Injectable()
export class AccessTokenService {
  /**
   * The secret as a key, made once: given a string, jsonwebtoken makes a key on every verify, first
   * trying it as a public key (a thrown error each time, ≈ 3.5 % of the API's CPU in bench:read).
   */
  private readonly verifyKey: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    this.verifyKey = createSecretKey(Buffer.from(options.jwtSecret));
  }

  /** A token of session `sessionId` (see SessionService.open, which starts the session). */
  issue(userId: string, sessionId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return this.jwt.signAsync(claims, {
      secret: this.options.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.options.accessTokenTtlSeconds,
    });
  }

  /** The user id the token names, or `null` for a missing, malformed, tampered or expired token. */
  async verify(token: string): Promise<string | null> {
    return (await this.verifyWithExpiry(token))?.userId ?? null;
  }

  /** As {@link verify}, with the moment the token stops being valid (long-lived sockets end then). */
  async verifyWithExpiry(token: string): Promise<VerifiedAccessToken | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        // @nestjs/jwt passes it to jsonwebtoken as is; its type leaves KeyObject out.
        publicKey: this.verifyKey as unknown as Buffer,
        algorithms: ['HS256'],
      });
      if (
        claims.typ !== 'access' ||
        !isUUID(claims.sub) ||
        typeof claims.sid !== 'string' ||
        !isUUID(claims.sid) ||
        typeof claims.exp !== 'number'
      ) {
        return null;
      }
      return { userId: claims.sub, sessionId: claims.sid, expiresAt: new Date(claims.exp * 1000) };
    } catch {
      return null;
    }
  }
}
