/**
 * What anyone may see of a published design, without logging in (SPEC "Interoperability"): types
 * of their own, built field by field from the published record, so that a field added to `Design`,
 * `Skill` or `User` never becomes public by being forgotten. No field here leads to a person, a
 * comment, a decision, an event or a snapshot (`public-surface.e2e-spec.ts` walks the schema).
 */
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { BloomLevel, DeliveryMode, FrameworkRefObject, PageInfoObject, SkillPriority } from '@mc/designs';

@ObjectType('PublishedSkill')
export class PublishedSkillObject {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => SkillPriority) priority!: SkillPriority;
  @Field(() => FrameworkRefObject, { nullable: true }) frameworkRef!: FrameworkRefObject | null;
}

@ObjectType('PublishedOutcome')
export class PublishedOutcomeObject {
  @Field() statement!: string;
  @Field(() => BloomLevel) bloomLevel!: BloomLevel;
  @Field(() => String, { nullable: true }) assessmentMethod!: string | null;
  @Field(() => Int) position!: number;
}

@ObjectType('PublishedDesign', {
  description: 'What anyone may see of a published design, without logging in. Nothing else of the design.',
})
export class PublishedDesignObject {
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
  @Field(() => Float, { nullable: true }) creditValue!: number | null;
  @Field(() => String, { nullable: true }) issuerCountry!: string | null;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field() publishedAt!: Date;
  @Field({ description: 'Public URL of the Open Badges 3.0 Achievement (its `id`).' })
  achievementUrl!: string;
  // Not GraphQL fields: what the field resolvers (institution, skills, outcomes, endorsedBy) need.
  institutionId!: string;
  revision!: number;
}

@ObjectType('PublishedDesignEdge')
export class PublishedDesignEdgeObject {
  @Field(() => PublishedDesignObject) node!: PublishedDesignObject;
  @Field() cursor!: string;
}

@ObjectType('PublishedDesignConnection')
export class PublishedDesignConnectionObject {
  @Field(() => [PublishedDesignEdgeObject]) edges!: PublishedDesignEdgeObject[];
  @Field(() => PageInfoObject) pageInfo!: PageInfoObject;
  @Field(() => Int) totalCount!: number;
}
