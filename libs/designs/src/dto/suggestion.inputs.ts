import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { CommentTarget, DESIGN_LIMITS as L } from '../designs.enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** The longest text field one may suggest for (each field's own limit is checked by the service). */
const LONGEST_FIELD = L.summary;

@InputType()
export class SuggestChangeInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) designId!: string;
  @Field(() => CommentTarget) @IsEnum(CommentTarget) targetType!: CommentTarget;
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) targetId!: string;
  @Field({
    description: 'The field\'s name in the target\'s GraphQL type: "summary", "statement", "description".',
  })
  @IsString()
  @Length(1, 40, { message: 'must be a text field of the target' })
  field!: string;
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, LONGEST_FIELD, { message: `must be 1 to ${LONGEST_FIELD} characters` })
  proposedText!: string;
  @Field(() => String, { nullable: true, description: 'Why this wording.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.comment, { message: `must be at most ${L.comment} characters` })
  note?: string | null;
}
