import { OrgRole } from '../identity.enums';

/** Who is calling: set on the request by {@link AuthGuard} from a valid access token. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly organizationId: string;
  readonly orgRole: OrgRole;
  /** The session the access token belongs to (log out ends it). */
  readonly sessionId: string;
}
