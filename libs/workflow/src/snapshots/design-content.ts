// The design-content shape belongs to the designs library, which reads it; re-exported here for the
// workflow's snapshots and exports.
export type { DesignContent, SkillContent, OutcomeContent, FrameworkRefContent } from '@mc/designs';
