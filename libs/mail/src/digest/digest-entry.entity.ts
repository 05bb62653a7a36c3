import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '@mc/identity';

/** A mail a DAILY_DIGEST person did not get one by one, waiting for their next digest. */
@Entity('mail_digest_entries')
@Index('ix_mail_digest_entries_user_created', ['userId', 'createdAt'])
export class DigestEntryRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'varchar', length: 2000 })
  link!: string;

  /** The delivery this entry settles when its digest is sent (none for mail of no cause). */
  @Column({ type: 'uuid', nullable: true })
  deliveryId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
