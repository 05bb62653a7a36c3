import { registerEnumType } from '@nestjs/graphql';

import type { OutcomeIssueCode as OutcomeIssueCodeName } from '@mc/outcome-checks';

export enum DesignRole {
  LEAD = 'LEAD',
  FACULTY = 'FACULTY',
  EMPLOYER_PARTNER = 'EMPLOYER_PARTNER',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  OBSERVER = 'OBSERVER',
}

export enum DesignStage {
  DRAFTING = 'DRAFTING',
  PARTNER_REVIEW = 'PARTNER_REVIEW',
  COMMITTEE_REVIEW = 'COMMITTEE_REVIEW',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum SkillPriority {
  ESSENTIAL = 'ESSENTIAL',
  IMPORTANT = 'IMPORTANT',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
}

export enum BloomLevel {
  REMEMBER = 'REMEMBER',
  UNDERSTAND = 'UNDERSTAND',
  APPLY = 'APPLY',
  ANALYZE = 'ANALYZE',
  EVALUATE = 'EVALUATE',
  CREATE = 'CREATE',
}

export enum DeliveryMode {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}

export enum CommentTarget {
  DESIGN = 'DESIGN',
  SKILL = 'SKILL',
  OUTCOME = 'OUTCOME',
}

/** The codes of `Outcome.issues`, as `@mc/outcome-checks` names them (a new code fails to compile here). */
export const OutcomeIssueCode = {
  NO_ACTION_VERB: 'NO_ACTION_VERB',
  VAGUE_VERB: 'VAGUE_VERB',
  LEVEL_MISMATCH: 'LEVEL_MISMATCH',
} as const satisfies { [Code in OutcomeIssueCodeName]: Code };

registerEnumType(DesignRole, { name: 'DesignRole' });
registerEnumType(DesignStage, { name: 'DesignStage' });
registerEnumType(SkillPriority, { name: 'SkillPriority' });
registerEnumType(BloomLevel, { name: 'BloomLevel' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });
registerEnumType(CommentTarget, { name: 'CommentTarget' });
registerEnumType(OutcomeIssueCode, {
  name: 'OutcomeIssueCode',
  description: 'What is wrong with a statement as a learning outcome (see SPEC "Quality").',
});

/** Text limits, shared by input validation and the database's column sizes. */
export const DESIGN_LIMITS = {
  title: 200,
  summary: 5_000,
  longText: 2_000,
  shortText: 200,
  statement: 1_000,
  comment: 10_000,
  skillName: 200,
  frameworkName: 50,
  frameworkCode: 100,
  frameworkLabel: 300,
  url: 2_000,
  maxHours: 10_000,
  language: 35,
  email: 254,
} as const;
