export { BLOOM_LEVELS, BLOOM_LEVEL_NAMES, BLOOM_VERBS, type BloomLevel } from './bloom-verbs';
export {
  checkOutcome,
  readLeadingVerb,
  verbsForLevel,
  OUTCOME_ISSUE_CODES,
  type LeadingVerb,
  type OutcomeIssue,
  type OutcomeIssueCode,
} from './outcome-checks';
