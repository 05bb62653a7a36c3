import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { DesignEntity } from '@mc/designs';
import { OrganizationEntity, UserEntity } from '@mc/identity';

/** One version of an institution's own approval pipeline (JSON, validated before it is stored). */
@Entity('workflow_pipeline_versions')
@Check('ck_workflow_pipeline_versions_version', `"version" >= 1`)
export class PipelineVersion {
  @PrimaryColumn({ type: 'uuid' })
  institutionId!: string;

  /** 1, 2, …; version 0 is the default pipeline (no row). */
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;
}

/** The pipeline version a design entered its current stage with (no row: the newest at its creation). */
@Entity('workflow_design_pipelines')
export class DesignPipelinePin {
  @PrimaryColumn({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;
}
