import { Decision } from './decisions/decision.entity';
import { InstitutionPipeline } from './pipelines/institution-pipeline.entity';
import { Snapshot } from './snapshots/snapshot.entity';

export const WORKFLOW_ENTITIES = [Decision, Snapshot, InstitutionPipeline];
