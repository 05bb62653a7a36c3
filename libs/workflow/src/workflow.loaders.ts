import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PerRequestLoader } from '@mc/database';

import { Decision } from './decisions/decision.entity';
import { DesignPipelineKey, PipelineRegistry, VersionedPipeline } from './pipelines/pipeline.registry';
import { Snapshot } from './snapshots/snapshot.entity';

function groupBy<T extends { designId: string }>(rows: readonly T[], designIds: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(designIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.designId)?.push(row);
  return designIds.map((id) => groups.get(id) ?? []);
}

/** A design's pipeline key as a loader key (the loader caches by primitive keys). */
export function designKey(design: DesignPipelineKey): string {
  return `${design.id}|${design.institutionId}|${design.createdAt.toISOString()}`;
}

function parseDesignKey(key: string): DesignPipelineKey {
  const [id = '', institutionId = '', createdAt = ''] = key.split('|');
  return { id, institutionId, createdAt: new Date(createdAt) };
}

/** Batched `Design.decisions`, `Design.snapshots` and pipelines (one query each per request). */
@Injectable()
export class WorkflowLoaders {
  readonly decisionsByDesign;
  readonly snapshotsByDesign;
  readonly pipelineByDesign;

  constructor(dataSource: DataSource, pipelines: PipelineRegistry) {
    this.pipelineByDesign = new PerRequestLoader<string, VersionedPipeline>((keys) =>
      pipelines.forDesigns(dataSource.manager, keys.map(parseDesignKey)),
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
