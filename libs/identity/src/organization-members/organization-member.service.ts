import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { EntityManager, Repository } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '@mc/errors';

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganizationObject, toUserObject, UserObject } from '../dto/identity.objects';
import { OrgRole } from '../identity.enums';
import { Organization } from '../organizations/organization.entity';
import { OrganizationLoader } from '../organizations/organization.loader';
import { SessionService } from '../sessions/session.service';
import { User } from '../users/user.entity';

import { MemberSignals } from './member-signals';

/**
 * An organization admin lists, re-roles and deactivates the members of their own organization.
 * Every change keeps at least one active ADMIN; another organization's user is NOT_FOUND.
 */
@Injectable()
export class OrganizationMemberService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly signals: MemberSignals,
    private readonly sessions: SessionService,
    private readonly organizations: OrganizationLoader,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async list(admin: AuthenticatedUser): Promise<UserObject[]> {
    assertAdmin(admin);
    const users = await this.users.find({
      where: { organizationId: admin.organizationId },
      order: { displayName: 'ASC', createdAt: 'ASC' },
    });
    // Every member is of the admin's organization: read once, if the query asks for it.
    const organization = this.organizationOf(admin);
    return users.map((member) => toUserObject(member, organization));
  }

  async updateRole(admin: AuthenticatedUser, userId: string, orgRole: OrgRole): Promise<UserObject> {
    assertAdmin(admin);
    return this.transactions.run(async ({ manager }) => {
      const member = await lockedMember(manager, admin.organizationId, userId);
      if (member.orgRole === orgRole) return toUserObject(member, this.organizationOf(admin));
      if (member.orgRole === OrgRole.ADMIN && member.active) {
        await assertAnotherActiveAdmin(manager, member);
      }
      await manager.getRepository(User).update({ id: member.id }, { orgRole });
      return toUserObject({ ...member, orgRole }, this.organizationOf(admin));
    });
  }

  async deactivate(admin: AuthenticatedUser, userId: string): Promise<UserObject> {
    assertAdmin(admin);
    return this.transactions.run(async (tx) => {
      const { manager, afterCommit } = tx;
      const member = await lockedMember(manager, admin.organizationId, userId);
      if (!member.active) return toUserObject(member, this.organizationOf(admin));
      if (member.orgRole === OrgRole.ADMIN) await assertAnotherActiveAdmin(manager, member);
      await manager.getRepository(User).update({ id: member.id }, { active: false });
      // Every session ends with the account (a later reactivation would not revive old tokens);
      // after commit, every channel closes what the user has open (SessionSignals).
      await this.sessions.endAllSessions(member.id, null, tx);
      afterCommit(() => this.signals.deactivated(member.id));
      return toUserObject({ ...member, active: false }, this.organizationOf(admin));
    });
  }

  /** The admin's organization (that of every member they manage), read when first asked for. */
  private organizationOf(admin: AuthenticatedUser): () => Promise<OrganizationObject> {
    let read: Promise<OrganizationObject> | undefined;
    return () => (read ??= this.organizations.object({}, admin.organizationId));
  }
}

function assertAdmin(user: AuthenticatedUser): void {
  if (user.orgRole !== OrgRole.ADMIN) throw new ForbiddenError('Only organization admins manage members');
}

/**
 * The member, with their organization's row locked: concurrent changes to one organization's
 * members queue, so two admins demoting each other at once cannot leave it without one.
 */
async function lockedMember(manager: EntityManager, organizationId: string, userId: string): Promise<User> {
  if (!isUUID(userId)) throw new NotFoundError('User');
  await manager
    .getRepository(Organization)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :organizationId', { organizationId })
    .getOne();
  const member = await manager.getRepository(User).findOneBy({ id: userId, organizationId });
  if (!member) throw new NotFoundError('User');
  return member;
}

async function assertAnotherActiveAdmin(manager: EntityManager, member: User): Promise<void> {
  const others = await manager
    .getRepository(User)
    .createQueryBuilder('u')
    .where('u.organization_id = :organizationId', { organizationId: member.organizationId })
    .andWhere('u.org_role = :admin', { admin: OrgRole.ADMIN })
    .andWhere('u.active')
    .andWhere('u.id <> :id', { id: member.id })
    .getCount();
  if (others === 0) throw new PreconditionFailedError('The organization must keep an active admin');
}
