import { COLLAB_ENTITIES } from '@mc/collab';
import { DESIGNS_ENTITIES } from '@mc/designs';
import { IDENTITY_ENTITIES } from '@mc/identity';
import { REALTIME_ENTITIES } from '@mc/realtime';
import { WORKFLOW_ENTITIES } from '@mc/workflow';

/** Every library's TypeORM entities; the migrations must build exactly this schema. */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...DESIGNS_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...REALTIME_ENTITIES,
  ...COLLAB_ENTITIES,
];
