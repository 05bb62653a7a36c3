import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DESIGN_RULES } from '../access/design-permissions';
import { CommentTarget, DesignRole } from '../designs.enums';
import { Participant } from '../participants/participant.entity';
import { Skill } from '../skills/skill.entity';

import { Design } from './design.entity';

/**
 * Facts about a design that other libraries need to write about it (notifications), read in the
 * caller's transaction, with no access rule: callers act on the server's behalf, never a user's.
 */
@Injectable()
export class DesignDirectory {
  /** The design's title, or null for an unknown id. */
  async title(manager: EntityManager, designId: string): Promise<string | null> {
    const design = await manager
      .getRepository(Design)
      .findOne({ where: { id: designId }, select: { id: true, title: true } });
    return design?.title ?? null;
  }

  /**
   * Who may edit a text field of the design (DESIGN), of one of its skills (SKILL: a partner only
   * their own organization's) or outcomes (OUTCOME), by their role in it: the people a suggestion
   * for that field is for. The same rules as `DesignAccessPolicy` (read from `DESIGN_RULES`).
   */
  async fieldEditorIds(
    manager: EntityManager,
    designId: string,
    target: { type: CommentTarget; id: string },
  ): Promise<string[]> {
    const action =
      target.type === CommentTarget.DESIGN
        ? 'editDesign'
        : target.type === CommentTarget.SKILL
          ? 'changeSkill'
          : 'changeOutcome';
    const rows = (await manager.query(
      `SELECT p.user_id, p.role, u.organization_id
         FROM design_participants p JOIN users u ON u.id = p.user_id
        WHERE p.design_id = $1 AND p.role = ANY($2::text[])`,
      [designId, [...DESIGN_RULES[action].roles]],
    )) as Array<{ user_id: string; role: DesignRole; organization_id: string }>;
    let owner: string | null = null;
    if (target.type === CommentTarget.SKILL) {
      const skill = await manager.getRepository(Skill).findOne({
        where: { id: target.id, designId },
        select: { id: true, proposedByOrganizationId: true },
      });
      owner = skill?.proposedByOrganizationId ?? null;
    }
    return rows
      .filter((row) => row.role !== DesignRole.EMPLOYER_PARTNER || row.organization_id === owner)
      .map((row) => row.user_id);
  }

  /** Everyone who takes part in the design, with their role. */
  async participantRoles(
    manager: EntityManager,
    designId: string,
  ): Promise<Array<{ userId: string; role: DesignRole }>> {
    const participants = await manager
      .getRepository(Participant)
      .find({ where: { designId }, select: { userId: true, role: true } });
    return participants.map((p) => ({ userId: p.userId, role: p.role }));
  }

  /** The ids of everyone who takes part in the design. */
  async participantIds(manager: EntityManager, designId: string): Promise<string[]> {
    const participants = await manager
      .getRepository(Participant)
      .find({ where: { designId }, select: { userId: true } });
    return participants.map((p) => p.userId);
  }
}
