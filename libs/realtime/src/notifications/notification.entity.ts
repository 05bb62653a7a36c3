import {
  Check,
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

export enum NotificationKind {
  MENTION = 'MENTION',
  INVITATION = 'INVITATION',
  STAGE_CHANGED = 'STAGE_CHANGED',
  /** A suggestion for a field one may edit, or the decision on one's own suggestion. */
  SUGGESTION = 'SUGGESTION',
}

/** Something a user should know about, kept until they have read it (and afterwards, as history). */
@Entity('notifications')
@Check('ck_notifications_kind', `"kind" IN ('MENTION', 'INVITATION', 'STAGE_CHANGED', 'SUGGESTION')`)
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: NotificationKind;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  /** The comment a MENTION is about (null for the other kinds). */
  @Column({ type: 'uuid', nullable: true })
  commentId!: string | null;

  /** The change it tells of (`event:<designId>:<seq>`, `invitation:<id>`): its mail names the same. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  cause!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;
}
