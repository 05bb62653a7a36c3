import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { OrganizationKind } from '../identity.enums';

@Entity('organizations')
@Check('ck_organizations_kind', `"kind" IN ('EMPLOYER', 'POST_SECONDARY', 'COMMUNITY')`)
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
