import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  EMPLOYER = 'EMPLOYER',
  POST_SECONDARY = 'POST_SECONDARY',
  COMMUNITY = 'COMMUNITY',
}

export enum OrgRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(OrgRole, { name: 'OrgRole' });

/** Text limits shared by validation and the database columns. */
export const IDENTITY_LIMITS = {
  organizationName: 200,
  displayName: 100,
  email: 254,
  passwordMin: 10,
  passwordMax: 256,
} as const;
