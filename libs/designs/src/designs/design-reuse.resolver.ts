import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { DesignObject } from '../dto/design.objects';
import { toDesignObject } from '../dto/design.records';

import { DesignReuseService } from './design-reuse.service';

@Resolver(() => DesignObject)
export class DesignReuseResolver {
  constructor(private readonly reuse: DesignReuseService) {}

  @Mutation(() => DesignObject, {
    description:
      'A published design (any institution’s) or a visible one, copied into a new DRAFTING design of your institution.',
  })
  async duplicateDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.reuse.duplicate(user, id);
    return toDesignObject(design, role);
  }

  @Mutation(() => DesignObject, {
    description:
      'A new revision of a published design, in DRAFTING with the same team; the published one stays in the catalog until the revision is published.',
  })
  async reviseDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.reuse.revise(user, id);
    return toDesignObject(design, role);
  }
}
