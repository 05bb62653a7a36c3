export { buildCommitteeBrief, inertMarkdown } from './committee-brief';
export type { BriefDecision, BriefThread, CommitteeBriefExtras } from './committee-brief';
export { achievementUrl, buildOpenBadgeAchievement } from './open-badge';
export type { OpenBadgeOptions } from './open-badge';
