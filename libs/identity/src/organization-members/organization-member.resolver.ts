import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UserObject } from '../dto/identity.objects';
import { OrgRole } from '../identity.enums';

import { OrganizationMemberService } from './organization-member.service';

@Resolver(() => UserObject)
export class OrganizationMemberResolver {
  constructor(private readonly members: OrganizationMemberService) {}

  @Query(() => [UserObject], { description: "Members of the caller's own organization (ADMIN only)." })
  organizationMembers(@CurrentUser() admin: AuthenticatedUser): Promise<UserObject[]> {
    return this.members.list(admin);
  }

  @Mutation(() => UserObject, { description: 'Organization ADMIN only.' })
  updateMemberRole(
    @CurrentUser() admin: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('orgRole', { type: () => OrgRole }) orgRole: OrgRole,
  ): Promise<UserObject> {
    return this.members.updateRole(admin, userId, orgRole);
  }

  @Mutation(() => UserObject, { description: 'Organization ADMIN only.' })
  deactivateMember(
    @CurrentUser() admin: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserObject> {
    return this.members.deactivate(admin, userId);
  }
}
