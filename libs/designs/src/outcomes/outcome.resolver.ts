import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';
import { checkOutcome } from '@mc/outcome-checks';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { DesignViews } from '../design.views';
import { DesignLoaders } from '../designs.loaders';
import { AddOutcomeInput, UpdateOutcomeInput } from '../dto/design.inputs';
import { OutcomeIssueObject, OutcomeObject } from '../dto/design.objects';
import { OutcomePermissionsObject } from '../dto/permissions.objects';

import { OutcomeService } from './outcome.service';

// Outcome.skills is a plain property of the records (see DesignViews).
@Resolver(() => OutcomeObject)
export class OutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly loaders: DesignLoaders,
    private readonly views: DesignViews,
    private readonly policy: DesignAccessPolicy,
  ) {}

  @Mutation(() => OutcomeObject)
  async addOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('input') input: AddOutcomeInput,
    @Context('req') request: object,
  ): Promise<OutcomeObject> {
    return this.views.outcome(request, await this.outcomes.add(user, designId, input));
  }

  @Mutation(() => OutcomeObject)
  async updateOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateOutcomeInput,
    @Context('req') request: object,
  ): Promise<OutcomeObject> {
    return this.views.outcome(request, await this.outcomes.update(user, id, input));
  }

  @Mutation(() => Boolean)
  removeOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<boolean> {
    return this.outcomes.remove(user, id);
  }

  // Pure computation on the parent (no query): whoever may read the outcome may read its issues.
  @ResolveField(() => [OutcomeIssueObject], {
    description: 'Problems of the statement as a learning outcome (see SPEC "Quality"); empty when none.',
  })
  issues(@Parent() outcome: OutcomeObject): OutcomeIssueObject[] {
    return checkOutcome(outcome.statement, outcome.bloomLevel);
  }

  @ResolveField(() => OutcomePermissionsObject, {
    description: 'What the caller may do with this outcome now (the same rules the mutations enforce).',
  })
  async myPermissions(
    @Parent() outcome: OutcomeObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<OutcomePermissionsObject> {
    const access = await this.loaders.access(request, user, outcome.designId);
    return this.policy.outcomePermissions(access);
  }
}
