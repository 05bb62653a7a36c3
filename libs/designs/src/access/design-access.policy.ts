import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';

import { DomainError, ForbiddenError, NotFoundError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { OrgRole } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { CommentTarget, DesignRole, DesignStage } from '../designs.enums';

import { DESIGN_RULES, DesignAction, DesignPermissions, ItemPermissions } from './design-permissions';

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
    let design: Design | undefined;
    let role: DesignRole | null;
    if (options.lock) {
      design = (await query.setLock('pessimistic_write').getOne()) ?? undefined;
      if (!design) throw new NotFoundError(options.what ?? 'Design');
      // A statement of its own once the row is locked, so that it sees a participant change that
      // committed while this one waited for the lock.
      const participant = await manager.query(
        `SELECT role FROM design_participants WHERE design_id = $1 AND user_id = $2`,
        [designId, user.id],
      );
      role = (participant[0]?.role as DesignRole | undefined) ?? null;
    } else {
      // A read: the design and the caller's role in one statement.
      const { entities, raw } = await query
        .leftJoin('design_participants', 'mp', 'mp.design_id = d.id AND mp.user_id = :visUserId', {
          visUserId: user.id,
        })
        .addSelect('mp.role', 'my_role')
        .getRawAndEntities<{ my_role: DesignRole | null }>();
      design = entities[0];
      if (!design) throw new NotFoundError(options.what ?? 'Design');
      role = raw[0]?.my_role ?? null;
    }
    if (!role && !this.isInstitutionAdmin(user, design)) throw new NotFoundError(options.what ?? 'Design');
    return { design, role, user };
  }

  /**
   * The designs among `designIds` that `user` may see, with their role in each, in one statement
   * (the rule of {@link visible}, through {@link visibilityCondition}); the others are left out.
   */
  async visibleAmong(
    user: AuthenticatedUser,
    designIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, DesignAccess>> {
    if (designIds.length === 0) return new Map();
    const visibility = this.visibilityCondition('d', user);
    const { entities, raw } = await manager
      .getRepository(Design)
      .createQueryBuilder('d')
      .leftJoin('design_participants', 'mp', 'mp.design_id = d.id AND mp.user_id = :visUserId')
      .addSelect('mp.role', 'my_role')
      .where('d.id IN (:...designIds)', { designIds: [...new Set(designIds)] })
      .andWhere(visibility.sql, visibility.params)
      .getRawAndEntities<{ d_id: string; my_role: DesignRole | null }>();
    const roles = new Map(raw.map((row) => [row.d_id, row.my_role ?? null]));
    return new Map(
      entities.map((design) => [design.id, { design, role: roles.get(design.id) ?? null, user }]),
    );
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

  /**
   * Why the user may not do `action` in this design now (null: they may), in the order the API
   * answers: role (`FORBIDDEN`) before stage (`PRECONDITION_FAILED`). Every mutation asks this
   * (through {@link assertMay}) and so does `myPermissions`, so the two cannot drift apart.
   */
  refusal(access: AccessFacts, action: DesignAction): DomainError | null {
    const rule = DESIGN_RULES[action];
    if (!access.role || !rule.roles.includes(access.role)) return new ForbiddenError(rule.forbidden);
    const { stage } = access.design;
    if (rule.openIn === 'DRAFTING' && stage !== DesignStage.DRAFTING)
      return new PreconditionFailedError(`Content can only change in DRAFTING; this design is in ${stage}`, {
        stage,
      });
    if (rule.openIn === 'PUBLISHED' && stage !== DesignStage.PUBLISHED)
      return new PreconditionFailedError(rule.closed ?? 'Only a published design', { stage });
    if (rule.openIn === 'NOT_ARCHIVED' && stage === DesignStage.ARCHIVED)
      return new PreconditionFailedError(rule.closed ?? 'This design is archived', { stage });
    return null;
  }

  /** Refuses as {@link refusal} says. */
  assertMay(access: AccessFacts, action: DesignAction): void {
    const refused = this.refusal(access, action);
    if (refused) throw refused;
  }

  /** {@link refusal} for changing or removing one skill: a partner only their own organization's. */
  skillRefusal(access: AccessFacts, skill: { proposedByOrganizationId: string }): DomainError | null {
    const refused = this.refusal(access, 'changeSkill');
    if (refused instanceof ForbiddenError) return refused;
    if (
      access.role === DesignRole.EMPLOYER_PARTNER &&
      skill.proposedByOrganizationId !== access.user.organizationId
    )
      return new ForbiddenError("Partners may change only their own organization's skills");
    return refused;
  }

  assertMayChangeSkill(access: AccessFacts, skill: { proposedByOrganizationId: string }): void {
    const refused = this.skillRefusal(access, skill);
    if (refused) throw refused;
  }

  /**
   * {@link refusal} for accepting or rejecting a suggestion: who may edit its field (a partner only
   * their own organization's skills). Accepting writes the field, so only in DRAFTING; rejecting
   * changes nothing of the record, so in any stage but ARCHIVED.
   */
  suggestionRefusal(
    access: AccessFacts,
    target: { type: CommentTarget; skill?: { proposedByOrganizationId: string } | null },
    decision: 'accept' | 'reject',
  ): DomainError | null {
    const refused =
      target.type === CommentTarget.SKILL
        ? target.skill
          ? this.skillRefusal(access, target.skill)
          : this.refusal(access, 'changeSkill')
        : this.refusal(access, target.type === CommentTarget.DESIGN ? 'editDesign' : 'changeOutcome');
    if (decision === 'accept' || refused instanceof ForbiddenError) return refused;
    const { stage } = access.design;
    return stage === DesignStage.ARCHIVED
      ? new PreconditionFailedError('This design is archived; suggestions are closed', { stage })
      : null;
  }

  /** What the user may do in the design now (`Design.myPermissions`). */
  designPermissions(access: AccessFacts): DesignPermissions {
    const may = (action: DesignAction) => this.refusal(access, action) === null;
    return {
      canEdit: may('editDesign'),
      canProposeSkills: may('proposeSkill'),
      canAddOutcomes: may('addOutcome'),
      canComment: may('comment'),
      canSuggest: may('suggest'),
      canResolveAnyComment: may('resolveAnyComment'),
      canInvite: may('invite'),
      canRemoveParticipants: may('removeParticipant'),
      canRevise: may('reviseDesign'),
    };
  }

  /** What the user may do with one skill now (`Skill.myPermissions`). */
  skillPermissions(access: AccessFacts, skill: { proposedByOrganizationId: string }): ItemPermissions {
    const may = this.skillRefusal(access, skill) === null;
    return { canEdit: may, canRemove: may, canComment: this.refusal(access, 'comment') === null };
  }

  /** What the user may do with one outcome now (`Outcome.myPermissions`). */
  outcomePermissions(access: AccessFacts): ItemPermissions {
    const may = this.refusal(access, 'changeOutcome') === null;
    return { canEdit: may, canRemove: may, canComment: this.refusal(access, 'comment') === null };
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

/** What the permission rules read of a design access: the role, the stage and the user. */
export interface AccessFacts {
  readonly design: Pick<Design, 'stage'>;
  readonly role: DesignRole | null;
  readonly user: Pick<AuthenticatedUser, 'organizationId'>;
}

/** Roles that may edit the design's fields (other libraries ask the same question). */
export const CAN_EDIT_DESIGN = DESIGN_RULES.editDesign.roles;
