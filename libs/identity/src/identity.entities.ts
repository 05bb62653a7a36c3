import { OrganizationInvitation } from './organization-invitations/organization-invitation.entity';
import { Organization } from './organizations/organization.entity';
import { PasswordResetToken } from './password-reset/password-reset-token.entity';
import { Session } from './sessions/session.entity';
import { User } from './users/user.entity';

/** The TypeORM entities this library owns (the app registers every library's list). */
export const IDENTITY_ENTITIES = [Organization, User, OrganizationInvitation, Session, PasswordResetToken];
