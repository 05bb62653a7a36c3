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

  /** The id behind `organization`; not a GraphQL field itself. */
  organizationId!: string;

  /**
   * A plain property, not a per-call field resolver: users read through {@link UserLoader} carry
   * it (joined in the same query); others read it when GraphQL first asks (see `toUserObject`).
   */
  @Field(() => OrganizationObject)
  organization!: OrganizationObject | Promise<OrganizationObject>;

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

/**
 * A user as the API shows it. `organization` is the record itself, or a function that reads it:
 * then it is read only when a query selects it, once, as a property that JSON and spreading skip.
 */
export function toUserObject(
  user: {
    id: string;
    email: string;
    displayName: string;
    organizationId: string;
    orgRole: OrgRole;
    active: boolean;
  },
  organization: OrganizationObject | (() => Promise<OrganizationObject>),
): UserObject {
  const object = {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    organizationId: user.organizationId,
    orgRole: user.orgRole,
    active: user.active,
  } as UserObject;
  if (typeof organization !== 'function') {
    object.organization = organization;
    return object;
  }
  let read: Promise<OrganizationObject> | undefined;
  Object.defineProperty(object, 'organization', {
    enumerable: false,
    get: () => (read ??= organization()),
  });
  return object;
}

export function toOrganizationObject(organization: {
  id: string;
  name: string;
  kind: OrganizationKind;
}): OrganizationObject {
  return { id: organization.id, name: organization.name, kind: organization.kind };
}
