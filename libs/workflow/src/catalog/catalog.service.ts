import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '@mc/config';
import type { AppConfig } from '@mc/config';
import { PerRequestLoader } from '@mc/database';
import { DeliveryMode, DesignContentReader, DesignEventLog, DesignService, DesignStage } from '@mc/designs';
import { NotFoundError } from '@mc/errors';
import { OrganizationLoader, OrganizationObject, UserLoader } from '@mc/identity';

import { DecisionKind } from '../decisions/decision.entity';
import {
  buildCasePackage,
  buildCtdlCredential,
  buildIssuerProfile,
  buildOpenBadgeAchievement,
} from '../exports';
import { WorkflowLoaders } from '../workflow.loaders';

import { PublishedDesignConnectionObject, PublishedDesignObject } from './dto/published-design.objects';
import { toPublishedDesign } from './published-design.view';

/**
 * The public catalog (README "Public catalog"): PUBLISHED designs as the public types, for anyone,
 * and the Achievement each is published as. Nothing here asks who the caller is: there is nothing
 * in these answers that depends on it.
 */
@Injectable()
export class CatalogService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly designs: DesignService,
    private readonly content: DesignContentReader,
    private readonly log: DesignEventLog,
    private readonly loaders: WorkflowLoaders,
    private readonly users: UserLoader,
    private readonly organizations: OrganizationLoader,
  ) {}

  /**
   * A page of PUBLISHED designs, newest first; `search` matches title, summary or sector, `sector`
   * and `deliveryMode` narrow it further.
   */
  async page(
    first: number,
    after: string | null,
    filter: { search: string | null; sector: string | null; deliveryMode: DeliveryMode | null },
  ): Promise<PublishedDesignConnectionObject> {
    const page = await this.designs.list({ published: true }, filter, first, after);
    const designs = page.rows.map((row) => row.design);
    const publishedAt = await this.log.stageEnteredAt(
      designs.map((design) => design.id),
      DesignStage.PUBLISHED,
    );
    const edges = page.rows.map(({ design, cursor }) => ({
      node: toPublishedDesign(design, publishedAt.get(design.id), this.config.PUBLIC_URL),
      cursor,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  /** One PUBLISHED design; unknown and unpublished ids alike are NOT_FOUND. */
  async one(designId: string): Promise<PublishedDesignObject> {
    return this.view(await this.designs.findPublished(designId));
  }

  /** A PUBLISHED design row as the public type, with the moment it was published. */
  private async view(
    design: Awaited<ReturnType<DesignService['findPublished']>>,
  ): Promise<PublishedDesignObject> {
    const publishedAt = await this.log.stageEnteredAt([design.id], DesignStage.PUBLISHED);
    return toPublishedDesign(design, publishedAt.get(design.id), this.config.PUBLIC_URL);
  }

  /**
   * The design as the catalog shows it, or null while it is not PUBLISHED; the ids asked for in one
   * request are read together (a list of designs derived from others costs two queries, not two each).
   */
  publishedOrNull(request: object, designId: string | null): Promise<PublishedDesignObject | null> {
    return designId ? this.publishedById.load(request, designId) : Promise.resolve(null);
  }

  private readonly publishedById = new PerRequestLoader<string, PublishedDesignObject | null>(async (ids) => {
    const designs = await this.designs.findPublishedMany(ids);
    const publishedAt = await this.log.stageEnteredAt(
      designs.map((design) => design.id),
      DesignStage.PUBLISHED,
    );
    const byId = new Map(
      designs.map((design) => [
        design.id,
        toPublishedDesign(design, publishedAt.get(design.id), this.config.PUBLIC_URL),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The published revision that replaced this design in the catalog, if there is one yet. */
  async supersededBy(design: PublishedDesignObject): Promise<PublishedDesignObject | null> {
    const newer = await this.designs.supersededBy(design.id);
    return newer ? this.view(newer) : null;
  }

  /** The Open Badges 3.0 Achievement of a PUBLISHED design, its id the URL that serves it. */
  async achievement(designId: string): Promise<Record<string, unknown>> {
    await this.designs.findPublished(designId);
    const content = await this.content.read(this.dataSource.manager, designId);
    return buildOpenBadgeAchievement(content, { publicUrl: this.config.PUBLIC_URL });
  }

  /** The CASE 1.1 package of a PUBLISHED design, its uris the URL that serves it. */
  async casePackage(designId: string): Promise<Record<string, unknown>> {
    const design = await this.designs.findPublished(designId);
    const content = await this.content.read(this.dataSource.manager, designId);
    return buildCasePackage(content, { publicUrl: this.config.PUBLIC_URL, lastChange: design.updatedAt });
  }

  /** The CTDL MicroCredential of a PUBLISHED design, its `@id` the URL that serves it. */
  async ctdl(designId: string): Promise<Record<string, unknown>> {
    await this.designs.findPublished(designId);
    const content = await this.content.read(this.dataSource.manager, designId);
    return buildCtdlCredential(content, { publicUrl: this.config.PUBLIC_URL });
  }

  /**
   * The OB 3.0 issuer Profile of an institution that has published at least one design (the
   * creator its Achievements name); any other organization id, and an unknown one, is NOT_FOUND.
   */
  async issuerProfile(institutionId: string): Promise<Record<string, unknown>> {
    if (!(await this.designs.hasPublished(institutionId))) throw new NotFoundError('Issuer');
    const organization = await this.organizations.load({}, institutionId);
    if (!organization) throw new NotFoundError('Issuer');
    return buildIssuerProfile(organization, this.config.PUBLIC_URL);
  }

  /**
   * The partner organizations whose ENDORSE stands on the published revision, by name. An
   * endorsement of an earlier revision endorsed other content, so it does not count.
   */
  async endorsedBy(request: object, design: PublishedDesignObject): Promise<OrganizationObject[]> {
    const decisions = await this.loaders.decisionsByDesign.load(request, design.id);
    const endorsers = decisions.filter(
      (d) => d.revision === design.revision && d.kind === DecisionKind.ENDORSE,
    );
    const people = await Promise.all(endorsers.map((d) => this.users.load(request, d.userId)));
    const organizationIds = [...new Set(people.flatMap((person) => (person ? [person.organizationId] : [])))];
    const organizations = await Promise.all(
      organizationIds.map((id) => this.organizations.load(request, id)),
    );
    return organizations
      .flatMap((org) => (org ? [{ id: org.id, name: org.name, kind: org.kind }] : []))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async institution(request: object, design: PublishedDesignObject): Promise<OrganizationObject> {
    const organization = await this.organizations.load(request, design.institutionId);
    if (!organization) throw new Error(`design ${design.id} has no institution`);
    return { id: organization.id, name: organization.name, kind: organization.kind };
  }
}
