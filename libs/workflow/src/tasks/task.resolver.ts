import { Query, Resolver } from '@nestjs/graphql';

import { toDesignObject } from '@mc/designs';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { TaskObject } from './task.objects';
import { TaskService } from './task.service';

@Resolver(() => TaskObject)
export class TaskResolver {
  constructor(private readonly tasks: TaskService) {}

  @Query(() => [TaskObject], { description: 'What waits on the caller, oldest first.' })
  async myTasks(@CurrentUser() user: AuthenticatedUser): Promise<TaskObject[]> {
    const tasks = await this.tasks.myTasks(user);
    return tasks.map(({ kind, since, access }) => ({
      kind,
      since,
      design: toDesignObject(access.design, access.role),
    }));
  }
}
