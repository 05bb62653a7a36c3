import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { InstitutionPipeline } from './institution-pipeline.entity';
import { DEFAULT_PIPELINE, parsePipeline, PipelineDefinition } from './pipeline.definition';

/** The pipeline an institution uses: its own stored definition, else the default. */
@Injectable()
export class PipelineRegistry {
  async forInstitution(manager: EntityManager, institutionId: string): Promise<PipelineDefinition> {
    const row = await manager.getRepository(InstitutionPipeline).findOneBy({ institutionId });
    return row ? parsePipeline(row.definition) : DEFAULT_PIPELINE;
  }

  /** The pipelines of several institutions in one query, in the order asked. */
  async forInstitutions(
    manager: EntityManager,
    institutionIds: readonly string[],
  ): Promise<PipelineDefinition[]> {
    const rows = await manager
      .getRepository(InstitutionPipeline)
      .findBy({ institutionId: In([...institutionIds]) });
    const byId = new Map(rows.map((row) => [row.institutionId, parsePipeline(row.definition)]));
    return institutionIds.map((id) => byId.get(id) ?? DEFAULT_PIPELINE);
  }
}
