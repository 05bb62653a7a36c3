import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IDENTITY_LIMITS, OrganizationKind } from '../identity.enums';

import { NormalizeEmail, Trim } from './text.transforms';

@InputType()
export class NewOrganizationInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, IDENTITY_LIMITS.organizationName, {
    message: `must be 1 to ${IDENTITY_LIMITS.organizationName} characters`,
  })
  name!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;
}

@InputType()
export class SignUpInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(IDENTITY_LIMITS.email, { message: `must be at most ${IDENTITY_LIMITS.email} characters` })
  email!: string;

  @Field()
  @IsString()
  @MinLength(IDENTITY_LIMITS.passwordMin, {
    message: `must be at least ${IDENTITY_LIMITS.passwordMin} characters`,
  })
  @MaxLength(IDENTITY_LIMITS.passwordMax, {
    message: `must be at most ${IDENTITY_LIMITS.passwordMax} characters`,
  })
  password!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, IDENTITY_LIMITS.displayName, {
    message: `must be 1 to ${IDENTITY_LIMITS.displayName} characters`,
  })
  displayName!: string;

  @Field(() => NewOrganizationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOrganizationInput)
  organization?: NewOrganizationInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organizationInvitationToken?: string | null;
}
