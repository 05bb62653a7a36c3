import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { UserEntity } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { DesignRole } from '../designs.enums';

/** A user's one role in one design. */
@Entity('design_participants')
@Check(
  'ck_design_participants_role',
  `"role" IN ('LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER')`,
)
export class Participant {
  @PrimaryColumn({ type: 'uuid' })
  designId!: string;

  @Index('ix_design_participants_user_id')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: DesignRole;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
