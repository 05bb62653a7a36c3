import { Field, ID, ObjectType } from '@nestjs/graphql';

import { OrganizationKind, OrgRole } from '../identity.enums';

@ObjectType('Organization')
export class OrganizationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  /** Resolved through the organization loader; not a GraphQL field itself. */
  organizationId!: string;

  @Field(() => OrgRole)
  orgRole!: OrgRole;

  @Field({ description: 'False once an organization admin deactivated the account.' })
  active!: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field()
  accessToken!: string;

  @Field(() => UserObject)
  user!: UserObject;
}

@ObjectType('OrganizationInvitation')
export class OrganizationInvitationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => OrgRole)
  orgRole!: OrgRole;

  /** Shown once, to the admin who created the invitation; only its hash is stored. */
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;
}

export function toUserObject(user: {
  id: string;
  email: string;
  displayName: string;
  organizationId: string;
  orgRole: OrgRole;
  active: boolean;
}): UserObject {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    organizationId: user.organizationId,
    orgRole: user.orgRole,
    active: user.active,
  };
}
