import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';

import { SessionObject, toSessionObject } from './session.object';
import { SessionService } from './session.service';

@Resolver(() => SessionObject)
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Query(() => [SessionObject], { description: 'The caller’s active sessions, most recently used first.' })
  async mySessions(@CurrentUser() user: AuthenticatedUser): Promise<SessionObject[]> {
    const sessions = await this.sessions.listLive(user.id);
    return sessions.map((session) => toSessionObject(session, user.sessionId));
  }

  @Mutation(() => Boolean, { description: 'Ends the session this request is made with.' })
  async logOut(@CurrentUser() user: AuthenticatedUser): Promise<boolean> {
    await this.sessions.endOne(user.id, user.sessionId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the caller, this one included.' })
  async logOutEverywhere(@CurrentUser() user: AuthenticatedUser): Promise<boolean> {
    await this.sessions.endAllSessions(user.id);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Ends one of the caller’s sessions; another user’s or an unknown id is NOT_FOUND.',
  })
  async endSession(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.sessions.endOne(user.id, id);
    return true;
  }
}
