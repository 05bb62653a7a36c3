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

import { Design } from '../designs/design.entity';
import { SkillPriority } from '../designs.enums';

@Entity('skills')
@Check('ck_skills_priority', `"priority" IN ('ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE')`)
export class Skill {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_skills_design_id')
  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20 })
  priority!: SkillPriority;

  /** Outside framework reference (ESCO / O*NET / NOC …); all four null when there is none. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  frameworkName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  frameworkCode!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  frameworkLabel!: string | null;

  @Column({ type: 'text', nullable: true })
  frameworkUrl!: string | null;

  @Column({ type: 'uuid' })
  proposedById!: string;

  /** The proposer's organization at the time, for "skills from employer X". */
  @Column({ type: 'uuid' })
  proposedByOrganizationId!: string;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: UserEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'proposed_by_organization_id' })
  proposedByOrganization?: OrganizationEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
