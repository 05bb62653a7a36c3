import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { NotFoundError } from '@mc/errors';

import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganizationObject, toUserObject, UserObject } from '../dto/identity.objects';
import { OrganizationLoader } from '../organizations/organization.loader';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(private readonly organizations: OrganizationLoader) {}

  @Query(() => UserObject, { description: 'The logged-in user.' })
  me(@CurrentUser() user: AuthenticatedUser): UserObject {
    // The guard admits only active users.
    return toUserObject({ ...user, active: true });
  }

  @ResolveField(() => OrganizationObject)
  async organization(
    @Parent() user: UserObject,
    @Context('req') request: object,
  ): Promise<OrganizationObject> {
    const organization = await this.organizations.load(request, user.organizationId);
    if (!organization) throw new NotFoundError('Organization');
    return { id: organization.id, name: organization.name, kind: organization.kind };
  }
}
