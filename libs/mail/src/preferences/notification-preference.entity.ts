import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { UserEntity } from '@mc/identity';

/** How a person wants the mail they may turn off: one by one, gathered, or not at all. */
export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

/** A person's mail setting; no row means the default, IMMEDIATE. */
@Entity('notification_preferences')
@Check('ck_notification_preferences_email', `"email" IN ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20, default: EmailMode.IMMEDIATE })
  email!: EmailMode;

  /** When the pending digest goes out (set when its first entry arrives; null when none is pending). */
  @Column({ type: 'timestamptz', nullable: true })
  digestDueAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
