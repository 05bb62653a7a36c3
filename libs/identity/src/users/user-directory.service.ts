import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { Organization } from '../organizations/organization.entity';

import { User } from './user.entity';

export interface UserCard {
  id: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
}

/**
 * Names of users and organizations read through a caller's EntityManager, so that a caller inside
 * a transaction stays on its own connection (never waiting for a second one from the pool).
 */
@Injectable()
export class UserDirectory {
  async cards(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, UserCard>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await manager
      .getRepository(User)
      .find({ where: { id: In(ids) }, select: { id: true, displayName: true, organizationId: true } });
    const organizations = await this.organizationNames(
      manager,
      users.map((u) => u.organizationId),
    );
    return new Map(
      users.map((u) => [
        u.id,
        {
          id: u.id,
          displayName: u.displayName,
          organizationId: u.organizationId,
          organizationName: organizations.get(u.organizationId) ?? '',
        },
      ]),
    );
  }

  /** Display names only (one query): for hot paths that need no organization. */
  async displayNames(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await manager
      .getRepository(User)
      .find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** The addresses of the active users among `userIds` (a deactivated account gets no mail). */
  async emails(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await manager
      .getRepository(User)
      .find({ where: { id: In(ids), active: true }, select: { id: true, email: true } });
    return new Map(users.map((u) => [u.id, u.email]));
  }

  /** The id of the user with this email (emails are unique, compared lower-cased), if any. */
  async idByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const user = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('lower(u.email) = lower(:email)', { email })
      .getRawOne<{ id: string }>();
    return user?.id ?? null;
  }

  async organizationNames(
    manager: EntityManager,
    organizationIds: readonly string[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(Organization)
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
