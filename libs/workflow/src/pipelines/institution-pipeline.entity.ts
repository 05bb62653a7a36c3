import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { OrganizationEntity } from '@mc/identity';

/** An institution's own approval pipeline (JSON, validated on read); without a row: the default. */
@Entity('workflow_pipelines')
export class InstitutionPipeline {
  @PrimaryColumn({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: OrganizationEntity;
}
