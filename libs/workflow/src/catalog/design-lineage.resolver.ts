import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DesignObject } from '@mc/designs';

import { CatalogService } from './catalog.service';
import { PublishedDesignObject } from './dto/published-design.objects';

/** `Design.derivedFrom`: the published design it was copied from, as the public catalog shows it. */
@Resolver(() => DesignObject)
export class DesignLineageResolver {
  constructor(private readonly catalog: CatalogService) {}

  @ResolveField(() => PublishedDesignObject, {
    nullable: true,
    description:
      'The published design this one was duplicated from or revises; null when it came from none or its source is not published.',
  })
  derivedFrom(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<PublishedDesignObject | null> {
    return this.catalog.publishedOrNull(request, design.derivedFromId);
  }
}
