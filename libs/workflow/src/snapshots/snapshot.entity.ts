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
import type { DesignContent } from '@mc/designs';
import { UserEntity } from '@mc/identity';

/** The whole design frozen when it entered a review stage; never changed afterwards. */
@Entity('design_snapshots')
@Index('ix_design_snapshots_design_id_taken_at', ['designId', 'takenAt'])
export class Snapshot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 20 })
  stage!: string;

  @Column({ type: 'uuid', nullable: true })
  takenById!: string | null;

  @Column({ type: 'jsonb' })
  content!: DesignContent;

  @CreateDateColumn({ type: 'timestamptz' })
  takenAt!: Date;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'taken_by_id' })
  takenBy?: UserEntity | null;
}
