import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReadinessFramework {
  EU_ANNEX_I = 'EU_ANNEX_I',
  BC_MICRO_CREDENTIAL = 'BC_MICRO_CREDENTIAL',
}
registerEnumType(ReadinessFramework, {
  name: 'ReadinessFramework',
  description: 'EU Council Recommendation 2022/C 243/02 Annex I, or the B.C. Micro-Credential Framework.',
});

@ObjectType('ReadinessItem')
export class ReadinessItemObject {
  @Field(() => ReadinessFramework) framework!: ReadinessFramework;
  @Field({ description: 'The element\'s name in the framework: "Title", "Notional workload".' })
  element!: string;
  @Field() met!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The Design field (or "outcomes", "skills") that meets it, where one does.',
  })
  field!: string | null;
  @Field() message!: string;
}

@ObjectType('Readiness', { description: 'Completeness against the frameworks (SPEC "Quality").' })
export class ReadinessObject {
  @Field({ description: 'Every EU Annex I element a design can carry is met.' }) ready!: boolean;
  @Field(() => [ReadinessItemObject]) items!: ReadinessItemObject[];
}
