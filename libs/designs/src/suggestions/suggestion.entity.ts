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

import { UserEntity } from '@mc/identity';

import { Design } from '../designs/design.entity';
import { CommentTarget } from '../designs.enums';

export enum SuggestionStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** New wording someone suggests for one text field of a design, a skill or an outcome. */
@Entity('suggestions')
@Check('ck_suggestions_target_type', `"target_type" IN ('DESIGN', 'SKILL', 'OUTCOME')`)
@Check('ck_suggestions_status', `"status" IN ('OPEN', 'ACCEPTED', 'REJECTED')`)
@Index('ix_suggestions_design_id_created_at', ['designId', 'createdAt'])
export class Suggestion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 10 })
  targetType!: CommentTarget;

  /** The design itself, or one of its skills or outcomes (checked on write). */
  @Column({ type: 'uuid' })
  targetId!: string;

  /** The field's name in the target's GraphQL type ("summary", "statement", "description"). */
  @Column({ type: 'varchar', length: 40 })
  field!: string;

  /** The field's text when the suggestion was made (null: it was empty). */
  @Column({ type: 'text', nullable: true })
  baseText!: string | null;

  @Column({ type: 'text' })
  proposedText!: string;

  /** The author's note: why this wording. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 10, default: SuggestionStatus.OPEN })
  status!: SuggestionStatus;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The note of whoever accepted or rejected it. */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;
}
