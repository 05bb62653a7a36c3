import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { UserObject } from '@mc/identity';

@ObjectType('PipelineVersion', { description: "One version of the institution's pipeline (0: the default)." })
export class PipelineVersionObject {
  @Field(() => Int) version!: number;
  @Field(() => GraphQLJSON) definition!: unknown;
  @Field(() => Date, { nullable: true }) createdAt!: Date | null;
  @Field(() => UserObject, { nullable: true }) createdBy!: UserObject | null;
}

@ObjectType('UnitSignOff', {
  description:
    "A service unit of the design's current parallel review stage, and its sign-off on this revision.",
})
export class UnitSignOffObject {
  @Field() unit!: string;
  @Field() name!: string;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field(() => UserObject, { nullable: true }) signedBy!: UserObject | null;
  @Field({ description: 'The caller signs for this unit and it has not signed off yet.' })
  canSignOff!: boolean;
}
