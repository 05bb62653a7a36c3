import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import { BadUserInputError, ConflictError, UnauthenticatedError } from '@mc/errors';

import { SignUpInput } from '../dto/identity.inputs';
import { AuthPayloadObject, toUserObject } from '../dto/identity.objects';
import { normalizeEmail } from '../dto/text.transforms';
import { IDENTITY_LIMITS, OrgRole } from '../identity.enums';
import { OrganizationInvitationService } from '../organization-invitations/organization-invitation.service';
import { Organization } from '../organizations/organization.entity';
import { SessionService } from '../sessions/session.service';
import { User } from '../users/user.entity';

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
      return { accessToken, user: toUserObject(user) };
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
    return { accessToken: await this.sessions.open(user.id, userAgent), user: toUserObject(user) };
  }
}
