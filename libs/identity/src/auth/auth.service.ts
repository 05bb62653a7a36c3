import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import { BadUserInputError, ConflictError, UnauthenticatedError } from '@mc/errors';

import { SignUpInput } from '../dto/identity.inputs';
import { AuthPayloadObject, toUserObject, UserObject } from '../dto/identity.objects';
import { normalizeEmail } from '../dto/text.transforms';
import { IDENTITY_LIMITS, OrgRole } from '../identity.enums';
import { OrganizationInvitationService } from '../organization-invitations/organization-invitation.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationLoader } from '../organizations/organization.loader';
import { SessionService } from '../sessions/session.service';
import { User } from '../users/user.entity';

import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly invitations: OrganizationInvitationService,
    private readonly organizations: OrganizationLoader,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** Founds an organization (as its ADMIN) or joins the one whose invitation names this email. */
  async signUp(input: SignUpInput, userAgent?: string): Promise<AuthPayloadObject> {
    const founding = input.organization ?? null;
    const token = input.organizationInvitationToken ?? null;
    if ((founding === null) === (token === null)) {
      throw new BadUserInputError(
        ['organization', 'organizationInvitationToken'].map((field) => ({
          field: `input.${field}`,
          message: 'give exactly one of organization and organizationInvitationToken',
        })),
      );
    }
    const passwordHash = await this.hasher.hash(input.password);

    try {
      const { user, accessToken } = await this.transactions.run(async (tx) => {
        const users = tx.manager.getRepository(User);
        if (founding) {
          const organization = await tx.manager
            .getRepository(Organization)
            .save({ name: founding.name, kind: founding.kind });
          const founder = await users.save({
            email: input.email,
            displayName: input.displayName,
            passwordHash,
            organizationId: organization.id,
            orgRole: OrgRole.ADMIN,
          });
          return { user: founder, accessToken: await this.sessions.open(founder.id, userAgent, tx) };
        }
        const invitation = await this.invitations.claim(tx, token as string, input.email);
        const joined = await users.save({
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          organizationId: invitation.organizationId,
          orgRole: invitation.orgRole,
        });
        await this.invitations.markAccepted(tx, invitation, joined.id);
        return { user: joined, accessToken: await this.sessions.open(joined.id, userAgent, tx) };
      });
      return { accessToken, user: this.userObject(user) };
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new ConflictError('An account with this email already exists');
      }
      throw error;
    }
  }

  /**
   * Checks the current password (counted by the log-in throttle, as a log-in of this account from
   * this address), sets the new one and ends every other session of the user. A wrong current
   * password is `BAD_USER_INPUT` on `currentPassword` (not `UNAUTHENTICATED`: the caller stays
   * logged in) and changes nothing.
   */
  async changePassword(
    caller: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ): Promise<void> {
    const fields = [];
    if (currentPassword.length > IDENTITY_LIMITS.passwordMax)
      fields.push({ field: 'currentPassword', message: 'is too long' });
    if (newPassword.length < IDENTITY_LIMITS.passwordMin)
      fields.push({
        field: 'newPassword',
        message: `must be at least ${IDENTITY_LIMITS.passwordMin} characters`,
      });
    if (newPassword.length > IDENTITY_LIMITS.passwordMax)
      fields.push({
        field: 'newPassword',
        message: `must be at most ${IDENTITY_LIMITS.passwordMax} characters`,
      });
    if (fields.length) throw new BadUserInputError(fields);

    const verified = await this.throttle.attempt(normalizeEmail(caller.email), clientAddress, async () => {
      const found = await this.users.findOneBy({ id: caller.id });
      return found && (await this.hasher.verify(found.passwordHash, currentPassword)) ? found : null;
    });
    if (!verified) throw BadUserInputError.of('currentPassword', 'is not your current password');

    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await tx.manager.getRepository(User).update({ id: caller.id }, { passwordHash });
      await this.sessions.endAllSessions(caller.id, caller.sessionId, tx);
    });
  }

  /** Same `UNAUTHENTICATED` answer for an unknown email and a wrong password. */
  async logIn(
    rawEmail: string,
    password: string,
    clientAddress: string,
    userAgent?: string,
  ): Promise<AuthPayloadObject> {
    const fields = [];
    if (rawEmail.length > IDENTITY_LIMITS.email) fields.push({ field: 'email', message: 'is too long' });
    if (password.length > IDENTITY_LIMITS.passwordMax)
      fields.push({ field: 'password', message: 'is too long' });
    if (fields.length) throw new BadUserInputError(fields);

    const email = normalizeEmail(rawEmail);
    // The attempt is counted before the account is looked up, so that concurrent guesses cannot
    // check more passwords than the throttle allows.
    const user = await this.throttle.attempt(email, clientAddress, async () => {
      const found = await this.users
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getOne();
      const valid = await this.hasher.verify(found?.passwordHash, password);
      // A deactivated account answers exactly as a wrong password does.
      return found && valid && found.active ? found : null;
    });
    if (!user) throw new UnauthenticatedError('Invalid email or password');
    return { accessToken: await this.sessions.open(user.id, userAgent), user: this.userObject(user) };
  }

  private userObject(user: User): UserObject {
    return toUserObject(user, () => this.organizations.object({}, user.organizationId));
  }
}
