import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { NotFoundError } from '@mc/errors';
import { UserDirectory } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { DesignRole, DesignStage } from '../designs.enums';
import { toFrameworkRef } from '../dto/design.records';
import { Outcome, OutcomeSkill } from '../outcomes/outcome.entity';
import { Participant } from '../participants/participant.entity';
import { Skill } from '../skills/skill.entity';

import { DesignContent } from './design-content';

/** Reads a design's whole content (for snapshots and exports) through the caller's manager. */
@Injectable()
export class DesignContentReader {
  constructor(private readonly directory: UserDirectory) {}

  async read(manager: EntityManager, designId: string): Promise<DesignContent> {
    const design = await manager.getRepository(Design).findOneBy({ id: designId });
    if (!design) throw new NotFoundError('Design');
    const skills = await manager
      .getRepository(Skill)
      .find({ where: { designId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const outcomes = await manager
      .getRepository(Outcome)
      .find({ where: { designId }, order: { position: 'ASC', id: 'ASC' } });
    const links = outcomes.length
      ? await manager
          .getRepository(OutcomeSkill)
          .createQueryBuilder('os')
          .where('os.outcome_id IN (:...ids)', { ids: outcomes.map((o) => o.id) })
          .getMany()
      : [];
    const people = await this.directory.cards(
      manager,
      skills.map((s) => s.proposedById),
    );
    const institution = await this.directory.organizationNames(manager, [design.institutionId]);
    return {
      id: design.id,
      revision: design.revision,
      stage: design.stage as DesignStage,
      institution: { id: design.institutionId, name: institution.get(design.institutionId) ?? '' },
      fields: {
        title: design.title,
        summary: design.summary,
        sector: design.sector,
        targetLearners: design.targetLearners,
        prerequisites: design.prerequisites,
        hours: design.hours,
        deliveryMode: design.deliveryMode,
        language: design.language,
        assessmentApproach: design.assessmentApproach,
        participationForm: design.participationForm,
        qualityAssurance: design.qualityAssurance,
        creditValue: design.creditValue,
        stackability: design.stackability,
        price: design.price,
        validityPeriod: design.validityPeriod,
        issuerCountry: design.issuerCountry,
        level: design.level,
      },
      skills: skills.map((skill) => {
        const person = people.get(skill.proposedById);
        return {
          id: skill.id,
          name: skill.name,
          description: skill.description,
          priority: skill.priority,
          frameworkRef: toFrameworkRef(skill),
          proposedBy: {
            id: skill.proposedById,
            displayName: person?.displayName ?? '',
            organization: person?.organizationName ?? '',
          },
        };
      }),
      outcomes: outcomes.map((outcome) => ({
        id: outcome.id,
        statement: outcome.statement,
        bloomLevel: outcome.bloomLevel,
        assessmentMethod: outcome.assessmentMethod,
        position: outcome.position,
        skillIds: links
          .filter((link) => link.outcomeId === outcome.id)
          .map((link) => link.skillId)
          .sort(),
      })),
    };
  }

  /** Who takes part, with their organization, read through the caller's manager. */
  async participants(
    manager: EntityManager,
    designId: string,
  ): Promise<
    Array<{
      userId: string;
      role: DesignRole;
      displayName: string;
      organizationId: string;
      organizationName: string;
    }>
  > {
    const rows = await manager
      .getRepository(Participant)
      .find({ where: { designId }, order: { joinedAt: 'ASC' } });
    const cards = await this.directory.cards(
      manager,
      rows.map((row) => row.userId),
    );
    return rows.map((row) => {
      const card = cards.get(row.userId);
      return {
        userId: row.userId,
        role: row.role,
        displayName: card?.displayName ?? '',
        organizationId: card?.organizationId ?? '',
        organizationName: card?.organizationName ?? '',
      };
    });
  }

  /**
   * The stage as committed now, read without waiting for the design's lock (null: no such design),
   * so that a caller can tell whether someone else's move committed while it waited for the lock.
   */
  async currentStage(manager: EntityManager, designId: string): Promise<DesignStage | null> {
    const design = await manager
      .getRepository(Design)
      .findOne({ where: { id: designId }, select: { id: true, stage: true } });
    return design?.stage ?? null;
  }

  /** The institution's designs that sit in one of `stages` (oldest first). */
  async inStages(
    manager: EntityManager,
    institutionId: string,
    stages: readonly DesignStage[],
  ): Promise<Array<{ id: string; title: string; stage: DesignStage }>> {
    if (stages.length === 0) return [];
    return manager.getRepository(Design).find({
      where: { institutionId, stage: In([...stages]) },
      select: { id: true, title: true, stage: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Moves a locked design to `stage` (the workflow decides whether it may). */
  async setStage(manager: EntityManager, designId: string, stage: DesignStage): Promise<void> {
    await manager.getRepository(Design).update({ id: designId }, { stage });
  }
}
