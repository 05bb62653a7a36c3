import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { DesignViews } from '../design.views';
import { DesignLoaders } from '../designs.loaders';
import { ProposeSkillInput, UpdateSkillInput } from '../dto/design.inputs';
import { SkillObject } from '../dto/design.objects';
import { SkillPermissionsObject } from '../dto/permissions.objects';

import { SkillService } from './skill.service';

// Skill.proposedBy / coveredBy are plain properties of the records (see DesignViews).
@Resolver(() => SkillObject)
export class SkillResolver {
  constructor(
    private readonly skills: SkillService,
    private readonly loaders: DesignLoaders,
    private readonly views: DesignViews,
    private readonly policy: DesignAccessPolicy,
  ) {}

  @Mutation(() => SkillObject)
  async proposeSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('input') input: ProposeSkillInput,
    @Context('req') request: object,
  ): Promise<SkillObject> {
    return this.views.skill(request, await this.skills.propose(user, designId, input));
  }

  @Mutation(() => SkillObject)
  async updateSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateSkillInput,
    @Context('req') request: object,
  ): Promise<SkillObject> {
    return this.views.skill(request, await this.skills.update(user, id, input));
  }

  @Mutation(() => Boolean)
  removeSkill(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<boolean> {
    return this.skills.remove(user, id);
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
