import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { BadUserInputError, ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, OrganizationLoader, OrganizationObject } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { DesignViews } from '../design.views';
import { SkillPriority } from '../designs.enums';
import { DesignLoaders } from '../designs.loaders';
import { CreateDesignInput, DesignFilter, UpdateDesignInput } from '../dto/design.inputs';
import {
  CommentObject,
  CoverageObject,
  DesignConnectionObject,
  DesignEventObject,
  DesignObject,
  InvitationObject,
  OutcomeObject,
  ParticipantObject,
  SkillObject,
} from '../dto/design.objects';
import { toDesignConnection, toDesignObject } from '../dto/design.records';
import { DesignPermissionsObject } from '../dto/permissions.objects';
import { ParticipantService } from '../participants/participant.service';

import { DesignService } from './design.service';

const MAX_EVENTS_PAGE = 1000;

@Resolver(() => DesignObject)
export class DesignResolver {
  constructor(
    private readonly designService: DesignService,
    private readonly loaders: DesignLoaders,
    private readonly organizations: OrganizationLoader,
    private readonly policy: DesignAccessPolicy,
    private readonly participantService: ParticipantService,
    private readonly views: DesignViews,
  ) {}

  @Query(() => DesignObject)
  async design(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.designService.get(user, id);
    return toDesignObject(design, role);
  }

  @Query(() => DesignConnectionObject)
  async designs(
    @CurrentUser() user: AuthenticatedUser,
    @Args('filter', { type: () => DesignFilter, nullable: true }) filter: DesignFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DesignConnectionObject> {
    return toDesignConnection(await this.designService.list({ user }, filter, first ?? 20, after));
  }

  @Mutation(() => DesignObject)
  async createDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateDesignInput,
  ): Promise<DesignObject> {
    const { design, role } = await this.designService.create(user, input);
    return toDesignObject(design, role);
  }

  @Mutation(() => DesignObject)
  async updateDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateDesignInput,
  ): Promise<DesignObject> {
    const { design, role } = await this.designService.update(user, id, input);
    return toDesignObject(design, role);
  }

  @ResolveField(() => OrganizationObject)
  async institution(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<OrganizationObject> {
    const organization = await this.organizations.load(request, design.institutionId);
    if (!organization) throw new Error(`design ${design.id} has no institution`);
    return { id: organization.id, name: organization.name, kind: organization.kind };
  }

  @ResolveField(() => [ParticipantObject])
  async participants(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<ParticipantObject[]> {
    return this.views.participants(request, design.id);
  }

  @ResolveField(() => [InvitationObject], {
    description:
      'Pending invitations (LEAD only; others get an empty list). `token` is empty: resend for a link.',
  })
  async invitations(
    @Parent() design: DesignObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<InvitationObject[]> {
    return this.participantService.pending(await this.loaders.access(request, user, design.id), design.id);
  }

  @ResolveField(() => [SkillObject])
  async skills(@Parent() design: DesignObject, @Context('req') request: object): Promise<SkillObject[]> {
    return (await this.views.alignment(request, design.id)).skills;
  }

  @ResolveField(() => [OutcomeObject])
  async outcomes(@Parent() design: DesignObject, @Context('req') request: object): Promise<OutcomeObject[]> {
    return (await this.views.alignment(request, design.id)).outcomes;
  }

  @ResolveField(() => [CommentObject], { description: 'Every comment of the design, oldest first.' })
  async comments(
    @Parent() design: DesignObject,
    @Context('req') request: object,
    @Args('resolved', { type: () => Boolean, nullable: true }) resolved: boolean | null,
  ): Promise<CommentObject[]> {
    const comments = await this.views.comments(request, design.id);
    return resolved === null || resolved === undefined
      ? comments
      : comments.filter((c) => c.resolved === resolved);
  }

  @ResolveField(() => CoverageObject)
  async coverage(@Parent() design: DesignObject, @Context('req') request: object): Promise<CoverageObject> {
    const { skillById } = await this.views.alignment(request, design.id);
    const uncoveredSkills = [...skillById.values()].filter((skill) => skill.coveredBy.length === 0);
    return {
      uncoveredSkills,
      uncoveredEssentialSkills: uncoveredSkills.filter((skill) => skill.priority === SkillPriority.ESSENTIAL),
    };
  }

  @ResolveField(() => [DesignEventObject], { description: 'Log entries with seq > afterSeq, oldest first.' })
  async events(
    @Parent() design: DesignObject,
    @Context('req') request: object,
    @Args('afterSeq', { type: () => Int, nullable: true, defaultValue: 0 }) afterSeqArg: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limitArg: number | null,
  ): Promise<DesignEventObject[]> {
    const afterSeq = afterSeqArg ?? 0;
    const limit = limitArg ?? 100;
    if (afterSeq < 0) throw BadUserInputError.of('afterSeq', 'must be 0 or more');
    if (limit < 1 || limit > MAX_EVENTS_PAGE)
      throw BadUserInputError.of('limit', `must be 1 to ${MAX_EVENTS_PAGE}`);
    return this.views.events(request, design.id, afterSeq, limit);
  }

  @ResolveField(() => DesignPermissionsObject, {
    description: 'What the caller may do with this design now (the same rules the mutations enforce).',
  })
  async myPermissions(
    @Parent() design: DesignObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<DesignPermissionsObject> {
    const access = await this.loaders.access(request, user, design.id);
    return this.policy.designPermissions(access);
  }
}
