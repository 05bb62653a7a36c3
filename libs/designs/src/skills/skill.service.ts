import { Injectable } from '@nestjs/common';

import { TransactionRunner, Tx, versionedUpdate } from '@mc/database';
import { ConflictError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { DesignAccess, DesignAccessPolicy } from '../access/design-access.policy';
import { FrameworkRefInput, ProposeSkillInput, UpdateSkillInput } from '../dto/design.inputs';
import { skillRecord } from '../dto/design.records';
import { DesignEventLog } from '../events/design-event-log';
import { changedBySince, conflictMessage, fieldsChangedSince } from '../events/field-merge';

import { Skill } from './skill.entity';

@Injectable()
export class SkillService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
  ) {}

  async propose(user: AuthenticatedUser, designId: string, input: ProposeSkillInput): Promise<Skill> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'proposeSkill');
      const repository = tx.manager.getRepository(Skill);
      const skill = await repository.save(
        repository.create({
          designId,
          name: input.name,
          description: input.description ?? null,
          priority: input.priority,
          ...frameworkColumns(input.frameworkRef ?? null),
          proposedById: user.id,
          proposedByOrganizationId: user.organizationId,
        }),
      );
      await this.log.append(tx, designId, 'skill.proposed', user.id, skillRecord(skill));
      return skill;
    });
  }

  async update(user: AuthenticatedUser, skillId: string, input: UpdateSkillInput): Promise<Skill> {
    return this.transactions.run((tx) => this.applyUpdate(tx, user, skillId, input));
  }

  /**
   * `updateSkill` inside the caller's transaction: the one path that writes a skill, for GraphQL and
   * for an accepted suggestion alike (`credit` adds who the words came from). A stale
   * `expectedVersion` still succeeds when nobody else changed a field it sets since that version.
   */
  async applyUpdate(
    tx: Tx,
    user: AuthenticatedUser,
    skillId: string,
    input: UpdateSkillInput,
    credit: Record<string, unknown> = {},
  ): Promise<Skill> {
    const { skill } = await this.editable(tx, user, skillId);
    const changes: Partial<Skill> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description ?? null;
    if (input.priority !== undefined) changes.priority = input.priority;
    if (input.frameworkRef !== undefined) Object.assign(changes, frameworkColumns(input.frameworkRef));
    const changed = changedFields(skill, changes);
    const lost = await fieldsChangedSince(
      tx.manager,
      { designId: skill.designId, type: 'skill.updated', id: skill.id, version: skill.version },
      input.expectedVersion,
      changed,
      user.id,
    );
    if (lost.length || input.expectedVersion > skill.version)
      throw new ConflictError(conflictMessage('skill', lost), skillRecord(skill), {
        changedBy: await changedBySince(
          tx.manager,
          { designId: skill.designId, type: 'skill.updated', id: skill.id },
          input.expectedVersion,
          user.id,
        ),
      });
    if (!(await versionedUpdate(tx.manager, Skill, skillId, skill.version, changes)))
      throw new ConflictError('The skill changed since you loaded it', skillRecord(skill));
    const updated = await tx.manager.getRepository(Skill).findOneByOrFail({ id: skillId });
    await this.log.append(tx, skill.designId, 'skill.updated', user.id, {
      ...skillRecord(updated),
      changed,
      ...credit,
    });
    return updated;
  }

  /** Removes a skill; every outcome that covered it stops covering it. */
  async remove(user: AuthenticatedUser, skillId: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const { skill } = await this.editable(tx, user, skillId);
      await tx.manager.getRepository(Skill).delete({ id: skillId });
      await this.log.append(tx, skill.designId, 'skill.removed', user.id, { id: skill.id, name: skill.name });
      return true;
    });
  }

  /** Loads a skill for a change: visible design (locked), a role that may edit it, drafting stage. */
  private async editable(
    tx: Tx,
    user: AuthenticatedUser,
    skillId: string,
  ): Promise<{ skill: Skill; access: DesignAccess }> {
    const { record: skill, access } = await this.access.lockedRecord(
      tx.manager,
      user,
      Skill,
      skillId,
      'Skill',
    );
    this.access.assertMayChangeSkill(access, skill);
    return { skill, access };
  }
}

function frameworkColumns(
  ref: FrameworkRefInput | null,
): Pick<Skill, 'frameworkName' | 'frameworkCode' | 'frameworkLabel' | 'frameworkUrl'> {
  return {
    frameworkName: ref?.framework ?? null,
    frameworkCode: ref?.code ?? null,
    frameworkLabel: ref?.label ?? null,
    frameworkUrl: ref?.url ?? null,
  };
}

/** The GraphQL fields of a skill that `changes` would change (its framework columns are `frameworkRef`). */
function changedFields(skill: Skill, changes: Partial<Skill>): string[] {
  const differs = (key: keyof Skill) => key in changes && changes[key] !== skill[key];
  const changed = (['name', 'description', 'priority'] as const).filter(differs);
  const framework = (['frameworkName', 'frameworkCode', 'frameworkLabel', 'frameworkUrl'] as const).some(
    differs,
  );
  return framework ? [...changed, 'frameworkRef'] : changed;
}
