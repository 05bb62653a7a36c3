import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DeliveryMode, DesignLoaders } from '@mc/designs';
import { ParseUuidPipe } from '@mc/errors';
import { OrganizationObject, Public } from '@mc/identity';

import { CatalogService } from './catalog.service';
import {
  PublishedDesignConnectionObject,
  PublishedDesignObject,
  PublishedOutcomeObject,
  PublishedSkillObject,
} from './dto/published-design.objects';
import { toPublishedOutcome, toPublishedSkill } from './published-design.view';

/** The public catalog: no login needed, and nothing in it but the public types. */
@Resolver(() => PublishedDesignObject)
export class CatalogResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly loaders: DesignLoaders,
  ) {}

  @Public()
  @Query(() => PublishedDesignConnectionObject, { description: 'Published designs; no login needed.' })
  publishedCatalog(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Case-insensitive text in the title, summary or sector.',
    })
    search: string | null,
    @Args('sector', {
      type: () => String,
      nullable: true,
      description: 'Only designs of this sector (exact, any case).',
    })
    sector: string | null,
    @Args('deliveryMode', {
      type: () => DeliveryMode,
      nullable: true,
      description: 'Only designs delivered this way.',
    })
    deliveryMode: DeliveryMode | null,
  ): Promise<PublishedDesignConnectionObject> {
    return this.catalog.page(first ?? 20, after, { search, sector, deliveryMode });
  }

  @Public()
  @Query(() => PublishedDesignObject, { description: 'One published design; no login needed.' })
  publishedDesign(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<PublishedDesignObject> {
    return this.catalog.one(id);
  }

  @ResolveField(() => PublishedDesignObject, {
    nullable: true,
    description:
      'The published revision that replaced this one in the catalog; this one keeps its own URL, marked superseded.',
  })
  supersededBy(@Parent() design: PublishedDesignObject): Promise<PublishedDesignObject | null> {
    return this.catalog.supersededBy(design);
  }

  @ResolveField(() => OrganizationObject)
  institution(
    @Parent() design: PublishedDesignObject,
    @Context('req') request: object,
  ): Promise<OrganizationObject> {
    return this.catalog.institution(request, design);
  }

  @ResolveField(() => [PublishedSkillObject])
  async skills(
    @Parent() design: PublishedDesignObject,
    @Context('req') request: object,
  ): Promise<PublishedSkillObject[]> {
    return (await this.loaders.skillsByDesign.load(request, design.id)).map(toPublishedSkill);
  }

  @ResolveField(() => [PublishedOutcomeObject])
  async outcomes(
    @Parent() design: PublishedDesignObject,
    @Context('req') request: object,
  ): Promise<PublishedOutcomeObject[]> {
    return (await this.loaders.outcomesByDesign.load(request, design.id)).map(toPublishedOutcome);
  }

  @ResolveField(() => [OrganizationObject], {
    description: 'Partner organizations that endorsed the published revision.',
  })
  endorsedBy(
    @Parent() design: PublishedDesignObject,
    @Context('req') request: object,
  ): Promise<OrganizationObject[]> {
    return this.catalog.endorsedBy(request, design);
  }
}
