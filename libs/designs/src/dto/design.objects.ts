import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { OrganizationObject, UserObject } from '@mc/identity';
import type { OutcomeIssueCode as OutcomeIssueCodeName } from '@mc/outcome-checks';

import {
  BloomLevel,
  CommentTarget,
  DeliveryMode,
  DesignRole,
  DesignStage,
  OutcomeIssueCode,
  SkillPriority,
} from '../designs.enums';

@ObjectType('Design')
export class DesignObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => String, { nullable: true }) targetLearners!: string | null;
  @Field(() => String, { nullable: true }) prerequisites!: string | null;
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => DeliveryMode, { nullable: true }) deliveryMode!: DeliveryMode | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => String, { nullable: true }) assessmentApproach!: string | null;
  @Field(() => String, { nullable: true, description: 'Supervised or not, identity checked or not.' })
  participationForm!: string | null;
  @Field(() => String, { nullable: true, description: 'The quality assurance body or process.' })
  qualityAssurance!: string | null;
  @Field(() => Float, { nullable: true, description: 'Credit value (e.g. ECTS or institutional credits).' })
  creditValue!: number | null;
  @Field(() => String, { nullable: true, description: 'Pathways into larger credentials.' })
  stackability!: string | null;
  @Field(() => String, { nullable: true }) price!: string | null;
  @Field(() => String, { nullable: true }) validityPeriod!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 or ISO 3166-2 code of the issuer\'s country or region: "CA", "CA-BC".',
  })
  issuerCountry!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Qualification level as "<framework> <level>" ("EQF 5", "BCQF 3"), or "not applicable".',
  })
  level!: string | null;
  @Field(() => DesignStage) stage!: DesignStage;
  @Field(() => Int) revision!: number;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'Sequence number of the newest entry of the event log.' })
  lastSeq!: number;
  @Field(() => DesignRole, {
    nullable: true,
    description: "The caller's role in this design (null: admin view).",
  })
  myRole?: DesignRole | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  institutionId!: string;
  /** Resolved as `derivedFrom` (a PublishedDesign) by the workflow library. */
  derivedFromId!: string | null;
  revisionOfId!: string | null;
}

@ObjectType('Participant')
export class ParticipantObject {
  @Field(() => DesignRole) role!: DesignRole;
  @Field() joinedAt!: Date;
  /** Attached when the list is built (one batched read), not resolved per participant. */
  @Field(() => UserObject) user!: UserObject;
  userId!: string;
  designId!: string;
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => DesignRole) role!: DesignRole;
  @Field({ description: 'Shown once, to the lead who invited; only its hash is stored.' }) token!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('InvitationPreview', {
  description:
    "What an invitation's link shows before it is accepted: public, so a type of its own with nothing else of the design.",
})
export class InvitationPreviewObject {
  @Field() designTitle!: string;
  @Field() institutionName!: string;
  @Field(() => DesignRole) role!: DesignRole;
  @Field({ description: 'The display name of who invited.' }) invitedBy!: string;
  @Field() email!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('FrameworkRef')
export class FrameworkRefObject {
  @Field() framework!: string;
  @Field() code!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@ObjectType('Skill')
export class SkillObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => SkillPriority) priority!: SkillPriority;
  @Field(() => FrameworkRefObject, { nullable: true }) frameworkRef!: FrameworkRefObject | null;
  @Field(() => Int) version!: number;
  // Plain properties (no per-skill resolver): a design's list is built with them attached; a skill
  // a mutation answers reads them when the query selects them (see DesignViews).
  @Field(() => UserObject) proposedBy!: UserObject | Promise<UserObject>;
  @Field(() => [OutcomeObject], { description: 'The outcomes that cover this skill.' })
  coveredBy!: OutcomeObject[] | Promise<OutcomeObject[]>;
  designId!: string;
  proposedById!: string;
  proposedByOrganizationId!: string;
}

@ObjectType('Outcome')
export class OutcomeObject {
  @Field(() => ID) id!: string;
  @Field() statement!: string;
  @Field(() => BloomLevel) bloomLevel!: BloomLevel;
  @Field(() => String, { nullable: true }) assessmentMethod!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  /** A plain property, as `Skill.coveredBy` (see DesignViews). */
  @Field(() => [SkillObject], { description: 'The skills this outcome covers.' })
  skills!: SkillObject[] | Promise<SkillObject[]>;
  designId!: string;
}

@ObjectType('OutcomeIssue', { description: 'A problem of an outcome statement as a learning outcome.' })
export class OutcomeIssueObject {
  @Field(() => OutcomeIssueCode) code!: OutcomeIssueCodeName;
  @Field({ description: 'What is wrong and how to fix it, in words for the faculty member who wrote it.' })
  message!: string;
}

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID) id!: string;
  @Field(() => CommentTarget) targetType!: CommentTarget;
  @Field(() => ID) targetId!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() resolved!: boolean;
  @Field() createdAt!: Date;
  // Plain properties (no per-comment resolver): a design's list is built with them attached, in
  // one batched read each; a comment a mutation answers reads them when the query selects them.
  @Field(() => UserObject) author!: UserObject | Promise<UserObject>;
  @Field(() => [UserObject], { description: 'The participants this comment @mentions.' })
  mentions!: UserObject[] | Promise<UserObject[]>;
  @Field(() => [CommentObject], { description: 'Replies, oldest first (one level).' })
  replies!: CommentObject[] | Promise<CommentObject[]>;
  designId!: string;
  authorId!: string;
}

@ObjectType('DesignEvent')
export class DesignEventObject {
  @Field(() => Int) seq!: number;
  @Field() type!: string;
  @Field(() => GraphQLJSON) data!: Record<string, unknown>;
  @Field() at!: Date;
  @Field(() => ID) designId!: string;
  /** Attached when the page is built (one batched read), not resolved per entry. */
  @Field(() => UserObject, { nullable: true, description: 'Who made the change (null: the system).' })
  actor!: UserObject | null;
  actorId!: string | null;
}

@ObjectType('Coverage')
export class CoverageObject {
  @Field(() => [SkillObject]) uncoveredSkills!: SkillObject[];
  @Field(() => [SkillObject]) uncoveredEssentialSkills!: SkillObject[];
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('DesignEdge')
export class DesignEdgeObject {
  @Field(() => DesignObject) node!: DesignObject;
  @Field() cursor!: string;
}

@ObjectType('DesignConnection')
export class DesignConnectionObject {
  @Field(() => [DesignEdgeObject]) edges!: DesignEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}

// Re-exported so that resolvers of this library name identity's GraphQL types in one place.
export { OrganizationObject, UserObject };
