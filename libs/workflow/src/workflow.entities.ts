import { Decision } from './decisions/decision.entity';
import { DesignPipelinePin, PipelineVersion } from './pipelines/pipeline-version.entity';
import { UnitSignOff } from './pipelines/unit-signoff.entity';
import { Snapshot } from './snapshots/snapshot.entity';

export const WORKFLOW_ENTITIES = [Decision, Snapshot, PipelineVersion, DesignPipelinePin, UnitSignOff];
