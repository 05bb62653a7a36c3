import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  isURL,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  IsInt,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  isDesignLevel,
  isIssuerCountry,
  normalizeIssuerCountry,
  normalizeLevel,
} from '../designs/design-codes';
import {
  BloomLevel,
  CommentTarget,
  DeliveryMode,
  DESIGN_LIMITS as L,
  DesignStage,
  SkillPriority,
} from '../designs.enums';

/** Trims strings; an all-blank optional text is stored as "nothing" (null). */
const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const chars = (min: number, max: number) => ({ message: `must be ${min} to ${max} characters` });
const maxChars = (max: number) => ({ message: `must be at most ${max} characters` });

/** A required text when given: present-but-null or blank is refused, absent means "unchanged". */
const RequiredText = (max: number) => (target: object, key: string) => {
  ValidateIf((o: Record<string, unknown>) => o[key] !== undefined)(target, key);
  Trim()(target, key);
  IsString({ message: 'must not be empty' })(target, key);
  Length(1, max, chars(1, max))(target, key);
};

/** An optional text: null (or blank) clears it. */
const OptionalText = (max: number) => (target: object, key: string) => {
  TrimToNull()(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(max, maxChars(max))(target, key);
};

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * What a framework URL may not hold raw: white space, control and invisible format characters,
 * and every character that could end or break a Markdown link or an HTML attribute where the URL
 * is written (the committee brief), such as `)` in `http://x.example/a)[x](javascript:…)`.
 * A URL that needs one writes it percent-encoded (`%28`).
 */
const URL_UNSAFE = /[\s\p{Cc}\p{Cf}()[\]<>"'`{}|\\^]/u;

/** An absolute `http`/`https` URL with a host, parsed as browsers parse it, and nothing unsafe. */
function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || URL_UNSAFE.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    isURL(value, { protocols: ['http', 'https'], require_protocol: true })
  );
}

const IsWebUrl = () =>
  ValidateBy({
    name: 'isWebUrl',
    validator: {
      validate: isWebUrl,
      defaultMessage: () =>
        'must be an http(s) URL without spaces, quotes, brackets or parentheses (percent-encode them)',
    },
  });

/** An optional coded text: blank or null clears it; otherwise normalized, then checked. */
const OptionalCode =
  (normalize: (value: unknown) => unknown, isValid: (value: unknown) => boolean, message: string) =>
  (target: object, key: string) => {
    Transform(({ value }: { value: unknown }) => {
      const normalized = normalize(value);
      return normalized === '' ? null : normalized;
    })(target, key);
    IsOptional()(target, key);
    ValidateBy({ name: key, validator: { validate: isValid, defaultMessage: () => message } })(target, key);
  };

@InputType()
export class CreateDesignInput {
  @Field() @RequiredText(L.title) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(L.summary) summary?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.shortText) sector?: string | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01, { message: 'must be more than 0' })
  @Max(L.maxHours, { message: `must be at most ${L.maxHours}` })
  hours?: number | null;
  @Field(() => DeliveryMode, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryMode)
  deliveryMode?: DeliveryMode | null;
}

@InputType()
export class UpdateDesignInput {
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => String, { nullable: true }) @RequiredText(L.title) title?: string;
  @Field(() => String, { nullable: true }) @OptionalText(L.summary) summary?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.shortText) sector?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) targetLearners?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) prerequisites?: string | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01, { message: 'must be more than 0' })
  @Max(L.maxHours, { message: `must be at most ${L.maxHours}` })
  hours?: number | null;
  @Field(() => DeliveryMode, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryMode)
  deliveryMode?: DeliveryMode | null;
  @Field(() => String, { nullable: true, description: 'A BCP 47 language tag, e.g. en or fr-CA.' })
  @TrimToNull()
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'must be a language tag such as en or fr-CA' })
  @MaxLength(L.language)
  language?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) assessmentApproach?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) participationForm?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) qualityAssurance?: string | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  creditValue?: number | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) stackability?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.shortText) price?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(L.shortText) validityPeriod?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'An ISO 3166-1 alpha-2 or ISO 3166-2 code: "CA", "CA-BC".',
  })
  @OptionalCode(
    normalizeIssuerCountry,
    isIssuerCountry,
    'must be an ISO 3166-1 country code such as CA, or an ISO 3166-2 region code such as CA-BC',
  )
  issuerCountry?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '"<framework> <level>" ("EQF 5", "BCQF 3"), or "not applicable".',
  })
  @OptionalCode(
    normalizeLevel,
    isDesignLevel,
    'must be a framework and a level such as "EQF 5" or "BCQF 3", or "not applicable"',
  )
  level?: string | null;
}

