export { buildCommitteeBrief } from './committee-brief';
export type { BriefDecision, BriefThread, CommitteeBriefExtras } from './committee-brief';
export { buildOpenBadgeAchievement } from './open-badge';
export type { OpenBadgeOptions } from './open-badge';
