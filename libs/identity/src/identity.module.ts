import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessTokenService } from './auth/access-token.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordHasher } from './auth/password-hasher.service';
import { IdentitySignals } from './identity-signals';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { OrganizationInvitationResolver } from './organization-invitations/organization-invitation.resolver';
import { OrganizationInvitationService } from './organization-invitations/organization-invitation.service';
import { MemberSignals } from './organization-members/member-signals';
import { OrganizationMemberResolver } from './organization-members/organization-member.resolver';
import { OrganizationMemberService } from './organization-members/organization-member.service';
import { OrganizationLoader } from './organizations/organization.loader';
import { PasswordResetResolver } from './password-reset/password-reset.resolver';
import { PasswordResetService } from './password-reset/password-reset.service';
import { SessionSignals } from './sessions/session-signals';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { UserDirectory } from './users/user-directory.service';
import { UserLoader } from './users/user.loader';
import { UserResolver } from './users/user.resolver';

/** Organizations, users, organization invitations, and authentication (sign-up, log-in, tokens). */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), JwtModule.register({})],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        AccessTokenService,
        AuthGuard,
        AuthService,
        AuthResolver,
        LoginThrottle,
        PasswordHasher,
        OrganizationInvitationService,
        OrganizationInvitationResolver,
        OrganizationLoader,
        MemberSignals,
        IdentitySignals,
        PasswordResetService,
        PasswordResetResolver,
        OrganizationMemberService,
        OrganizationMemberResolver,
        UserLoader,
        UserDirectory,
        UserResolver,
        SessionService,
        SessionSignals,
        SessionResolver,
      ],
      exports: [
        AuthGuard,
        AccessTokenService,
        UserLoader,
        UserDirectory,
        OrganizationLoader,
        MemberSignals,
        IdentitySignals,
        SessionService,
        SessionSignals,
      ],
    };
  }
}
