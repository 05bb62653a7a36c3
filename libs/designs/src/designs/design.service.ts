import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { TransactionRunner, Tx, versionedUpdate } from '@mc/database';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { OrganizationKind, OrganizationLoader } from '@mc/identity';

import { DesignAccess, DesignAccessPolicy } from '../access/design-access.policy';
import { DeliveryMode, DesignRole, DesignStage } from '../designs.enums';
import { DesignFilter, CreateDesignInput, UpdateDesignInput } from '../dto/design.inputs';
import { designRecord } from '../dto/design.records';
import { DesignEventLog } from '../events/design-event-log';
import { changedBySince, conflictMessage, fieldsChangedSince } from '../events/field-merge';
import { Participant } from '../participants/participant.entity';

import { Design } from './design.entity';

export const MAX_PAGE_SIZE = 100;

const EDITABLE_FIELDS = [
  'title',
  'summary',
  'sector',
  'targetLearners',
  'prerequisites',
  'hours',
  'deliveryMode',
  'language',
  'assessmentApproach',
  'participationForm',
  'qualityAssurance',
  'creditValue',
  'stackability',
  'price',
  'validityPeriod',
  'issuerCountry',
  'level',
] as const satisfies ReadonlyArray<keyof UpdateDesignInput & keyof Design>;

export interface DesignPage {
  rows: Array<{ design: Design; role: DesignRole | null; cursor: string }>;
  hasNextPage: boolean;
  totalCount: number;
}

