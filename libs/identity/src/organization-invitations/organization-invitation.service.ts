import { Inject, Injectable } from '@nestjs/common';

import { TransactionRunner, Tx } from '@mc/database';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '@mc/errors';

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganizationInvitationObject } from '../dto/identity.objects';
import { IdentitySignals } from '../identity-signals';
import { OrgRole } from '../identity.enums';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';
import { User } from '../users/user.entity';

import { hashInvitationToken, newInvitationToken } from './invitation-token';
import { OrganizationInvitation } from './organization-invitation.entity';

export const DEFAULT_INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

@Injectable()
export class OrganizationInvitationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly signals: IdentitySignals,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** An organization admin invites `email` (already normalized) to join with `orgRole`. */
  async invite(
    admin: AuthenticatedUser,
    email: string,
    orgRole: OrgRole,
  ): Promise<OrganizationInvitationObject> {
    if (admin.orgRole !== OrgRole.ADMIN)
      throw new ForbiddenError('Only organization admins can invite members');
    return this.transactions.run(async (tx) => {
      const { manager } = tx;
      const existing = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getExists();
      if (existing) throw new ConflictError('A user with this email already has an account');

      const { token, tokenHash } = newInvitationToken();
      const ttl = this.options.invitationTtlSeconds ?? DEFAULT_INVITATION_TTL_SECONDS;
      const invitation = await manager.getRepository(OrganizationInvitation).save({
        organizationId: admin.organizationId,
        email,
        orgRole,
        tokenHash,
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + ttl * 1000),
        acceptedAt: null,
        acceptedById: null,
      });
      await this.signals.emit(tx, {
        type: 'organization-invited',
        email,
        orgRole,
        organizationId: admin.organizationId,
        invitedById: admin.id,
        token,
        expiresAt: invitation.expiresAt,
      });
      return { id: invitation.id, email, orgRole, token, expiresAt: invitation.expiresAt };
    });
  }

  /**
   * Locks and checks the invitation a sign-up presents: it must exist, be unused, unexpired and
   * name the same email. Runs inside the sign-up's transaction, which then marks it used.
   */
  async claim(tx: Tx, token: string, email: string): Promise<OrganizationInvitation> {
    const invitation = await tx.manager
      .getRepository(OrganizationInvitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :hash', { hash: hashInvitationToken(token) })
      .getOne();
    if (!invitation || invitation.acceptedAt) throw new NotFoundError('Invitation');
    if (invitation.expiresAt.getTime() <= Date.now())
      throw new PreconditionFailedError('Invitation has expired');
    if (invitation.email !== email) throw new ForbiddenError('This invitation is for another email address');
    return invitation;
  }

  async markAccepted(tx: Tx, invitation: OrganizationInvitation, userId: string): Promise<void> {
    await tx.manager
      .getRepository(OrganizationInvitation)
      .update({ id: invitation.id }, { acceptedAt: new Date(), acceptedById: userId });
  }
}
