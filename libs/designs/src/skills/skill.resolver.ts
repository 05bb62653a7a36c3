import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, UserLoader, UserObject } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { DesignLoaders } from '../designs.loaders';
import { ProposeSkillInput, UpdateSkillInput } from '../dto/design.inputs';
import { OutcomeObject, SkillObject } from '../dto/design.objects';
import { toOutcomeObject, toSkillObject } from '../dto/design.records';
import { SkillPermissionsObject } from '../dto/permissions.objects';

import { SkillService } from './skill.service';

@Resolver(() => SkillObject)
export class SkillResolver {
  constructor(
    private readonly skills: SkillService,
    private readonly loaders: DesignLoaders,
    private readonly users: UserLoader,
    private readonly policy: DesignAccessPolicy,
  ) {}

  @Mutation(() => SkillObject)
  async proposeSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('input') input: ProposeSkillInput,
  ): Promise<SkillObject> {
    return toSkillObject(await this.skills.propose(user, designId, input));
  }

  @Mutation(() => SkillObject)
  async updateSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateSkillInput,
  ): Promise<SkillObject> {
    return toSkillObject(await this.skills.update(user, id, input));
  }

  @Mutation(() => Boolean)
  removeSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<boolean> {
    return this.skills.remove(user, id);
  }

  @ResolveField(() => UserObject)
  async proposedBy(@Parent() skill: SkillObject, @Context('req') request: object): Promise<UserObject> {
    const user = await this.users.load(request, skill.proposedById);
    if (!user) throw new Error(`skill ${skill.id} has no proposer`);
    return user;
  }

  @ResolveField(() => [OutcomeObject], { description: 'The outcomes that cover this skill.' })
  async coveredBy(@Parent() skill: SkillObject, @Context('req') request: object): Promise<OutcomeObject[]> {
    const [outcomes, alignment] = await Promise.all([
      this.loaders.outcomesByDesign.load(request, skill.designId),
      this.loaders.alignmentByDesign.load(request, skill.designId),
    ]);
    const covering = new Set(
      alignment.filter((link) => link.skillId === skill.id).map((link) => link.outcomeId),
    );
    return outcomes.filter((outcome) => covering.has(outcome.id)).map(toOutcomeObject);
  }

  @ResolveField(() => SkillPermissionsObject, {
    description: 'What the caller may do with this skill now (the same rules the mutations enforce).',
  })
  async myPermissions(
    @Parent() skill: SkillObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<SkillPermissionsObject> {
    const access = await this.loaders.access(request, user, skill.designId);
    return this.policy.skillPermissions(access, skill);
  }
}