/** The designs list's filter, plus the public catalog's: exact sector (any case) and delivery mode. */
export type CatalogFilter = DesignFilter & { sector?: string | null; deliveryMode?: DeliveryMode | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class DesignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly organizations: OrganizationLoader,
  ) {}

  /** A member of a post-secondary institution starts a design for it and leads it. */
  async create(user: AuthenticatedUser, input: CreateDesignInput): Promise<DesignAccess> {
    const organization = await this.organizations.load({}, user.organizationId);
    if (organization?.kind !== OrganizationKind.POST_SECONDARY) {
      throw new ForbiddenError('Only members of a post-secondary institution can start a design');
    }
    return this.transactions.run(async ({ manager }) => {
      const design = await manager.getRepository(Design).save(
        manager.getRepository(Design).create({
          institutionId: user.organizationId,
          createdById: user.id,
          title: input.title,
          summary: input.summary ?? null,
          sector: input.sector ?? null,
          hours: input.hours ?? null,
          deliveryMode: input.deliveryMode ?? null,
        }),
      );
      await manager
        .getRepository(Participant)
        .insert({ designId: design.id, userId: user.id, role: DesignRole.LEAD });
      return { design, role: DesignRole.LEAD, user };
    });
  }

  get(user: AuthenticatedUser, designId: string): Promise<DesignAccess> {
    return this.access.visible(user, designId);
  }

  async update(user: AuthenticatedUser, designId: string, input: UpdateDesignInput): Promise<DesignAccess> {
    return this.transactions.run((tx) => this.applyUpdate(tx, user, designId, input));
  }

  /**
   * `updateDesign` inside the caller's transaction: the one path that writes the design's fields,
   * for GraphQL and for an accepted suggestion alike (same rules, same `design.updated` entry;
   * `credit` adds who the words came from). A stale `expectedVersion` still succeeds when nobody
   * else changed a field it sets since that version (see {@link fieldsChangedSince}).
   */
  async applyUpdate(
    tx: Tx,
    user: AuthenticatedUser,
    designId: string,
    input: UpdateDesignInput,
    credit: Record<string, unknown> = {},
  ): Promise<DesignAccess> {
    const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
    this.access.assertMay(access, 'editDesign');
    const current = access.design;
    const changes: Partial<Design> = {};
    for (const field of EDITABLE_FIELDS) {
      const value = input[field];
      if (value !== undefined && value !== current[field]) Object.assign(changes, { [field]: value });
    }
    const changed = Object.keys(changes);
    const lost = await fieldsChangedSince(
      tx.manager,
      { designId, type: 'design.updated', id: designId, version: current.version },
      input.expectedVersion,
      changed,
      user.id,
    );
    if (lost.length || input.expectedVersion > current.version)
      throw new ConflictError(conflictMessage('design', lost), designRecord(current), {
        changedBy: await changedBySince(
          tx.manager,
          { designId, type: 'design.updated', id: designId },
          input.expectedVersion,
          user.id,
        ),
      });
    if (changed.length === 0) return access;

    // Under the row lock the version cannot move; the guard still makes the write atomic on its own.
    if (!(await versionedUpdate(tx.manager, Design, designId, current.version, changes)))
      throw new ConflictError('The design changed since you loaded it', designRecord(current));
    const next = { ...current, ...changes, version: current.version + 1, revision: current.revision + 1 };
    await this.log.append(tx, designId, 'design.updated', user.id, {
      ...designRecord(next),
      changed,
      ...credit,
    });
    const design = await tx.manager.getRepository(Design).findOneByOrFail({ id: designId });
    return { ...access, design };
  }

  /**
   * A PUBLISHED design, which anyone may see (the public catalog); unknown and unpublished ids
   * alike are NOT_FOUND.
   */
  async findPublished(designId: string): Promise<Design> {
    const design = await this.dataSource
      .getRepository(Design)
      .findOneBy({ id: designId, stage: DesignStage.PUBLISHED });
    if (!design) throw new NotFoundError('Published design');
    return design;
  }

  /** The PUBLISHED designs among `designIds` (the others are left out). */
  async findPublishedMany(designIds: readonly string[]): Promise<Design[]> {
    if (!designIds.length) return [];
    return this.dataSource
      .getRepository(Design)
      .findBy({ id: In([...designIds]), stage: DesignStage.PUBLISHED });
  }

  /** The newest PUBLISHED revision of a PUBLISHED design, or null while it is the newest itself. */
  async supersededBy(designId: string): Promise<Design | null> {
    return this.dataSource.getRepository(Design).findOne({
      where: { revisionOfId: designId, stage: DesignStage.PUBLISHED },
      order: { createdAt: 'DESC' },
    });
  }

  /** Whether the institution has a PUBLISHED design (its issuer profile is public only then). */
  async hasPublished(institutionId: string): Promise<boolean> {
    return this.dataSource.getRepository(Design).existsBy({ institutionId, stage: DesignStage.PUBLISHED });
  }

  /**
   * A page of designs, newest first: those `scope.user` may see, or (`scope.published`) the public
   * catalog of PUBLISHED designs, which needs no user. `filter.search` matches title or summary,
   * and in the catalog the sector too (visitors browse by field).
   */
  async list(
    scope: { user: AuthenticatedUser } | { published: true },
    filter: CatalogFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<DesignPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw BadUserInputError.of('first', `must be 1 to ${MAX_PAGE_SIZE}`);
    }
    const visibility =
      'user' in scope
        ? this.access.visibilityCondition('d', scope.user)
        : {
            // A published design whose revision is published too is superseded: it keeps its own
            // URL (publishedDesign, the credential files) but leaves the catalog's list.
            sql: `d.stage = :publishedStage AND NOT EXISTS (
                    SELECT 1 FROM designs r WHERE r.revision_of_id = d.id AND r.stage = :publishedStage)`,
            params: { visUserId: null, publishedStage: DesignStage.PUBLISHED },
          };
    const base = this.dataSource
      .getRepository(Design)
      .createQueryBuilder('d')
      .where(visibility.sql, visibility.params);
    if (filter?.stage) base.andWhere('d.stage = :stage', { stage: filter.stage });
    if (filter?.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const sector = 'published' in scope ? ' OR d.sector ILIKE :pattern' : '';
      base.andWhere(`(d.title ILIKE :pattern OR d.summary ILIKE :pattern${sector})`, { pattern });
    }
    // The public catalog's own filters (visitors browse by field and by how it is taught).
    if (filter?.sector)
      base.andWhere('d.sector ILIKE :sectorExact', { sectorExact: escapeLike(filter.sector) });
    if (filter?.deliveryMode)
      base.andWhere('d.delivery_mode = :deliveryMode', { deliveryMode: filter.deliveryMode });
    const totalCount = await base.clone().getCount();

    const page = base
      .clone()
      .addSelect(`to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
      .addSelect(
        `(SELECT p.role FROM design_participants p WHERE p.design_id = d.id AND p.user_id = CAST(:visUserId AS uuid))`,
        'my_role',
      )
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(d.created_at, d.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', {
        cursorAt: cursor.at,
        cursorId: cursor.id,
      });
    }
    const { entities, raw } = await page.getRawAndEntities<{
      cursor_at: string;
      my_role: DesignRole | null;
      d_id: string;
    }>();
    const rows = entities.slice(0, first).map((design) => {
      const extra = raw.find((row) => row.d_id === design.id);
      return {
        design,
        role: extra?.my_role ?? null,
        cursor: encodeCursor(extra?.cursor_at ?? '', design.id),
      };
    });
    return { rows, hasNextPage: entities.length > first, totalCount };
  }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (
      typeof at === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { at, id };
    }
  } catch {
    // fall through
  }
  throw BadUserInputError.of('after', 'is not a cursor this API gave out');
}
