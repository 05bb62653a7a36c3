export { buildCommitteeBrief, inertMarkdown } from './committee-brief';
export type { BriefDecision, BriefThread, CommitteeBriefExtras } from './committee-brief';
export { buildOpenBadgeAchievement, buildIssuerProfile } from './open-badge';
export type { OpenBadgeOptions } from './open-badge';
export { buildCasePackage } from './case-package';
export type { CasePackageOptions } from './case-package';
export { buildCtdlCredential } from './ctdl-credential';
export type { CtdlOptions } from './ctdl-credential';
export { achievementUrl, casePackageUrl, catalogPageUrl, ctdlUrl, issuerProfileUrl } from './public-urls';
