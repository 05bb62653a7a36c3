import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { PerRequestLoader } from '@mc/database';

import { toUserObject, UserObject } from '../dto/identity.objects';
import { OrganizationKind, OrgRole } from '../identity.enums';

import { User } from './user.entity';

/**
 * Batches user lookups of one request (authors, participants, mentions …) for other libraries.
 * Each user comes with its organization, joined in the same statement, as a plain property: nested
 * `User.organization` costs no resolver call and no statement of its own.
 */
@Injectable()
export class UserLoader {
  private readonly loader;

  constructor(@InjectRepository(User) repository: Repository<User>) {
    // Raw SQL: the columns the API shows and the organization's, nothing walked per row.
    this.loader = new PerRequestLoader<string, UserObject | null>(async (ids) => {
      const rows: Array<{
        id: string;
        email: string;
        display_name: string;
        organization_id: string;
        org_role: OrgRole;
        active: boolean;
        organization_name: string;
        organization_kind: OrganizationKind;
      }> = await repository.query(
        `SELECT u.id, u.email, u.display_name, u.organization_id, u.org_role, u.active,
                o.name AS organization_name, o.kind AS organization_kind
           FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE u.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const byId = new Map(
        rows.map((row) => [
          row.id,
          toUserObject(
            {
              id: row.id,
              email: row.email,
              displayName: row.display_name,
              organizationId: row.organization_id,
              orgRole: row.org_role,
              active: row.active,
            },
            { id: row.organization_id, name: row.organization_name, kind: row.organization_kind },
          ),
        ]),
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
