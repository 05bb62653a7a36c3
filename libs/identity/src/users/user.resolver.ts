import { Context, Query, Resolver } from '@nestjs/graphql';

import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { toUserObject, UserObject } from '../dto/identity.objects';
import { OrganizationLoader } from '../organizations/organization.loader';

// `User.organization` is a plain property of every UserObject (see toUserObject), not a resolver.
@Resolver(() => UserObject)
export class UserResolver {
  constructor(private readonly organizations: OrganizationLoader) {}

  @Query(() => UserObject, { description: 'The logged-in user.' })
  me(@CurrentUser() user: AuthenticatedUser, @Context('req') request: object): UserObject {
    // The guard admits only active users.
    return toUserObject({ ...user, active: true }, () =>
      this.organizations.object(request, user.organizationId),
    );
  }
}
