import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DesignsModule } from '@mc/designs';

import { CatalogResolver } from './catalog/catalog.resolver';
import { CatalogService } from './catalog/catalog.service';
import { DesignLineageResolver } from './catalog/design-lineage.resolver';
import { PublicCredentialsController } from './catalog/public-credentials.controller';
import { DecisionService } from './decisions/decision.service';
import { EndorsementCredentialService } from './endorsements/endorsement-credential.service';
import { EndorsementResolver } from './endorsements/endorsement.resolver';
import { JwksController } from './endorsements/jwks.controller';
import { ExportService } from './outputs/export.service';
import { StandardsExportResolver } from './outputs/standards-export.resolver';
import { PipelineRegistry } from './pipelines/pipeline.registry';
import { PipelineResolver } from './pipelines/pipeline.resolver';
import { PipelineService } from './pipelines/pipeline.service';
import { ReadinessResolver } from './readiness/readiness.resolver';
import { TaskResolver } from './tasks/task.resolver';
import { TaskService } from './tasks/task.service';
import { BeforeLeavingDrafting } from './transitions/before-leaving-drafting';
import { TransitionService } from './transitions/transition.service';
import { WorkflowFacts } from './transitions/workflow-facts';
import { WORKFLOW_ENTITIES } from './workflow.entities';
import { WorkflowLoaders } from './workflow.loaders';
import { DecisionResolver, WorkflowResolver } from './workflow.resolver';

/** Approval pipeline, decisions, snapshots and comparison, exports and the public catalog. */
@Module({
  imports: [TypeOrmModule.forFeature(WORKFLOW_ENTITIES), DesignsModule],
  controllers: [PublicCredentialsController, JwksController],
  providers: [
    PipelineRegistry,
    PipelineService,
    PipelineResolver,
    WorkflowFacts,
    TransitionService,
    BeforeLeavingDrafting,
    DecisionService,
    ExportService,
    StandardsExportResolver,
    CatalogService,
    CatalogResolver,
    DesignLineageResolver,
    WorkflowLoaders,
    WorkflowResolver,
    DecisionResolver,
    EndorsementCredentialService,
    EndorsementResolver,
    ReadinessResolver,
    TaskService,
    TaskResolver,
  ],
  exports: [TaskService, BeforeLeavingDrafting],
})
export class WorkflowModule {}
