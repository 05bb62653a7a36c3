import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PerRequestLoader } from '@mc/database';

import { Decision } from './decisions/decision.entity';
import type { PipelineDefinition } from './pipelines/pipeline.definition';
import { PipelineRegistry } from './pipelines/pipeline.registry';
import { Snapshot } from './snapshots/snapshot.entity';

function groupBy<T extends { designId: string }>(rows: readonly T[], designIds: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(designIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.designId)?.push(row);
  return designIds.map((id) => groups.get(id) ?? []);
}

/** Batched `Design.decisions`, `Design.snapshots` and pipelines (one query each per request). */
@Injectable()
export class WorkflowLoaders {
  readonly decisionsByDesign;
  readonly snapshotsByDesign;
  readonly pipelineByInstitution;

  constructor(dataSource: DataSource, pipelines: PipelineRegistry) {
    this.pipelineByInstitution = new PerRequestLoader<string, PipelineDefinition>((institutionIds) =>
      pipelines.forInstitutions(dataSource.manager, institutionIds),
    );
    this.decisionsByDesign = new PerRequestLoader<string, Decision[]>(async (designIds) =>
      groupBy(
        await dataSource.getRepository(Decision).find({
          where: { designId: In([...designIds]) },
          order: { revision: 'ASC', updatedAt: 'ASC' },
        }),
        designIds,
      ),
    );
    this.snapshotsByDesign = new PerRequestLoader<string, Snapshot[]>(async (designIds) =>
      groupBy(
        await dataSource.getRepository(Snapshot).find({
          where: { designId: In([...designIds]) },
          select: { id: true, designId: true, revision: true, stage: true, takenAt: true },
          order: { takenAt: 'ASC' },
        }),
        designIds,
      ),
    );
  }
}
