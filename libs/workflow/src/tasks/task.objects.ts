import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DesignObject } from '@mc/designs';

import { TaskKind } from './task-rules';

registerEnumType(TaskKind, { name: 'TaskKind' });

@ObjectType('Task', { description: 'Work waiting on the caller (SPEC "Tasks").' })
export class TaskObject {
  @Field(() => TaskKind) kind!: TaskKind;
  @Field(() => DesignObject) design!: DesignObject;
  @Field({ description: 'When it began to wait on the caller.' }) since!: Date;
}
