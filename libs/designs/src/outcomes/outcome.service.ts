import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { TransactionRunner, Tx, versionedUpdate } from '@mc/database';
import { BadUserInputError, ConflictError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { AddOutcomeInput, UpdateOutcomeInput } from '../dto/design.inputs';
import { outcomeRecord } from '../dto/design.records';
import { DesignEventLog } from '../events/design-event-log';
import { changedBySince, conflictMessage, fieldsChangedSince } from '../events/field-merge';
import { Skill } from '../skills/skill.entity';

import { Outcome, OutcomeSkill } from './outcome.entity';

@Injectable()
export class OutcomeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
  ) {}

  async add(user: AuthenticatedUser, designId: string, input: AddOutcomeInput): Promise<Outcome> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'addOutcome');
      const skillIds = await this.skillsOfDesign(tx.manager, designId, input.skillIds ?? []);
      const [{ next }] = (await tx.manager.query(
        `SELECT COALESCE(MAX(position), 0) + 1 AS next FROM outcomes WHERE design_id = $1`,
        [designId],
      )) as [{ next: number }];
      const repository = tx.manager.getRepository(Outcome);
      const outcome = await repository.save(
        repository.create({
          designId,
          statement: input.statement,
          bloomLevel: input.bloomLevel,
          assessmentMethod: input.assessmentMethod ?? null,
          position: Number(next),
          createdById: user.id,
        }),
      );
      await this.link(tx.manager, outcome.id, skillIds);
      await this.log.append(tx, designId, 'outcome.added', user.id, outcomeRecord(outcome, skillIds));
      return outcome;
    });
  }

  async update(user: AuthenticatedUser, outcomeId: string, input: UpdateOutcomeInput): Promise<Outcome> {
    return this.transactions.run((tx) => this.applyUpdate(tx, user, outcomeId, input));
  }

  /**
   * `updateOutcome` inside the caller's transaction: the one path that writes an outcome, for
   * GraphQL and for an accepted suggestion alike (`credit` adds who the words came from). A stale
   * `expectedVersion` still succeeds when nobody else changed a field it sets since that version.
   */
  async applyUpdate(
    tx: Tx,
    user: AuthenticatedUser,
    outcomeId: string,
    input: UpdateOutcomeInput,
    credit: Record<string, unknown> = {},
  ): Promise<Outcome> {
    const outcome = await this.editable(tx, user, outcomeId);
    const currentSkillIds = await this.linkedSkillIds(tx.manager, outcomeId);
    const skillIds =
      input.skillIds === undefined || input.skillIds === null
        ? currentSkillIds
        : await this.skillsOfDesign(tx.manager, outcome.designId, input.skillIds);

    const changes: Partial<Outcome> = {};
    if (input.statement !== undefined) changes.statement = input.statement;
    if (input.bloomLevel !== undefined) changes.bloomLevel = input.bloomLevel;
    if (input.assessmentMethod !== undefined) changes.assessmentMethod = input.assessmentMethod ?? null;
    const changed = (['statement', 'bloomLevel', 'assessmentMethod'] as const).filter(
      (key) => key in changes && changes[key] !== outcome[key],
    ) as string[];
    if (!sameSet(skillIds, currentSkillIds)) changed.push('skillIds');
    if (input.position !== undefined && input.position !== outcome.position) changed.push('position');
    const lost = await fieldsChangedSince(
      tx.manager,
      { designId: outcome.designId, type: 'outcome.updated', id: outcome.id, version: outcome.version },
      input.expectedVersion,
      changed,
      user.id,
    );
    if (lost.length || input.expectedVersion > outcome.version)
      throw new ConflictError(conflictMessage('outcome', lost), outcomeRecord(outcome, currentSkillIds), {
        changedBy: await changedBySince(
          tx.manager,
          { designId: outcome.designId, type: 'outcome.updated', id: outcome.id },
          input.expectedVersion,
          user.id,
        ),
      });
    if (!(await versionedUpdate(tx.manager, Outcome, outcomeId, outcome.version, changes))) {
      throw new ConflictError(
        'The outcome changed since you loaded it',
        outcomeRecord(outcome, currentSkillIds),
      );
    }
    if (input.skillIds !== undefined && input.skillIds !== null) {
      await tx.manager.getRepository(OutcomeSkill).delete({ outcomeId });
      await this.link(tx.manager, outcomeId, skillIds);
    }
    if (input.position !== undefined) await this.move(tx.manager, outcome, input.position);
    const updated = await tx.manager.getRepository(Outcome).findOneByOrFail({ id: outcomeId });
    await this.log.append(tx, outcome.designId, 'outcome.updated', user.id, {
      ...outcomeRecord(updated, skillIds),
      changed,
      ...credit,
    });
    return updated;
  }

  async remove(user: AuthenticatedUser, outcomeId: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const outcome = await this.editable(tx, user, outcomeId);
      await tx.manager.getRepository(Outcome).delete({ id: outcomeId });
      await tx.manager.query(
        `UPDATE outcomes SET position = position - 1 WHERE design_id = $1 AND position > $2`,
        [outcome.designId, outcome.position],
      );
      await this.log.append(tx, outcome.designId, 'outcome.removed', user.id, { id: outcome.id });
      return true;
    });
  }

  private async editable(tx: Tx, user: AuthenticatedUser, outcomeId: string): Promise<Outcome> {
    const { record: outcome, access } = await this.access.lockedRecord(
      tx.manager,
      user,
      Outcome,
      outcomeId,
      'Outcome',
    );
    this.access.assertMay(access, 'changeOutcome');
    return outcome;
  }

  /** The given skill ids, de-duplicated, if every one is a skill of this design. */
  private async skillsOfDesign(
    manager: EntityManager,
    designId: string,
    ids: readonly string[],
  ): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return [];
    const found = await manager
      .getRepository(Skill)
      .find({ where: { id: In(unique), designId }, select: { id: true } });
    if (found.length !== unique.length) {
      throw BadUserInputError.of('input.skillIds', 'must all be skills of this design');
    }
    return unique;
  }

  private async link(manager: EntityManager, outcomeId: string, skillIds: readonly string[]): Promise<void> {
    if (skillIds.length)
      await manager.getRepository(OutcomeSkill).insert(skillIds.map((skillId) => ({ outcomeId, skillId })));
  }

  private async linkedSkillIds(manager: EntityManager, outcomeId: string): Promise<string[]> {
    const links = await manager.getRepository(OutcomeSkill).findBy({ outcomeId });
    return links.map((link) => link.skillId);
  }

  /** Moves an outcome to `target` (clamped to 1…n), shifting the others to keep 1…n dense. */
  private async move(manager: EntityManager, outcome: Outcome, target: number): Promise<void> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM outcomes WHERE design_id = $1`,
      [outcome.designId],
    )) as [{ count: number }];
    const to = Math.min(Math.max(1, target), count);
    const from = outcome.position;
    if (to === from) return;
    if (to < from) {
      await manager.query(
        `UPDATE outcomes SET position = position + 1 WHERE design_id = $1 AND position >= $2 AND position < $3`,
        [outcome.designId, to, from],
      );
    } else {
      await manager.query(
        `UPDATE outcomes SET position = position - 1 WHERE design_id = $1 AND position > $2 AND position <= $3`,
        [outcome.designId, from, to],
      );
    }
    await manager.query(`UPDATE outcomes SET position = $2 WHERE id = $1`, [outcome.id, to]);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map((id) => id.toLowerCase()));
  return (
    left.size === new Set(b.map((id) => id.toLowerCase())).size && b.every((id) => left.has(id.toLowerCase()))
  );
}
