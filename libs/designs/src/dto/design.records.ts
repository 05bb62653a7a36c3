/**
 * Entity -> API shape, in one place. The same shapes are the `data` of log entries and the
 * `extensions.current` of a CONFLICT, so a client handles one representation of each record.
 */
import type { UserObject } from '@mc/identity';

import { Comment } from '../comments/comment.entity';
import { Design } from '../designs/design.entity';
import { DesignRole } from '../designs.enums';
import { Outcome } from '../outcomes/outcome.entity';
import { Participant } from '../participants/participant.entity';
import { Skill } from '../skills/skill.entity';

import {
  CommentObject,
  DesignConnectionObject,
  DesignObject,
  FrameworkRefObject,
  OutcomeObject,
  ParticipantObject,
  SkillObject,
} from './design.objects';

export function toDesignObject(design: Design, myRole?: DesignRole | null): DesignObject {
  return {
    id: design.id,
    title: design.title,
    summary: design.summary,
    sector: design.sector,
    targetLearners: design.targetLearners,
    prerequisites: design.prerequisites,
    hours: design.hours,
    deliveryMode: design.deliveryMode,
    language: design.language,
    assessmentApproach: design.assessmentApproach,
    participationForm: design.participationForm,
    qualityAssurance: design.qualityAssurance,
    creditValue: design.creditValue,
    stackability: design.stackability,
    price: design.price,
    validityPeriod: design.validityPeriod,
    issuerCountry: design.issuerCountry,
    level: design.level,
    stage: design.stage,
    revision: design.revision,
    version: design.version,
    lastSeq: design.lastSeq,
    myRole,
    createdAt: design.createdAt,
    updatedAt: design.updatedAt,
    institutionId: design.institutionId,
    derivedFromId: design.derivedFromId,
    revisionOfId: design.revisionOfId,
  };
}

/** The editable fields of a design, for `design.updated` entries and conflicts. */
export function designRecord(design: Design): Record<string, unknown> {
  const {
    institutionId: _institution,
    myRole: _role,
    createdAt: _created,
    updatedAt: _updated,
    lastSeq: _seq,
    ...rest
  } = toDesignObject(design);
  return rest;
}

export function toFrameworkRef(skill: Skill): FrameworkRefObject | null {
  if (!skill.frameworkName || !skill.frameworkCode) return null;
  return {
    framework: skill.frameworkName,
    code: skill.frameworkCode,
    label: skill.frameworkLabel,
    url: skill.frameworkUrl,
  };
}

/** A skill's own fields, without the records it links to (proposedBy, coveredBy). */
export type SkillFields = Omit<SkillObject, 'proposedBy' | 'coveredBy'>;

export function toSkillObject(skill: Skill): SkillFields {
  return {
    id: skill.id,
    name: skill.name,
    description: skill.description,
    priority: skill.priority,
    frameworkRef: toFrameworkRef(skill),
    version: skill.version,
    designId: skill.designId,
    proposedById: skill.proposedById,
    proposedByOrganizationId: skill.proposedByOrganizationId,
  };
}

export function skillRecord(skill: Skill): Record<string, unknown> {
  const { designId: _d, proposedById, proposedByOrganizationId, ...rest } = toSkillObject(skill);
  return { ...rest, proposedBy: { id: proposedById }, proposedByOrganizationId };
}

/** An outcome's own fields, without the skills it covers. */
export type OutcomeFields = Omit<OutcomeObject, 'skills'>;

export function toOutcomeObject(outcome: Outcome): OutcomeFields {
  return {
    id: outcome.id,
    statement: outcome.statement,
    bloomLevel: outcome.bloomLevel,
    assessmentMethod: outcome.assessmentMethod,
    position: outcome.position,
    version: outcome.version,
    designId: outcome.designId,
  };
}

export function outcomeRecord(outcome: Outcome, skillIds: readonly string[]): Record<string, unknown> {
  const { designId: _d, ...rest } = toOutcomeObject(outcome);
  return { ...rest, skillIds: [...skillIds].sort() };
}

/** A comment's own fields, without the records it links to (author, mentions, replies). */
export type CommentFields = Omit<CommentObject, 'author' | 'mentions' | 'replies'>;

export function toCommentObject(comment: Comment): CommentFields {
  return {
    id: comment.id,
    targetType: comment.targetType,
    targetId: comment.targetId,
    body: comment.body,
    parentId: comment.parentId,
    resolved: comment.resolved,
    createdAt: comment.createdAt,
    designId: comment.designId,
    authorId: comment.authorId,
  };
}

export function commentRecord(comment: Comment, mentionIds: readonly string[]): Record<string, unknown> {
  const { designId: _d, authorId, createdAt, ...rest } = toCommentObject(comment);
  return {
    ...rest,
    author: { id: authorId },
    mentions: mentionIds.map((id) => ({ id })),
    createdAt: createdAt.toISOString(),
  };
}

export function toParticipantObject(participant: Participant, user: UserObject): ParticipantObject {
  return {
    role: participant.role,
    joinedAt: participant.joinedAt,
    user,
    userId: participant.userId,
    designId: participant.designId,
  };
}

/** A page of designs as the GraphQL connection (`designs`). */
export function toDesignConnection(page: {
  rows: Array<{ design: Design; role: DesignRole | null; cursor: string }>;
  hasNextPage: boolean;
  totalCount: number;
}): DesignConnectionObject {
  const edges = page.rows.map(({ design, role, cursor }) => ({ node: toDesignObject(design, role), cursor }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
