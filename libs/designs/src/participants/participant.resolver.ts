import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, Public } from '@mc/identity';

import { DesignRole } from '../designs.enums';
import {
  DesignObject,
  InvitationObject,
  InvitationPreviewObject,
  ParticipantObject,
} from '../dto/design.objects';
import { toDesignObject } from '../dto/design.records';

import { ParticipantService } from './participant.service';

// Participant.user is a plain property of the records (see DesignViews).
@Resolver(() => ParticipantObject)
export class ParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @Mutation(() => InvitationObject)
  inviteToDesign(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
    @Args('email') email: string,
    @Args('role', { type: () => DesignRole }) role: DesignRole,
  ): Promise<InvitationObject> {
    return this.participants.invite(user, designId, email, role);
  }

  @Public()
  @Query(() => InvitationPreviewObject, {
    description:
      "What an invitation's link shows before it is accepted; no login needed. Unknown, used, expired or revoked token: NOT_FOUND.",
  })
  invitationPreview(
    @Args('token') token: string,
    @Context('req') request: Request,
  ): Promise<InvitationPreviewObject> {
    return this.participants.preview(token, request.ip ?? request.socket.remoteAddress ?? 'unknown');
  }

  @Mutation(() => InvitationObject, {
    description: 'The lead issues a fresh link for a pending invitation; the old link stops working.',
  })
  resendInvitation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<InvitationObject> {
    return this.participants.resend(user, id);
  }

  @Mutation(() => Boolean, {
    description: 'The lead withdraws a pending invitation; its link answers NOT_FOUND.',
  })
  revokeInvitation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<boolean> {
    return this.participants.revoke(user, id);
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
}
