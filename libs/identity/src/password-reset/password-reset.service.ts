import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import { BadUserInputError, NotFoundError } from '@mc/errors';

import { LoginThrottle } from '../auth/login-throttle.service';
import { PasswordHasher } from '../auth/password-hasher.service';
import { AuthPayloadObject, toUserObject } from '../dto/identity.objects';
import { normalizeEmail } from '../dto/text.transforms';
import { IdentitySignals } from '../identity-signals';
import { IDENTITY_LIMITS } from '../identity.enums';
import { hashInvitationToken, newInvitationToken } from '../organization-invitations/invitation-token';
import { OrganizationLoader } from '../organizations/organization.loader';
import { SessionService } from '../sessions/session.service';
import { User } from '../users/user.entity';

import { PasswordResetToken } from './password-reset-token.entity';

export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;

/**
 * Forgotten passwords: a request mails a single-use link (through the mail library, told in the
 * request's transaction) to a known, active email and answers `true` for any email; the link sets
 * a new password, ends every other reset link of the user, and logs in.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly signals: IdentitySignals,
    private readonly organizations: OrganizationLoader,
  ) {}

  async request(rawEmail: string, clientAddress: string): Promise<boolean> {
    if (rawEmail.length > IDENTITY_LIMITS.email) throw BadUserInputError.of('email', 'is too long');
    const email = normalizeEmail(rawEmail);
    await this.throttle.resetRequest(email, clientAddress);
    await this.transactions.run(async (tx) => {
      const user = await tx.manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email AND u.active', { email })
        .getOne();
      if (!user) return;
      const { token, tokenHash } = newInvitationToken();
      const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_SECONDS * 1000);
      await tx.manager
        .getRepository(PasswordResetToken)
        .insert({ userId: user.id, tokenHash, expiresAt, usedAt: null });
      await this.signals.emit(tx, {
        type: 'password-reset-requested',
        userId: user.id,
        email: user.email,
        token,
        expiresAt,
      });
    });
    return true;
  }

  /** An unknown, used, ended or expired token is `NOT_FOUND` alike. */
  async reset(token: string, newPassword: string, userAgent?: string | null): Promise<AuthPayloadObject> {
    if (
      newPassword.length < IDENTITY_LIMITS.passwordMin ||
      newPassword.length > IDENTITY_LIMITS.passwordMax
    ) {
      throw BadUserInputError.of(
        'newPassword',
        `must be ${IDENTITY_LIMITS.passwordMin} to ${IDENTITY_LIMITS.passwordMax} characters`,
      );
    }
    if (token.length < 1 || token.length > 200) throw new NotFoundError('Password reset');
    const passwordHash = await this.hasher.hash(newPassword);
    return this.transactions.run(async (tx) => {
      const resets = tx.manager.getRepository(PasswordResetToken);
      const found = await resets
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash AND t.used_at IS NULL AND t.expires_at > now()', {
          hash: hashInvitationToken(token),
        })
        .getOne();
      if (!found) throw new NotFoundError('Password reset');
      const users = tx.manager.getRepository(User);
      const owner = await users.findOne({ where: { id: found.userId, active: true } });
      if (!owner) throw new NotFoundError('Password reset');
      await users.update({ id: owner.id }, { passwordHash });
      // This link and every other one still open for the user end here.
      await resets.update({ userId: owner.id, usedAt: IsNull() }, { usedAt: new Date() });
      // Whoever knew the old password is logged out everywhere; the new session is the only one.
      await this.sessions.endAllSessions(owner.id, null, tx);
      const accessToken = await this.sessions.open(owner.id, userAgent, tx);
      return {
        accessToken,
        user: toUserObject(owner, () => this.organizations.object({}, owner.organizationId)),
      };
    });
  }
}
