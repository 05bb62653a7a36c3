export type {
  DesignContent,
  SkillContent,
  OutcomeContent,
  FrameworkRefContent,
} from './snapshots/design-content';
export { WORKFLOW_ENTITIES } from './workflow.entities';
export { WorkflowModule } from './workflow.module';
export { DEFAULT_PIPELINE, type PipelineDefinition } from './pipelines/pipeline.definition';
export { BeforeLeavingDrafting, type LeavingDraftingHandler } from './transitions/before-leaving-drafting';
