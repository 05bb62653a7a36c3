import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, IsNull } from 'typeorm';

import { TransactionRunner, Tx } from '@mc/database';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  RateLimitedError,
} from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import {
  hashInvitationToken,
  newInvitationToken,
  OrganizationKind,
  OrganizationLoader,
  UserDirectory,
} from '@mc/identity';

import { AccessFacts, DesignAccess, DesignAccessPolicy } from '../access/design-access.policy';
import { Design } from '../designs/design.entity';
import { DESIGN_LIMITS, DesignRole } from '../designs.enums';
import { InvitationObject, InvitationPreviewObject } from '../dto/design.objects';
import { DesignEventLog } from '../events/design-event-log';
import { DesignSignals } from '../events/design-signals';

import { DesignInvitation } from './design-invitation.entity';
import { Participant } from './participant.entity';

export const DESIGN_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Anonymous previews per client address and minute: ample for a person opening links, and it
 * slows anyone walking tokens (which are 256 bits anyway). Per process, like the login throttle's
 * fallback: enough for a modest limit.
 */
export const INVITATION_PREVIEWS_PER_MINUTE = 60;

/** Which kinds of organization may hold each design role (SPEC "People and organizations"). */
const ROLE_FITS: Record<DesignRole, readonly OrganizationKind[]> = {
  [DesignRole.LEAD]: [OrganizationKind.POST_SECONDARY],
  [DesignRole.FACULTY]: [OrganizationKind.POST_SECONDARY],
  [DesignRole.COMMITTEE_MEMBER]: [OrganizationKind.POST_SECONDARY],
  [DesignRole.EMPLOYER_PARTNER]: [OrganizationKind.EMPLOYER, OrganizationKind.COMMUNITY],
  [DesignRole.OBSERVER]: Object.values(OrganizationKind),
};

