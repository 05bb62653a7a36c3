import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { DesignPipelinePin, PipelineVersion } from './pipeline-version.entity';
import { DEFAULT_PIPELINE, parsePipeline, PipelineDefinition } from './pipeline.definition';

/** A pipeline and its version number (0: the default, which every institution starts on). */
export interface VersionedPipeline {
  version: number;
  pipeline: PipelineDefinition;
}

/** What the registry needs to know of a design to find the pipeline version it runs on. */
export interface DesignPipelineKey {
  id: string;
  institutionId: string;
  createdAt: Date;
}

const DEFAULT: VersionedPipeline = { version: 0, pipeline: DEFAULT_PIPELINE };

/**
 * The pipelines institutions use (README "Versioned pipelines"). A design runs on the version it
 * entered its current stage with (`workflow_design_pipelines`, written at every transition); a
 * design that never moved runs on the version that was the newest when it was created.
 */
@Injectable()
export class PipelineRegistry {
  private readonly parsed = new Map<string, PipelineDefinition>();

  private parse(institutionId: string, version: number, definition: unknown): PipelineDefinition {
    const key = `${institutionId}:${version}`;
    let pipeline = this.parsed.get(key);
    if (!pipeline) {
      pipeline = parsePipeline(definition);
      if (this.parsed.size > 1_000) this.parsed.clear();
      this.parsed.set(key, pipeline);
    }
    return pipeline;
  }

  /** The institution's newest version (what a design moves to at its next transition). */
  async newest(manager: EntityManager, institutionId: string): Promise<VersionedPipeline> {
    const row = await manager
      .getRepository(PipelineVersion)
      .findOne({ where: { institutionId }, order: { version: 'DESC' } });
    return row
      ? { version: row.version, pipeline: this.parse(institutionId, row.version, row.definition) }
      : DEFAULT;
  }

  async version(manager: EntityManager, institutionId: string, version: number): Promise<VersionedPipeline> {
    if (version === 0) return DEFAULT;
    const row = await manager.getRepository(PipelineVersion).findOneByOrFail({ institutionId, version });
    return { version, pipeline: this.parse(institutionId, version, row.definition) };
  }

  /** The version each design runs on, in the order asked (one query). */
  async forDesigns(
    manager: EntityManager,
    designs: readonly DesignPipelineKey[],
  ): Promise<VersionedPipeline[]> {
    if (designs.length === 0) return [];
    const rows: Array<{ design_id: string; version: number | null; definition: unknown }> =
      await manager.query(
        `SELECT k.design_id, v.version, v.definition
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS k(design_id, institution_id, created_at)
         LEFT JOIN workflow_design_pipelines p ON p.design_id = k.design_id
         LEFT JOIN LATERAL (
           SELECT version, definition FROM workflow_pipeline_versions v
            WHERE v.institution_id = k.institution_id
              AND CASE WHEN p.version IS NOT NULL THEN v.version = p.version ELSE v.created_at <= k.created_at END
            ORDER BY v.version DESC LIMIT 1
         ) v ON true`,
        [designs.map((d) => d.id), designs.map((d) => d.institutionId), designs.map((d) => d.createdAt)],
      );
    const byId = new Map(rows.map((r) => [r.design_id, r]));
    return designs.map((d) => {
      const row = byId.get(d.id);
      return row?.version
        ? { version: row.version, pipeline: this.parse(d.institutionId, row.version, row.definition) }
        : DEFAULT;
    });
  }

  async forDesign(manager: EntityManager, design: DesignPipelineKey): Promise<VersionedPipeline> {
    const [found] = await this.forDesigns(manager, [design]);
    return found ?? DEFAULT;
  }

  /** Records that the design entered its current stage with `version`. */
  async pin(manager: EntityManager, designId: string, version: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DesignPipelinePin)
      .values({ designId, version })
      .orUpdate(['version', 'updated_at'], ['design_id'])
      .execute();
  }
}
