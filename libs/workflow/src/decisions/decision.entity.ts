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

import { DesignEntity } from '@mc/designs';
import { UserEntity } from '@mc/identity';

export enum DecisionKind {
  ENDORSE = 'ENDORSE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}

/** A person's standing decision on one revision of a design; a new one replaces it. */
@Entity('design_decisions')
@Check('ck_design_decisions_kind', `"kind" IN ('ENDORSE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'ABSTAIN')`)
@Index('ux_design_decisions_design_user_revision', ['designId', 'userId', 'revision'], { unique: true })
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: DecisionKind;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
