import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { UserEntity } from '@mc/identity';

/** Where the mail a change caused for one person stands. */
export enum MailDeliveryStatus {
  /** Written to the queue; waiting to go out, or being retried. */
  QUEUED = 'QUEUED',
  /** Kept for the person's next digest (DAILY_DIGEST). */
  IN_DIGEST = 'IN_DIGEST',
  /** Accepted by the mail server (alone, or in a digest). */
  SENT = 'SENT',
  /** Every attempt failed; the job is kept as failed. */
  FAILED = 'FAILED',
  /** Not sent: the person turned this mail off. */
  OFF = 'OFF',
}

/**
 * The mail a change (`cause`: `event:<designId>:<seq>`, `invitation:<id>`) caused for one user,
 * and whether it went out. Notifications name the same cause, which is how the bell knows.
 */
@Entity('mail_deliveries')
@Check('ck_mail_deliveries_status', `"status" IN ('QUEUED', 'IN_DIGEST', 'SENT', 'FAILED', 'OFF')`)
@Index('ux_mail_deliveries_user_cause', ['userId', 'cause'], { unique: true })
export class MailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 120 })
  cause!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: MailDeliveryStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
