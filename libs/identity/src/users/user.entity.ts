import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { OrgRole } from '../identity.enums';
import { Organization } from '../organizations/organization.entity';

@Entity('users')
@Check('ck_users_org_role', `"org_role" IN ('ADMIN', 'MEMBER')`)
// Emails are unique whatever their case; the index is on lower(email), which TypeORM cannot express.
@Index('ux_users_email_lower', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** Argon2id PHC string; never leaves the identity library. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Index('ix_users_organization_id')
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 10 })
  orgRole!: OrgRole;

  /** False once an admin deactivated the account: no log-in, no token works; its records stay. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
