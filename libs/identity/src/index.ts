export { IdentityModule } from './identity.module';
export { IDENTITY_ENTITIES } from './identity.entities';
export type { IdentityOptions } from './identity.options';
export { OrganizationKind, OrgRole } from './identity.enums';
export { AuthGuard } from './auth/auth.guard';
export { AccessTokenService } from './auth/access-token.service';
export { CurrentUser, Public } from './auth/auth.decorators';
export type { AuthenticatedUser } from './auth/authenticated-user';
export { UserObject, OrganizationObject } from './dto/identity.objects';
export { UserLoader } from './users/user.loader';
export { UserDirectory, type UserCard } from './users/user-directory.service';
export { OrganizationLoader } from './organizations/organization.loader';
export { IdentitySignals, type IdentitySignal, type IdentitySignalHandler } from './identity-signals';
export { MemberSignals } from './organization-members/member-signals';
export { newInvitationToken, hashInvitationToken } from './organization-invitations/invitation-token';
// Entity classes, for other libraries' foreign keys only (they never query identity's tables).
export { User as UserEntity } from './users/user.entity';
export { Organization as OrganizationEntity } from './organizations/organization.entity';
