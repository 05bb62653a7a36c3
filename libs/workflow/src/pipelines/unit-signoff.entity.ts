import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { DesignEntity } from '@mc/designs';
import { UserEntity } from '@mc/identity';

/** A service unit's sign-off of a design in a parallel review stage, on one revision. */
@Entity('design_unit_signoffs')
@Index('ux_design_unit_signoffs_design_stage_unit_revision', ['designId', 'stage', 'unit', 'revision'], {
  unique: true,
})
export class UnitSignOff {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 20 })
  stage!: string;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
