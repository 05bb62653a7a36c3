import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { User } from '../users/user.entity';

/**
 * One log-in (or sign-up): the access token names it, and the guard reads it on every request, so
 * a session ended here stops its token at once on every instance.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_sessions_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The client's User-Agent when the session began (trimmed to 500 characters), if it sent one. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Updated at most once a minute by the guard. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastUsedAt!: Date;

  /** When its access token stops being valid anyway. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set by log out, log out everywhere, ending it from the account page, a password change or reset, deactivation. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
