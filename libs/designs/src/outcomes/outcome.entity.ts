import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { UserEntity } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { BloomLevel } from '../designs.enums';
import { Skill } from '../skills/skill.entity';

@Entity('outcomes')
@Check(
  'ck_outcomes_bloom_level',
  `"bloom_level" IN ('REMEMBER', 'UNDERSTAND', 'APPLY', 'ANALYZE', 'EVALUATE', 'CREATE')`,
)
@Check('ck_outcomes_position', `"position" > 0`)
export class Outcome {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_outcomes_design_id')
  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 1000 })
  statement!: string;

  @Column({ type: 'varchar', length: 20 })
  bloomLevel!: BloomLevel;

  @Column({ type: 'text', nullable: true })
  assessmentMethod!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The alignment: outcome X covers skill Y (both of the same design, checked on write). */
@Entity('outcome_skills')
export class OutcomeSkill {
  @PrimaryColumn({ type: 'uuid' })
  outcomeId!: string;

  @Index('ix_outcome_skills_skill_id')
  @PrimaryColumn({ type: 'uuid' })
  skillId!: string;

  @ManyToOne(() => Outcome, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: Outcome;

  @ManyToOne(() => Skill, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'skill_id' })
  skill?: Skill;
}
