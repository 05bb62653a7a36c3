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
import { DesignRole } from '../designs.enums';

/** An invitation to take part in a design; only the SHA-256 of its token is stored. */
@Entity('design_invitations')
@Check(
  'ck_design_invitations_role',
  `"role" IN ('LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER')`,
)
export class DesignInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_design_invitations_design_id')
  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: DesignRole;

  @Index('ux_design_invitations_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  invitedById!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById!: string | null;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
