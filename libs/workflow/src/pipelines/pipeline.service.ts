import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import {
  DesignAccess,
  DesignAccessPolicy,
  DesignContentReader,
  DesignEventLog,
  DesignStage,
} from '@mc/designs';
import { BadUserInputError, ForbiddenError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { OrganizationKind, OrgRole, UserDirectory } from '@mc/identity';

import { PipelineVersion } from './pipeline-version.entity';
import { PipelineDefinition, stageDefinition, validatePipeline } from './pipeline.definition';
import { PipelineRegistry } from './pipeline.registry';
import { UnitSignOff } from './unit-signoff.entity';

export interface PipelineVersionView {
  version: number;
  definition: PipelineDefinition;
  createdAt: Date | null;
  createdById: string | null;
}

/** Reading and publishing an institution's pipeline (README "The pipeline editor"), and unit sign-offs. */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly registry: PipelineRegistry,
    private readonly users: UserDirectory,
    private readonly content: DesignContentReader,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
  ) {}

  /** Only members of a post-secondary institution have a pipeline. */
  private assertInstitutionMember(kind: OrganizationKind | undefined): void {
    if (kind !== OrganizationKind.POST_SECONDARY)
      throw new ForbiddenError('Only members of a post-secondary institution have an approval pipeline');
  }

  async current(user: AuthenticatedUser, kind: OrganizationKind | undefined): Promise<PipelineDefinition> {
    this.assertInstitutionMember(kind);
    return (await this.registry.newest(this.dataSource.manager, user.organizationId)).pipeline;
  }

  /** Every version, newest first, ending with the default (version 0). */
  async versions(
    user: AuthenticatedUser,
    kind: OrganizationKind | undefined,
  ): Promise<PipelineVersionView[]> {
    this.assertInstitutionMember(kind);
    const rows = await this.dataSource
      .getRepository(PipelineVersion)
      .find({ where: { institutionId: user.organizationId }, order: { version: 'DESC' } });
    const versions = await Promise.all(
      rows.map(async (row) => ({
        version: row.version,
        definition: (await this.registry.version(this.dataSource.manager, row.institutionId, row.version))
          .pipeline,
        createdAt: row.createdAt,
        createdById: row.createdById,
      })),
    );
    const fallback = await this.registry.version(this.dataSource.manager, user.organizationId, 0);
    return [...versions, { version: 0, definition: fallback.pipeline, createdAt: null, createdById: null }];
  }

  /**
   * Publishes a new version: the institution's ADMINs only; validated with the JSON path of every
   * error; refused while a design sits in a stage the new version removes. The same definition as
   * the newest changes nothing.
   */
  async update(
    user: AuthenticatedUser,
    kind: OrganizationKind | undefined,
    value: unknown,
  ): Promise<PipelineDefinition> {
    this.assertInstitutionMember(kind);
    if (user.orgRole !== OrgRole.ADMIN)
      throw new ForbiddenError("Only the institution's ADMINs may change its pipeline");
    const result = validatePipeline(value);
    if (!result.ok) throw new BadUserInputError(result.errors);
    const pipeline = result.pipeline;
    const institutionId = user.organizationId;

    return this.transactions.run(async (tx) => {
      const manager = tx.manager;
      // Signers must be members of this institution.
      const signerPaths = pipeline.stages.flatMap((s, i) =>
        s.units.flatMap((u, k) =>
          u.signers.map((id, n) => ({ id, path: `stages[${i}].units[${k}].signers[${n}]` })),
        ),
      );
      const cards = await this.users.cards(
        manager,
        signerPaths.map((s) => s.id),
      );
      const strangers = signerPaths.filter((s) => cards.get(s.id)?.organizationId !== institutionId);
      if (strangers.length)
        throw new BadUserInputError(
          strangers.map((s) => ({ field: s.path, message: 'not a member of this institution' })),
        );

      // One publisher at a time per institution.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('workflow_pipeline:' || $1))`, [
        institutionId,
      ]);
      const newest = await this.registry.newest(manager, institutionId);
      if (JSON.stringify(newest.pipeline) === JSON.stringify(pipeline)) return newest.pipeline;

      // Any stage the new version lacks (a design on an older version may sit in one the newest lacks).
      const removed = Object.values(DesignStage).filter((stage) => !stageDefinition(pipeline, stage));
      // Only the institution's designs, each of which its ADMIN may see (DesignAccessPolicy).
      const sitting = await this.content.inStages(manager, institutionId, removed);
      if (sitting.length)
        throw new PreconditionFailedError(
          `Designs sit in a stage this version removes: ${[...new Set(sitting.map((d) => d.stage))].join(', ')}`,
          { designs: sitting.map(({ id, title, stage }) => ({ id, title, stage })) },
        );

      await manager.getRepository(PipelineVersion).insert({
        institutionId,
        version: newest.version + 1,
        definition: pipeline,
        createdById: user.id,
      });
      return pipeline;
    });
  }

  /**
   * A service unit signs off a design in a parallel review stage: the design must be visible
   * (`NOT_FOUND`), in a parallel review stage (`PRECONDITION_FAILED`), the unit one of that stage's
   * (`BAD_USER_INPUT`), the caller one of its signers (`FORBIDDEN`). Once per unit per revision.
   */
  async signOff(user: AuthenticatedUser, designId: string, unitKey: string): Promise<DesignAccess> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      const { pipeline } = await this.registry.forDesign(tx.manager, access.design);
      const stage = access.design.stage as DesignStage;
      const definition = stageDefinition(pipeline, stage);
      if (definition?.kind !== 'parallelReview')
        throw new PreconditionFailedError(`A design in ${stage} is not in a parallel review`, { stage });
      const unit = definition.units.find((u) => u.key === unitKey);
      if (!unit)
        throw BadUserInputError.of(
          'unit',
          `not a unit of ${stage}: ${definition.units.map((u) => u.key).join(', ')}`,
        );
      if (!unit.signers.includes(user.id)) throw new ForbiddenError(`You do not sign for ${unit.name}`);
      const revision = access.design.revision;
      const signOffs = tx.manager.getRepository(UnitSignOff);
      const standing = await signOffs.findOneBy({ designId, stage, unit: unit.key, revision });
      if (!standing) {
        await signOffs.insert({ designId, stage, unit: unit.key, revision, userId: user.id });
        await this.log.append(tx, designId, 'unit.signedOff', user.id, {
          stage,
          unit: unit.key,
          name: unit.name,
          revision,
          user: { id: user.id, displayName: user.displayName },
        });
      }
      return this.access.visible(user, designId, { manager: tx.manager });
    });
  }
}
