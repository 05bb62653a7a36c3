import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';
import { checkOutcome } from '@mc/outcome-checks';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { DesignLoaders } from '../designs.loaders';
import { AddOutcomeInput, UpdateOutcomeInput } from '../dto/design.inputs';
import { OutcomeIssueObject, OutcomeObject, SkillObject } from '../dto/design.objects';
import { toOutcomeObject, toSkillObject } from '../dto/design.records';
import { OutcomePermissionsObject } from '../dto/permissions.objects';

import { OutcomeService } from './outcome.service';

@Resolver(() => OutcomeObject)
export class OutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly loaders: DesignLoaders,
    private readonly policy: DesignAccessPolicy,
  ) {}

  @Mutation(() => OutcomeObject)
  async addOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('input') input: AddOutcomeInput,
  ): Promise<OutcomeObject> {
    return toOutcomeObject(await this.outcomes.add(user, designId, input));
  }

  @Mutation(() => OutcomeObject)
  async updateOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateOutcomeInput,
  ): Promise<OutcomeObject> {
    return toOutcomeObject(await this.outcomes.update(user, id, input));
  }

  @Mutation(() => Boolean)
  removeOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<boolean> {
    return this.outcomes.remove(user, id);
  }

  @ResolveField(() => [SkillObject], { description: 'The skills this outcome covers.' })
  async skills(@Parent() outcome: OutcomeObject, @Context('req') request: object): Promise<SkillObject[]> {
    const [skills, alignment] = await Promise.all([
      this.loaders.skillsByDesign.load(request, outcome.designId),
      this.loaders.alignmentByDesign.load(request, outcome.designId),
    ]);
    const covered = new Set(
      alignment.filter((link) => link.outcomeId === outcome.id).map((link) => link.skillId),
    );
    return skills.filter((skill) => covered.has(skill.id)).map(toSkillObject);
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
