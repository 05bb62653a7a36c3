import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { OrganizationEntity, UserEntity } from '@mc/identity';

import { DeliveryMode, DesignStage } from '../designs.enums';

@Entity('designs')
@Check(
  'ck_designs_stage',
  `"stage" IN ('DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED')`,
)
@Check('ck_designs_delivery_mode', `"delivery_mode" IN ('ONLINE', 'IN_PERSON', 'HYBRID')`)
@Check('ck_designs_hours', `"hours" > 0`)
@Check('ck_designs_issuer_country', `"issuer_country" ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'`)
@Check(
  'ck_designs_level',
  `"level" = 'not applicable' OR "level" ~ '^[A-Za-z][A-Za-z0-9-]{0,19} [A-Za-z0-9][A-Za-z0-9.+-]{0,9}$'`,
)
@Check('ck_designs_revision_is_derived', `"revision_of_id" IS NULL OR "revision_of_id" = "derived_from_id"`)
@Index('ix_designs_created_at_id', ['createdAt', 'id'])
export class Design {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The post-secondary institution that owns the design. */
  @Index('ix_designs_institution_id')
  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sector!: string | null;

  @Column({ type: 'text', nullable: true })
  targetLearners!: string | null;

  @Column({ type: 'text', nullable: true })
  prerequisites!: string | null;

  @Column({ type: 'double precision', nullable: true })
  hours!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  deliveryMode!: DeliveryMode | null;

  @Column({ type: 'varchar', length: 35, nullable: true })
  language!: string | null;

  @Column({ type: 'text', nullable: true })
  assessmentApproach!: string | null;

  @Column({ type: 'text', nullable: true })
  participationForm!: string | null;

  @Column({ type: 'text', nullable: true })
  qualityAssurance!: string | null;

  @Column({ type: 'double precision', nullable: true })
  creditValue!: number | null;

  @Column({ type: 'text', nullable: true })
  stackability!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  price!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  validityPeriod!: string | null;

  /** ISO 3166-1 alpha-2 or ISO 3166-2 code of the awarding body's country or region: "CA", "CA-BC". */
  @Column({ type: 'varchar', length: 6, nullable: true })
  issuerCountry!: string | null;

  /** "<framework> <level>" ("EQF 5", "BCQF 3"), or "not applicable" (see `DESIGN_LEVEL_NOT_APPLICABLE`). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  level!: string | null;

  @Column({ type: 'varchar', length: 20, default: DesignStage.DRAFTING })
  stage!: DesignStage;

  /** Grows with every content change (fields, skills, outcomes). */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /** Optimistic-concurrency version of the design's own fields. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Sequence number of the newest entry of this design's event log. */
  @Column({ type: 'integer', default: 0 })
  lastSeq!: number;

  /** The design this one was copied from (`duplicateDesign`, or the published one a revision revises). */
  @Index('ix_designs_derived_from_id')
  @Column({ type: 'uuid', nullable: true })
  derivedFromId!: string | null;

  @ManyToOne(() => Design, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'derived_from_id', foreignKeyConstraintName: 'fk_designs_derived_from' })
  derivedFrom?: Design | null;

  /** Set on a revision only: publishing it supersedes the design it revises in the catalog. */
  @Index('ix_designs_revision_of_id')
  @Column({ type: 'uuid', nullable: true })
  revisionOfId!: string | null;

  @ManyToOne(() => Design, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'revision_of_id', foreignKeyConstraintName: 'fk_designs_revision_of' })
  revisionOf?: Design | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
