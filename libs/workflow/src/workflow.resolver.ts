import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { DesignObject, DesignStage, toDesignObject } from '@mc/designs';
import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, UserLoader, UserObject } from '@mc/identity';

import { DecisionKind } from './decisions/decision.entity';
import { DecisionService } from './decisions/decision.service';
import {
  AvailableTransitionObject,
  DecisionObject,
  FieldChangeObject,
  SnapshotObject,
} from './dto/workflow.objects';
import { ExportService } from './outputs/export.service';
import { decisionsFor, movesFor } from './pipelines/pipeline.definition';
import { TransitionService } from './transitions/transition.service';
import { designKey, WorkflowLoaders } from './workflow.loaders';

/** The approval workflow's operations and the workflow fields of `Design`. */
@Resolver(() => DesignObject)
export class WorkflowResolver {
  constructor(
    private readonly transitions: TransitionService,
    private readonly decisionService: DecisionService,
    private readonly exports: ExportService,
    private readonly loaders: WorkflowLoaders,
  ) {}

  @Mutation(() => DesignObject)
  async transitionDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('to', { type: () => DesignStage }) to: DesignStage,
    @Args('rationale', { type: () => String, nullable: true }) rationale: string | null,
  ): Promise<DesignObject> {
    const { design, role } = await this.transitions.transition(user, designId, to, rationale);
    return toDesignObject(design, role);
  }

  @Mutation(() => DecisionObject)
  async recordDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('kind', { type: () => DecisionKind }) kind: DecisionKind,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<DecisionObject> {
    const decision = await this.decisionService.record(user, designId, kind, note);
    return { ...decision, createdAt: decision.updatedAt };
  }

  @Query(() => [FieldChangeObject])
  compareSnapshots(
    @CurrentUser() user: AuthenticatedUser,
    @Args('fromId', { type: () => ID }, ParseUuidPipe) fromId: string,
    @Args('toId', { type: () => ID }, ParseUuidPipe) toId: string,
  ): Promise<FieldChangeObject[]> {
    return this.exports.compareSnapshots(user, fromId, toId);
  }

  @Query(() => GraphQLJSON, { description: 'The design as a 1EdTech Open Badges 3.0 Achievement (JSON-LD).' })
  exportOpenBadge(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
  ): Promise<Record<string, unknown>> {
    return this.exports.openBadge(user, designId);
  }

  @Query(() => String, { description: 'A Markdown brief of the design for a committee package.' })
  exportBrief(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
  ): Promise<string> {
    return this.exports.brief(user, designId);
  }

  @ResolveField(() => [DecisionObject])
  async decisions(
    @Parent() design: DesignObject,
    @Context('req') request: object,
    @Args('currentRevisionOnly', { type: () => Boolean, nullable: true, defaultValue: true })
    currentOnly: boolean | null,
  ): Promise<DecisionObject[]> {
    const all = await this.loaders.decisionsByDesign.load(request, design.id);
    return all
      .filter((d) => currentOnly === false || d.revision === design.revision)
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        revision: d.revision,
        note: d.note,
        createdAt: d.updatedAt,
        userId: d.userId,
      }));
  }

  @ResolveField(() => [AvailableTransitionObject], {
    description:
      "The moves the caller's role may make from the current stage under the institution's pipeline.",
  })
  async availableTransitions(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<AvailableTransitionObject[]> {
    if (!design.myRole) return [];
    const { pipeline } = await this.loaders.pipelineByDesign.load(request, designKey(design));
    return movesFor(pipeline, design.stage, design.myRole);
  }

  @ResolveField(() => [DecisionKind], {
    description: "The decisions the caller's role may record in the current stage.",
  })
  async availableDecisions(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<DecisionKind[]> {
    if (!design.myRole) return [];
    const { pipeline } = await this.loaders.pipelineByDesign.load(request, designKey(design));
    return decisionsFor(pipeline, design.stage, design.myRole);
  }

  @ResolveField(() => [SnapshotObject])
  async snapshots(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<SnapshotObject[]> {
    const all = await this.loaders.snapshotsByDesign.load(request, design.id);
    return all.map((s) => ({
      id: s.id,
      revision: s.revision,
      stage: s.stage as DesignStage,
      takenAt: s.takenAt,
    }));
  }
}

@Resolver(() => DecisionObject)
export class DecisionResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserObject)
  async user(@Parent() decision: DecisionObject, @Context('req') request: object): Promise<UserObject> {
    const user = await this.users.load(request, decision.userId);
    if (!user) throw new Error(`decision ${decision.id} has no user`);
    return user;
  }
}
