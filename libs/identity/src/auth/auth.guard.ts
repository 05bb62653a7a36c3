import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { UnauthenticatedError } from '@mc/errors';

import { Session } from '../sessions/session.entity';
import { SessionService } from '../sessions/session.service';
import { User } from '../users/user.entity';

import { AccessTokenService } from './access-token.service';
import { IS_PUBLIC, requestOf } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * Global guard: every GraphQL operation needs a valid access token unless marked `@Public()`.
 * On public operations a valid token still identifies the caller; an invalid one is ignored there.
 * Plain HTTP routes (health checks, later the web app's files) carry no data and are not guarded;
 * socket.io connections authenticate in their own handshake.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    if (request.user) return true;
    const user = await this.authenticate(request.headers.authorization);
    if (user) {
      request.user = user;
      return true;
    }
    if (isPublic) return true;
    throw new UnauthenticatedError();
  }

  /** The user an `Authorization: Bearer <token>` header names, if the token is valid. */
  async authenticate(header: string | undefined): Promise<AuthenticatedUser | null> {
    const match = /^Bearer\s+(\S+)$/.exec(header ?? '');
    if (!match?.[1]) return null;
    return (await this.authenticateToken(match[1]))?.user ?? null;
  }

  /**
   * The live user a bare access token names, with its live session, and when the token expires
   * (socket handshakes, collab connections).
   */
  async authenticateToken(token: unknown): Promise<{ user: AuthenticatedUser; expiresAt: Date } | null> {
    if (typeof token !== 'string' || !/^[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+$/.test(token)) {
      return null;
    }
    const verified = await this.tokens.verifyWithExpiry(token);
    if (!verified) return null;
    // One query on every request, user and session together: a deactivated user's tokens and an
    // ended session's token stop working at once, on every instance.
    const row = await this.users
      .createQueryBuilder('u')
      .innerJoin(Session, 's', 's.user_id = u.id')
      .addSelect('s.last_used_at', 'session_last_used_at')
      .where('u.id = :userId', { userId: verified.userId })
      .andWhere('s.id = :sessionId', { sessionId: verified.sessionId })
      .andWhere('u.active')
      .andWhere('s.ended_at IS NULL')
      .getRawAndEntities();
    const user = row.entities[0];
    const raw = row.raw[0] as { session_last_used_at?: Date } | undefined;
    if (!user || !raw?.session_last_used_at) return null;
    await this.sessions.touch(verified.sessionId, raw.session_last_used_at);
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        organizationId: user.organizationId,
        orgRole: user.orgRole,
        sessionId: verified.sessionId,
      },
      expiresAt: verified.expiresAt,
    };
  }
}
