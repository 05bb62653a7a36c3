import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Tx, TransactionRunner } from '@mc/database';
import { ForbiddenError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { OrganizationKind, OrganizationLoader } from '@mc/identity';

import { DesignAccess, DesignAccessPolicy } from '../access/design-access.policy';
import { DesignRole, DesignStage } from '../designs.enums';
import { DesignEventLog } from '../events/design-event-log';
import { Outcome, OutcomeSkill } from '../outcomes/outcome.entity';
import { Participant } from '../participants/participant.entity';
import { Skill } from '../skills/skill.entity';

import { Design } from './design.entity';

/** The record's own fields, copied as they are (the stage, versions and lineage are the copy's own). */
const COPIED_FIELDS = [
  'title',
  'summary',
  'sector',
  'targetLearners',
  'prerequisites',
  'hours',
  'deliveryMode',
  'language',
  'assessmentApproach',
  'participationForm',
  'qualityAssurance',
  'creditValue',
  'stackability',
  'price',
  'validityPeriod',
  'issuerCountry',
  'level',
] as const satisfies ReadonlyArray<keyof Design>;

type CopyKind = 'DUPLICATE' | 'REVISION';

/**
 * Reuse (README "Reuse"): a design copied into a new draft of the caller's institution
 * (`duplicateDesign`), and a new revision of a published credential (`reviseDesign`). Both copy
 * the record's fields, its skills (framework references included) and its outcomes with their
 * alignment, never comments, decisions, history or pending invitations; a revision keeps its team.
 */
@Injectable()
export class DesignReuseService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly organizations: OrganizationLoader,
  ) {}

  /**
   * A published design (any institution's) or one the caller may see, as a new DRAFTING design of
   * the caller's institution, led by the caller. Other ids, unknown ones included, are NOT_FOUND.
   */
  async duplicate(user: AuthenticatedUser, sourceId: string): Promise<DesignAccess> {
    const organization = await this.organizations.load({}, user.organizationId);
    if (organization?.kind !== OrganizationKind.POST_SECONDARY) {
      throw new ForbiddenError('Only members of a post-secondary institution can start a design');
    }
    return this.transactions.run(async (tx) => {
      const source = await this.readableSource(tx.manager, user, sourceId);
      const copy = await this.copy(tx, user, source, 'DUPLICATE');
      await tx.manager
        .getRepository(Participant)
        .insert({ designId: copy.id, userId: user.id, role: DesignRole.LEAD });
      return { design: copy, role: DesignRole.LEAD, user };
    });
  }

  /**
   * A new revision of a PUBLISHED design, started by its lead: a DRAFTING design of the same
   * institution with the same people in the same roles. The published one stays in the catalog
   * until the revision is published, which supersedes it. One revision at a time.
   */
  async revise(user: AuthenticatedUser, publishedId: string): Promise<DesignAccess> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, publishedId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'reviseDesign');
      const [underway] = (await tx.manager.query(
        `SELECT id, stage FROM designs WHERE revision_of_id = $1 AND stage <> $2 ORDER BY created_at DESC LIMIT 1`,
        [publishedId, DesignStage.ARCHIVED],
      )) as Array<{ id: string; stage: DesignStage }>;
      if (underway?.stage === DesignStage.PUBLISHED) {
        throw new PreconditionFailedError('A newer revision of this design is published; revise that one', {
          designId: underway.id,
        });
      }
      if (underway) {
        throw new PreconditionFailedError('A revision of this design is already under way', {
          designId: underway.id,
        });
      }
      const copy = await this.copy(tx, user, access.design, 'REVISION');
      await tx.manager.query(
        `INSERT INTO design_participants (design_id, user_id, role)
         SELECT $1, user_id, role FROM design_participants WHERE design_id = $2`,
        [copy.id, publishedId],
      );
      return { design: copy, role: DesignRole.LEAD, user };
    });
  }

  /** A PUBLISHED design, else one the caller may see (NOT_FOUND for the rest, unknown ids alike). */
  private async readableSource(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<Design> {
    const published = await manager.getRepository(Design).findOneBy({ id, stage: DesignStage.PUBLISHED });
    return published ?? (await this.access.visible(user, id, { manager })).design;
  }

  /** The new design with the source's fields, skills, outcomes and alignment; its log's first entry. */
  private async copy(tx: Tx, user: AuthenticatedUser, source: Design, kind: CopyKind): Promise<Design> {
    const { manager } = tx;
    const fields = Object.fromEntries(COPIED_FIELDS.map((field) => [field, source[field]]));
    const design = await manager.getRepository(Design).save(
      manager.getRepository(Design).create({
        ...fields,
        institutionId: kind === 'REVISION' ? source.institutionId : user.organizationId,
        createdById: user.id,
        derivedFromId: source.id,
        revisionOfId: kind === 'REVISION' ? source.id : null,
      }),
    );
    // A revision keeps who proposed what (the same team goes on); a copy is the copier's own work.
    const keepAuthors = kind === 'REVISION';
    const skills = await manager
      .getRepository(Skill)
      .find({ where: { designId: source.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const skillIds = new Map<string, string>();
    for (const skill of skills) {
      const saved = await manager.getRepository(Skill).save(
        manager.getRepository(Skill).create({
          designId: design.id,
          name: skill.name,
          description: skill.description,
          priority: skill.priority,
          frameworkName: skill.frameworkName,
          frameworkCode: skill.frameworkCode,
          frameworkLabel: skill.frameworkLabel,
          frameworkUrl: skill.frameworkUrl,
          proposedById: keepAuthors ? skill.proposedById : user.id,
          proposedByOrganizationId: keepAuthors ? skill.proposedByOrganizationId : user.organizationId,
        }),
      );
      skillIds.set(skill.id, saved.id);
    }
    const outcomes = await manager
      .getRepository(Outcome)
      .find({ where: { designId: source.id }, order: { position: 'ASC', id: 'ASC' } });
    const alignment = outcomes.length
      ? await manager
          .getRepository(OutcomeSkill)
          .createQueryBuilder('a')
          .where('a.outcome_id IN (:...ids)', { ids: outcomes.map((outcome) => outcome.id) })
          .getMany()
      : [];
    for (const outcome of outcomes) {
      const saved = await manager.getRepository(Outcome).save(
        manager.getRepository(Outcome).create({
          designId: design.id,
          statement: outcome.statement,
          bloomLevel: outcome.bloomLevel,
          assessmentMethod: outcome.assessmentMethod,
          position: outcome.position,
          createdById: keepAuthors ? outcome.createdById : user.id,
        }),
      );
      const covered = alignment.filter((link) => link.outcomeId === outcome.id);
      if (covered.length) {
        await manager
          .getRepository(OutcomeSkill)
          .insert(covered.map((link) => ({ outcomeId: saved.id, skillId: skillIds.get(link.skillId)! })));
      }
    }
    await this.log.append(tx, design.id, 'design.created', user.id, {
      kind,
      derivedFrom: { id: source.id, title: source.title },
    });
    // The log's append moved last_seq; the answer carries the row as stored.
    return manager.getRepository(Design).findOneByOrFail({ id: design.id });
  }
}
