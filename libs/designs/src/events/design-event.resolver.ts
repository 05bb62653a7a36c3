import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { UserLoader, UserObject } from '@mc/identity';

import { DesignEventObject } from '../dto/design.objects';

@Resolver(() => DesignEventObject)
export class DesignEventResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who made the change (null: the system).' })
  actor(
    @Parent() event: DesignEventObject,
    @Context('req') request: object,
  ): Promise<UserObject | null> | null {
    return event.actorId ? this.users.load(request, event.actorId) : null;
  }
}
