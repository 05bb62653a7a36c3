/**
 * The published record -> the public types, one explicit field at a time: whatever else the
 * design's rows carry (who proposed a skill, versions, the institution's people) stays behind.
 */
import { DesignLoaders, DesignService, toFrameworkRef } from '@mc/designs';

import { achievementUrl } from '../exports';

import {
  PublishedDesignObject,
  PublishedOutcomeObject,
  PublishedSkillObject,
} from './dto/published-design.objects';

type PublishedRow = Awaited<ReturnType<DesignService['findPublished']>>;
type SkillRow = Awaited<ReturnType<DesignLoaders['skillsByDesign']['load']>>[number];
type OutcomeRow = Awaited<ReturnType<DesignLoaders['outcomesByDesign']['load']>>[number];

export function toPublishedDesign(
  design: PublishedRow,
  publishedAt: Date | undefined,
  publicUrl: string,
): PublishedDesignObject {
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
    creditValue: design.creditValue,
    issuerCountry: design.issuerCountry,
    level: design.level,
    // Every PUBLISHED design entered the stage through a logged transition; the record's own
    // timestamp only stands in should that entry be missing (rows from before the log).
    publishedAt: publishedAt ?? design.updatedAt,
    achievementUrl: achievementUrl(publicUrl, design.id),
    institutionId: design.institutionId,
    revision: design.revision,
  };
}

export function toPublishedSkill(skill: SkillRow): PublishedSkillObject {
  return {
    name: skill.name,
    description: skill.description,
    priority: skill.priority,
    frameworkRef: toFrameworkRef(skill),
  };
}

export function toPublishedOutcome(outcome: OutcomeRow): PublishedOutcomeObject {
  return {
    statement: outcome.statement,
    bloomLevel: outcome.bloomLevel,
    assessmentMethod: outcome.assessmentMethod,
    position: outcome.position,
  };
}
