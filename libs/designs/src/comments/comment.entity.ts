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
} from 'typeorm';

import { UserEntity } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { CommentTarget } from '../designs.enums';

@Entity('comments')
@Check('ck_comments_target_type', `"target_type" IN ('DESIGN', 'SKILL', 'OUTCOME')`)
@Index('ix_comments_design_id_created_at', ['designId', 'createdAt'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 10 })
  targetType!: CommentTarget;

  /** The design itself, or one of its skills or outcomes (checked on write). */
  @Column({ type: 'uuid' })
  targetId!: string;

  @Index('ix_comments_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'boolean', default: false })
  resolved!: boolean;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Comment;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: UserEntity;
}

@Entity('comment_mentions')
export class CommentMention {
  @PrimaryColumn({ type: 'uuid' })
  commentId!: string;

  @Index('ix_comment_mentions_user_id')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