@InputType()
export class FrameworkRefInput {
  @Field() @Trim() @IsString() @Length(1, L.frameworkName, chars(1, L.frameworkName)) framework!: string;
  @Field() @Trim() @IsString() @Length(1, L.frameworkCode, chars(1, L.frameworkCode)) code!: string;
  @Field(() => String, { nullable: true }) @OptionalText(L.frameworkLabel) label?: string | null;
  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsWebUrl()
  @MaxLength(L.url)
  url?: string | null;
}

@InputType()
export class ProposeSkillInput {
  @Field() @RequiredText(L.skillName) name!: string;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) description?: string | null;
  @Field(() => SkillPriority) @IsEnum(SkillPriority) priority!: SkillPriority;
  @Field(() => FrameworkRefInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FrameworkRefInput)
  frameworkRef?: FrameworkRefInput | null;
}

@InputType()
export class UpdateSkillInput {
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => String, { nullable: true }) @RequiredText(L.skillName) name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) description?: string | null;
  @Field(() => SkillPriority, { nullable: true })
  @ValidateIf((o: UpdateSkillInput) => o.priority !== undefined)
  @IsEnum(SkillPriority)
  priority?: SkillPriority;
  @Field(() => FrameworkRefInput, { nullable: true, description: 'null removes the reference.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FrameworkRefInput)
  frameworkRef?: FrameworkRefInput | null;
}

const SkillIds = () => (target: object, key: string) => {
  IsOptional()(target, key);
  ArrayMaxSize(500)(target, key);
  IsUUID('all', { each: true, message: 'must be UUIDs' })(target, key);
};

@InputType()
export class AddOutcomeInput {
  @Field() @RequiredText(L.statement) statement!: string;
  @Field(() => BloomLevel) @IsEnum(BloomLevel) bloomLevel!: BloomLevel;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) assessmentMethod?: string | null;
  @Field(() => [ID], { nullable: true }) @SkillIds() skillIds?: string[] | null;
}

@InputType()
export class UpdateOutcomeInput {
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => String, { nullable: true }) @RequiredText(L.statement) statement?: string;
  @Field(() => BloomLevel, { nullable: true })
  @ValidateIf((o: UpdateOutcomeInput) => o.bloomLevel !== undefined)
  @IsEnum(BloomLevel)
  bloomLevel?: BloomLevel;
  @Field(() => String, { nullable: true }) @OptionalText(L.longText) assessmentMethod?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the covered skills; [] covers none.' })
  @SkillIds()
  skillIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Moves the outcome to this place (1 = first).' })
  @ValidateIf((o: UpdateOutcomeInput) => o.position !== undefined)
  @IsInt()
  @Min(1)
  position?: number;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) designId!: string;
  @Field(() => CommentTarget) @IsEnum(CommentTarget) targetType!: CommentTarget;
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) targetId!: string;
  @Field() @RequiredText(L.comment) body!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) parentId?:
    string | null;
}

@InputType()
export class DesignFilter {
  @Field(() => DesignStage, { nullable: true }) @IsOptional() @IsEnum(DesignStage) stage?: DesignStage | null;
  @Field(() => String, { nullable: true }) @TrimToNull() @IsOptional() @IsString() @MaxLength(200) search?:
    string | null;
}
