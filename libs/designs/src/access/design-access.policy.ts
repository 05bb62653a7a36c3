import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';

import { ForbiddenError, NotFoundError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { OrgRole } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { DesignRole, DesignStage } from '../designs.enums';

/** A design as one user may see it, and the role they hold in it (null: institution admin only). */
export interface DesignAccess {
  readonly design: Design;
  readonly role: DesignRole | null;
  readonly user: AuthenticatedUser;
}

/**
 * Who sees what (SPEC "Who sees what"), written once: a design is visible to its participants and
 * to the ADMINs of its institution; anyone else is told `NOT_FOUND`, as for an unknown id.
 */
@Injectable()
export class DesignAccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The design if `user` may see it. With `lock`, the design row stays locked until the caller's
   * transaction ends: every write of a design's content goes through here first, which serializes
   * writers per design (and so the event log's `seq`).
   */
  async visible(
    user: AuthenticatedUser,
    designId: string,
    options: {
      manager?: EntityManager;
      lock?: boolean;
      /** What the caller asked for, named in NOT_FOUND. */ what?: string;
    } = {},
  ): Promise<DesignAccess> {
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager
      .getRepository(Design)
      .createQueryBuilder('d')
      .where('d.id = :designId', { designId });
    if (options.lock) query.setLock('pessimistic_write');
    const design = await query.getOne();
    if (!design) throw new NotFoundError(options.what ?? 'Design');
    const participant = await manager.query(
      `SELECT role FROM design_participants WHERE design_id = $1 AND user_id = $2`,
      [designId, user.id],
    );
    const role = (participant[0]?.role as DesignRole | undefined) ?? null;
    if (!role && !this.isInstitutionAdmin(user, design)) throw new NotFoundError(options.what ?? 'Design');
    return { design, role, user };
  }

  /**
   * A record that belongs to a design (skill, outcome, comment) and its design, visible and
   * locked for a change: unknown and forbidden ids alike answer `NOT_FOUND` naming `what`.
   */
  async lockedRecord<E extends { id: string; designId: string }>(
    manager: EntityManager,
    user: AuthenticatedUser,
    entity: EntityTarget<E>,
    id: string,
    what: string,
  ): Promise<{ record: E; access: DesignAccess }> {
    const repository = manager.getRepository(entity);
    const located = await repository.findOne({
      where: { id } as never,
      select: { id: true, designId: true } as never,
    });
    if (!located) throw new NotFoundError(what);
    const access = await this.visible(user, located.designId, { manager, lock: true, what });
    // Read again under the design's lock: this is the state the change builds on.
    const record = await repository.findOneBy({ id } as never);
    if (!record) throw new NotFoundError(what);
    return { record, access };
  }

  isInstitutionAdmin(user: AuthenticatedUser, design: Pick<Design, 'institutionId'>): boolean {
    return user.orgRole === OrgRole.ADMIN && user.organizationId === design.institutionId;
  }

  /** Refuses (`FORBIDDEN`) unless the user holds one of `roles` in the design. */
  assertRole(access: DesignAccess, roles: readonly DesignRole[], action: string): DesignRole {
    if (!access.role || !roles.includes(access.role)) throw new ForbiddenError(`Your role may not ${action}`);
    return access.role;
  }

  /** Skills, outcomes and the design's fields change only while drafting. */
  assertDrafting(access: DesignAccess): void {
    if (access.design.stage !== DesignStage.DRAFTING) {
      throw new PreconditionFailedError(
        `Content can only change in DRAFTING; this design is in ${access.design.stage}`,
        {
          stage: access.design.stage,
        },
      );
    }
  }

  /** Comments are open in every stage but ARCHIVED. */
  assertCommentsOpen(access: DesignAccess): void {
    if (access.design.stage === DesignStage.ARCHIVED) {
      throw new PreconditionFailedError('This design is archived; comments are closed', {
        stage: access.design.stage,
      });
    }
  }

  /**
   * SQL condition "design `alias` is visible to the user" for list queries, with its parameters.
   * The same rule as {@link visible}, so lists and counts never show more than a lookup would.
   */
  visibilityCondition(
    alias: string,
    user: AuthenticatedUser,
  ): { sql: string; params: Record<string, unknown> } {
    const adminClause = user.orgRole === OrgRole.ADMIN ? ` OR ${alias}.institution_id = :visOrgId` : '';
    return {
      sql: `(EXISTS (SELECT 1 FROM design_participants vp WHERE vp.design_id = ${alias}.id AND vp.user_id = :visUserId)${adminClause})`,
      params: { visUserId: user.id, visOrgId: user.organizationId },
    };
  }
}

/** Roles that may change content, by kind of content. */
export const CAN_EDIT_DESIGN = [DesignRole.LEAD, DesignRole.FACULTY] as const;
export const CAN_EDIT_OUTCOMES = [DesignRole.LEAD, DesignRole.FACULTY] as const;
export const CAN_PROPOSE_SKILLS = [DesignRole.LEAD, DesignRole.FACULTY, DesignRole.EMPLOYER_PARTNER] as const;
export const ALL_ROLES = Object.values(DesignRole);
