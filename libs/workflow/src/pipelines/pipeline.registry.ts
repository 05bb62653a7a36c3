import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { InstitutionPipeline } from './institution-pipeline.entity';
import { DEFAULT_PIPELINE, parsePipeline, PipelineDefinition } from './pipeline.definition';

/** The pipeline an institution uses: its own stored definition, else the default. */
@Injectable()
export class PipelineRegistry {
  async forInstitution(manager: EntityManager, institutionId: string): Promise<PipelineDefinition> {
    const row = await manager.getRepository(InstitutionPipeline).findOneBy({ institutionId });
    return row ? parsePipeline(row.definition) : DEFAULT_PIPELINE;
  }
}
