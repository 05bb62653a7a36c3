import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { isEmail } from 'class-validator';

import { BadUserInputError } from '@mc/errors';

import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganizationInvitationObject } from '../dto/identity.objects';
import { normalizeEmail } from '../dto/text.transforms';
import { IDENTITY_LIMITS, OrgRole } from '../identity.enums';

import { OrganizationInvitationService } from './organization-invitation.service';

@Resolver(() => OrganizationInvitationObject)
export class OrganizationInvitationResolver {
  constructor(private readonly invitations: OrganizationInvitationService) {}

  @Mutation(() => OrganizationInvitationObject)
  inviteToOrganization(
    @CurrentUser() admin: AuthenticatedUser,
    @Args('email') rawEmail: string,
    @Args('orgRole', { type: () => OrgRole }) orgRole: OrgRole,
  ): Promise<OrganizationInvitationObject> {
    const email = normalizeEmail(rawEmail);
    if (!isEmail(email) || email.length > IDENTITY_LIMITS.email) {
      throw BadUserInputError.of('email', 'must be a valid email address');
    }
    return this.invitations.invite(admin, email, orgRole);
  }
}
