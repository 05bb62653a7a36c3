import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { PerRequestLoader } from '@mc/database';
import { NotFoundError } from '@mc/errors';

import { toOrganizationObject, toUserObject, UserObject } from '../dto/identity.objects';

import { User } from './user.entity';

/**
 * Batches user lookups of one request (authors, participants, mentions …) for other libraries.
 * Each user comes with its organization, joined in the same query, as a plain property: nested
 * `User.organization` costs no resolver call and no statement of its own.
 */
@Injectable()
export class UserLoader {
  private readonly loader;

  constructor(@InjectRepository(User) repository: Repository<User>) {
    this.loader = new PerRequestLoader<string, UserObject | null>(async (ids) => {
      const rows = await repository.find({
        where: { id: In([...ids]) },
        relations: { organization: true },
      });
      const byId = new Map(
        rows.map((row) => {
          if (!row.organization) throw new NotFoundError('Organization');
          return [row.id, toUserObject(row, toOrganizationObject(row.organization))];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The user (shared by every caller in this request: do not change it), null if none. */
  load(request: object, id: string): Promise<UserObject | null> {
    return this.loader.load(request, id);
  }

  /** Several users in the order asked, the missing ones left out. */
  async loadMany(request: object, ids: readonly string[]): Promise<UserObject[]> {
    const users = await this.loader.loadMany(request, ids);
    return users.filter((user): user is UserObject => user !== null);
  }
}
