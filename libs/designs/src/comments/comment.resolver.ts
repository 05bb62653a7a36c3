import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { DesignViews } from '../design.views';
import { AddCommentInput } from '../dto/design.inputs';
import { CommentObject } from '../dto/design.objects';

import { CommentService } from './comment.service';

// Comment.author / mentions / replies are plain properties of the records (see DesignViews).
@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly views: DesignViews,
  ) {}

  @Mutation(() => CommentObject)
  async addComment(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddCommentInput,
    @Context('req') request: object,
  ): Promise<CommentObject> {
    return this.views.comment(request, await this.comments.add(user, input));
  }

  @Mutation(() => CommentObject)
  async resolveComment(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
    @Context('req') request: object,
  ): Promise<CommentObject> {
    return this.views.comment(request, await this.comments.resolve(user, id, resolved));
  }
}
