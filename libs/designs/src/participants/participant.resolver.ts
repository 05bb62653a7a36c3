import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, UserLoader, UserObject } from '@mc/identity';

import { DesignRole } from '../designs.enums';
import { DesignObject, InvitationObject, ParticipantObject } from '../dto/design.objects';
import { toDesignObject } from '../dto/design.records';

import { ParticipantService } from './participant.service';

@Resolver(() => ParticipantObject)
export class ParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly users: UserLoader,
  ) {}

  @Mutation(() => InvitationObject)
  inviteToDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('email') email: string,
    @Args('role', { type: () => DesignRole }) role: DesignRole,
  ): Promise<InvitationObject> {
    return this.participants.invite(user, designId, email, role);
  }

  @Mutation(() => DesignObject)
  async acceptInvitation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('token') token: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.participants.accept(user, token);
    return toDesignObject(design, role);
  }

  @Mutation(() => DesignObject, {
    description:
      'The lead removes a participant (not themself): they stop seeing the design and receiving its events.',
  })
  async removeParticipant(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('userId', { type: () => ID }, ParseUuidPipe) userId: string,
  ): Promise<DesignObject> {
    const { design, role } = await this.participants.remove(user, designId, userId);
    return toDesignObject(design, role);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() participant: ParticipantObject, @Context('req') request: object): Promise<UserObject> {
    const user = await this.users.load(request, participant.userId);
    if (!user) throw new Error(`participant ${participant.userId} has no user`);
    return user;
  }
}
