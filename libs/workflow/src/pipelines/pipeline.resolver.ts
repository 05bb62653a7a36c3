import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DataSource } from 'typeorm';

import { DesignContentReader, DesignObject, DesignRole, DesignStage, toDesignObject } from '@mc/designs';
import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, OrganizationLoader, UserLoader } from '@mc/identity';

import { designKey, WorkflowLoaders } from '../workflow.loaders';

import { votesNeeded } from './gates';
import { stageDefinition } from './pipeline.definition';
import { PipelineVersionObject, UnitSignOffObject } from './pipeline.objects';
import { PipelineService } from './pipeline.service';
import { UnitSignOff } from './unit-signoff.entity';

/** The pipeline editor's operations, and the service units' sign-offs of a parallel review. */
@Resolver(() => DesignObject)
export class PipelineResolver {
  constructor(
    private readonly pipelines: PipelineService,
    private readonly organizations: OrganizationLoader,
    private readonly users: UserLoader,
    private readonly loaders: WorkflowLoaders,
    private readonly dataSource: DataSource,
    private readonly content: DesignContentReader,
  ) {}

  private async kindOf(request: object, user: AuthenticatedUser) {
    return (await this.organizations.load(request, user.organizationId))?.kind;
  }

  @Query(() => GraphQLJSON, {
    description:
      "The pipeline definition of the caller's institution (the default one until it sets its own).",
  })
  async institutionPipeline(@CurrentUser() user: AuthenticatedUser, @Context('req') request: object) {
    return this.pipelines.current(user, await this.kindOf(request, user));
  }

  @Query(() => [PipelineVersionObject], {
    description:
      "Every version of the caller's institution's pipeline, newest first; the last is the default (0).",
  })
  async institutionPipelineVersions(
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<PipelineVersionObject[]> {
    const versions = await this.pipelines.versions(user, await this.kindOf(request, user));
    return Promise.all(
      versions.map(async (v) => ({
        version: v.version,
        definition: v.definition,
        createdAt: v.createdAt,
        createdBy: v.createdById ? await this.users.load(request, v.createdById) : null,
      })),
    );
  }

  @Mutation(() => GraphQLJSON)
  async updateInstitutionPipeline(
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
    @Args('definition', { type: () => GraphQLJSON }) definition: unknown,
  ) {
    return this.pipelines.update(user, await this.kindOf(request, user), definition);
  }

  @Mutation(() => DesignObject, {
    description: 'A service unit signs off a design in a parallel review stage (one of its signers).',
  })
  async signOffDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('unit') unit: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.pipelines.signOff(user, designId, unit);
    return toDesignObject(design, role);
  }

  @ResolveField(() => [UnitSignOffObject], {
    description: 'The service units of the current stage when it is a parallel review (else empty).',
  })
  async unitSignOffs(
    @Parent() design: DesignObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<UnitSignOffObject[]> {
    const { pipeline } = await this.loaders.pipelineByDesign.load(request, designKey(design));
    const stage = stageDefinition(pipeline, design.stage as DesignStage);
    if (stage?.kind !== 'parallelReview') return [];
    const rows = await this.dataSource
      .getRepository(UnitSignOff)
      .findBy({ designId: design.id, stage: design.stage, revision: design.revision });
    return Promise.all(
      stage.units.map(async (unit) => {
        const row = rows.find((r) => r.unit === unit.key);
        return {
          unit: unit.key,
          name: unit.name,
          signedAt: row?.createdAt ?? null,
          signedBy: row ? await this.users.load(request, row.userId) : null,
          canSignOff: !row && unit.signers.includes(user.id),
        };
      }),
    );
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'The committee approvals the way forward from the current stage needs on this revision, under the pipeline version the design runs on (null: no committee vote gate there).',
  })
  async committeeVotesNeeded(
    @Parent() design: DesignObject,
    @Context('req') request: object,
  ): Promise<number | null> {
    const { pipeline } = await this.loaders.pipelineByDesign.load(request, designKey(design));
    const gate = stageDefinition(pipeline, design.stage as DesignStage)
      ?.transitions.flatMap((t) => t.gates)
      .find((g) => g.type === 'committeeVotes');
    if (gate?.type !== 'committeeVotes') return null;
    const participants = await this.content.participants(this.dataSource.manager, design.id);
    return votesNeeded(
      gate.quorum,
      participants.filter((p) => p.role === DesignRole.COMMITTEE_MEMBER).length,
    );
  }
}
