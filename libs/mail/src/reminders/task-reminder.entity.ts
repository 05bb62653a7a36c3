import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { DesignEntity } from '@mc/designs';
import { UserEntity } from '@mc/identity';

/**
 * How many reminders one task has had: a task is (user, design, kind) waiting since `since`; a task
 * that ends and opens again later has a new `since`, and so starts its reminders afresh.
 */
@Entity('task_reminders')
export class TaskReminder {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  designId!: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind!: string;

  @PrimaryColumn({ type: 'timestamptz' })
  since!: Date;

  @Column({ type: 'int' })
  sent!: number;

  @Column({ type: 'timestamptz' })
  lastSentAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;
}
