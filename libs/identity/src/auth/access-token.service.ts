import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/** Signs and checks the short-lived access tokens (HS256 JWTs) that authenticate every request. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  issue(userId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access' };
    return this.jwt.signAsync(claims, {
      secret: this.options.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.options.accessTokenTtlSeconds,
    });
  }

  /** The user id the token names, or `null` for a missing, malformed, tampered or expired token. */
  async verify(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        secret: this.options.jwtSecret,
        algorithms: ['HS256'],
      });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
