import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CommentTarget } from '../designs.enums';
import { SuggestionStatus } from '../suggestions/suggestion.entity';

registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

@ObjectType('Suggestion', {
  description:
    'Suggested wording for a text field of the design, a skill or an outcome (SPEC "Suggestions").',
})
export class SuggestionObject {
  @Field(() => ID) id!: string;
  @Field(() => CommentTarget) targetType!: CommentTarget;
  @Field(() => ID) targetId!: string;
  @Field({
    description:
      'The field\'s name in the GraphQL type of the target: "summary", "statement", "description".',
  })
  field!: string;
  @Field(() => String, { nullable: true, description: "The field's text when the suggestion was made." })
  baseText!: string | null;
  @Field() proposedText!: string;
  @Field(() => String, { nullable: true, description: "The author's note: why this wording." })
  note!: string | null;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => String, { nullable: true, description: 'The note of whoever accepted or rejected it.' })
  decisionNote!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true, description: "The field's text now (what the diff compares with)." })
  currentText!: string | null;
  @Field({ description: 'The field changed since the suggestion was made: accepting it answers CONFLICT.' })
  outdated!: boolean;
  designId!: string;
  authorId!: string;
  decidedById!: string | null;
}

@ObjectType('SuggestionPermissions')
export class SuggestionPermissionsObject {
  @Field({ description: '`acceptSuggestion` (an open one, in DRAFTING, by who may edit the field).' })
  canAccept!: boolean;
  @Field({ description: '`rejectSuggestion` (an open one, by who may edit the field).' }) canReject!: boolean;
}
