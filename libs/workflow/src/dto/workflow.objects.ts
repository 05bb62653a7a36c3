import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { DesignStage } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

registerEnumType(DecisionKind, { name: 'DecisionKind' });

@ObjectType('Decision')
export class DecisionObject {
  @Field(() => ID) id!: string;
  @Field(() => DecisionKind) kind!: DecisionKind;
  @Field(() => Int) revision!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
  userId!: string;
}

@ObjectType('Snapshot')
export class SnapshotObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => DesignStage) stage!: DesignStage;
  @Field() takenAt!: Date;
}

@ObjectType('FieldChange')
export class FieldChangeObject {
  @Field() path!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('AvailableTransition', {
  description: 'A move the caller may ask for now (the gates are checked when it is made).',
})
export class AvailableTransitionObject {
  @Field(() => DesignStage) to!: DesignStage;
  @Field() rationaleRequired!: boolean;
}