@Injectable()
export class ParticipantService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly organizations: OrganizationLoader,
    private readonly signals: DesignSignals,
    private readonly directory: UserDirectory,
    private readonly dataSource: DataSource,
  ) {}

  private readonly previewLimiter = new RateLimiterMemory({
    keyPrefix: 'invitation-preview',
    points: INVITATION_PREVIEWS_PER_MINUTE,
    duration: 60,
  });

  /**
   * What the link shows before anyone logs in: the design's title, its institution, who invites,
   * the role and the email. An unknown, used, expired or revoked token is `NOT_FOUND` alike.
   */
  async preview(token: string, clientAddress: string): Promise<InvitationPreviewObject> {
    try {
      await this.previewLimiter.consume(clientAddress);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(rejection.msBeforeNext / 1000);
      throw rejection;
    }
    if (token.length < 1 || token.length > 200) throw new NotFoundError('Invitation');
    const invitation = await this.dataSource.getRepository(DesignInvitation).findOne({
      where: { tokenHash: hashInvitationToken(token), acceptedAt: IsNull() },
      relations: { design: true },
    });
    if (!invitation?.design || invitation.expiresAt.getTime() <= Date.now())
      throw new NotFoundError('Invitation');
    const [organization, names] = await Promise.all([
      this.organizations.load({}, invitation.design.institutionId),
      this.directory.displayNames(this.dataSource.manager, [invitation.invitedById]),
    ]);
    return {
      designTitle: invitation.design.title,
      institutionName: organization?.name ?? '',
      role: invitation.role,
      invitedBy: names.get(invitation.invitedById) ?? '',
      email: invitation.email,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * The design's pending (not yet accepted) invitations, newest first, for whoever may manage them;
   * anyone else gets an empty list. Only the token's hash is stored, so `token` is empty here: a
   * fresh link comes from `resendInvitation`.
   */
  async pending(access: AccessFacts, designId: string): Promise<InvitationObject[]> {
    if (this.access.refusal(access, 'manageInvitations')) return [];
    const rows = await this.dataSource.getRepository(DesignInvitation).find({
      where: { designId, acceptedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      role: row.role,
      token: '',
      expiresAt: row.expiresAt,
    }));
  }

  /** The lead issues a fresh token for a pending invitation: the old link stops working at once. */
  async resend(user: AuthenticatedUser, invitationId: string): Promise<InvitationObject> {
    return this.transactions.run(async (tx) => {
      const invitation = await this.lockedPending(tx.manager, invitationId);
      const access = await this.visibleOrNotFound(user, invitation.designId, tx);
      this.access.assertMay(access, 'invite');
      const { token, tokenHash } = newInvitationToken();
      const expiresAt = new Date(Date.now() + DESIGN_INVITATION_TTL_MS);
      await tx.manager
        .getRepository(DesignInvitation)
        .update({ id: invitation.id }, { tokenHash, expiresAt });
      await this.log.append(tx, invitation.designId, 'invitation.resent', user.id, {
        invitation: { id: invitation.id, email: invitation.email, role: invitation.role },
      });
      await this.signals.emit(tx, {
        type: 'invited',
        invitationId: invitation.id,
        designId: invitation.designId,
        email: invitation.email,
        role: invitation.role,
        invitedById: user.id,
        token,
        expiresAt,
        resent: true,
      });
      return { id: invitation.id, email: invitation.email, role: invitation.role, token, expiresAt };
    });
  }

  /** The lead withdraws a pending invitation: its link then answers `NOT_FOUND`. */
  async revoke(user: AuthenticatedUser, invitationId: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const invitation = await this.lockedPending(tx.manager, invitationId);
      const access = await this.visibleOrNotFound(user, invitation.designId, tx);
      this.access.assertMay(access, 'manageInvitations');
      await tx.manager.getRepository(DesignInvitation).delete({ id: invitation.id });
      await this.log.append(tx, invitation.designId, 'invitation.revoked', user.id, {
        invitation: { id: invitation.id, email: invitation.email, role: invitation.role },
      });
      return true;
    });
  }

  private async lockedPending(manager: Tx['manager'], invitationId: string): Promise<DesignInvitation> {
    const invitation = await manager
      .getRepository(DesignInvitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id AND i.accepted_at IS NULL', { id: invitationId })
      .getOne();
    if (!invitation) throw new NotFoundError('Invitation');
    return invitation;
  }

  /** The design's access, with an invisible design reported as the invitation not found. */
  private async visibleOrNotFound(user: AuthenticatedUser, designId: string, tx: Tx): Promise<DesignAccess> {
    try {
      return await this.access.visible(user, designId, { manager: tx.manager, lock: true });
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Invitation');
      throw error;
    }
  }

  /** The lead invites someone by email to take part with `role`. */
  async invite(
    user: AuthenticatedUser,
    designId: string,
    rawEmail: string,
    role: DesignRole,
  ): Promise<InvitationObject> {
    const email = rawEmail.trim().toLowerCase();
    if (!isEmail(email) || email.length > DESIGN_LIMITS.email)
      throw BadUserInputError.of('email', 'must be a valid email address');
    return this.transactions.run(async (tx) => {
      const { manager } = tx;
      const access = await this.access.visible(user, designId, { manager });
      this.access.assertMay(access, 'invite');
      const { token, tokenHash } = newInvitationToken();
      const invitation = await manager.getRepository(DesignInvitation).save({
        designId,
        email,
        role,
        tokenHash,
        invitedById: user.id,
        expiresAt: new Date(Date.now() + DESIGN_INVITATION_TTL_MS),
        acceptedAt: null,
        acceptedById: null,
      });
      await this.signals.emit(tx, {
        type: 'invited',
        invitationId: invitation.id,
        designId,
        email,
        role,
        invitedById: user.id,
        token,
        expiresAt: invitation.expiresAt,
        resent: false,
      });
      return { id: invitation.id, email, role, token, expiresAt: invitation.expiresAt };
    });
  }

  /**
   * The lead takes someone out of the design: they lose sight of it at once (GraphQL and the
   * real-time room alike). Their past contributions and decisions stay in the record and the log.
   */
  async remove(user: AuthenticatedUser, designId: string, userId: string): Promise<DesignAccess> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'removeParticipant');
      if (userId === user.id)
        throw new PreconditionFailedError('A lead cannot remove themself from the design');
      const participants = tx.manager.getRepository(Participant);
      const participant = await participants.findOneBy({ designId, userId });
      if (!participant) throw new NotFoundError('Participant');
      await participants.delete({ designId, userId });
      const removedName = (await this.directory.displayNames(tx.manager, [userId])).get(userId);
      await this.log.append(tx, designId, 'participant.removed', user.id, {
        user: { id: userId, displayName: removedName ?? '' },
        role: participant.role,
      });
      return this.access.visible(user, designId, { manager: tx.manager });
    });
  }

  /** The logged-in user whose email the invitation names joins the design with its role. */
  async accept(user: AuthenticatedUser, token: string): Promise<DesignAccess> {
    if (token.length < 1 || token.length > 200) throw new NotFoundError('Invitation');
    // Read before the transaction: a transaction must never wait for a second pooled connection.
    const organization = await this.organizations.load({}, user.organizationId);
    return this.transactions.run(async (tx) => {
      const invitation = await tx.manager
        .getRepository(DesignInvitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashInvitationToken(token) })
        .getOne();
      if (!invitation || invitation.acceptedAt) throw new NotFoundError('Invitation');
      if (invitation.email !== user.email.toLowerCase()) {
        throw new ForbiddenError('This invitation is for another email address');
      }
      if (invitation.expiresAt.getTime() <= Date.now())
        throw new PreconditionFailedError('Invitation has expired');
      if (!organization || !ROLE_FITS[invitation.role].includes(organization.kind)) {
        throw new ForbiddenError(
          `A member of a ${organization?.kind ?? 'unknown'} organization cannot join as ${invitation.role}`,
        );
      }
      // Lock the design (serializes with every other write to it), then join.
      const design = await tx.manager
        .getRepository(Design)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.id = :id', { id: invitation.designId })
        .getOne();
      if (!design) throw new NotFoundError('Invitation');
      const participants = tx.manager.getRepository(Participant);
      if (await participants.existsBy({ designId: invitation.designId, userId: user.id })) {
        throw new ConflictError('You already take part in this design');
      }
      const participant = await participants.save({
        designId: invitation.designId,
        userId: user.id,
        role: invitation.role,
      });
      await tx.manager
        .getRepository(DesignInvitation)
        .update({ id: invitation.id }, { acceptedAt: new Date(), acceptedById: user.id });
      await this.log.append(tx, invitation.designId, 'participant.joined', user.id, {
        user: { id: user.id, displayName: user.displayName },
        role: participant.role,
        joinedAt: participant.joinedAt.toISOString(),
      });
      const access = await this.access.visible(user, invitation.designId, { manager: tx.manager });
      return access;
    });
  }
}
