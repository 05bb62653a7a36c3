import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, UserLoader, UserObject } from '@mc/identity';

import { DesignLoaders } from '../designs.loaders';
import { AddCommentInput } from '../dto/design.inputs';
import { CommentObject } from '../dto/design.objects';
import { toCommentObject } from '../dto/design.records';

import { CommentService } from './comment.service';

@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly loaders: DesignLoaders,
    private readonly users: UserLoader,
  ) {}

  @Mutation(() => CommentObject)
  async addComment(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddCommentInput,
  ): Promise<CommentObject> {
    return toCommentObject(await this.comments.add(user, input));
  }

  @Mutation(() => CommentObject)
  async resolveComment(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
  ): Promise<CommentObject> {
    return toCommentObject(await this.comments.resolve(user, id, resolved));
  }

  @ResolveField(() => UserObject)
  async author(@Parent() comment: CommentObject, @Context('req') request: object): Promise<UserObject> {
    const user = await this.users.load(request, comment.authorId);
    if (!user) throw new Error(`comment ${comment.id} has no author`);
    return user;
  }

  @ResolveField(() => [CommentObject], { description: 'Replies, oldest first (one level).' })
  async replies(@Parent() comment: CommentObject, @Context('req') request: object): Promise<CommentObject[]> {
    const all = await this.loaders.commentsByDesign.load(request, comment.designId);
    return all.filter((reply) => reply.parentId === comment.id).map(toCommentObject);
  }

  @ResolveField(() => [UserObject], { description: 'The participants this comment @mentions.' })
  async mentions(@Parent() comment: CommentObject, @Context('req') request: object): Promise<UserObject[]> {
    const ids = await this.loaders.mentionsByComment.load(request, comment.id);
    const users = await Promise.all(ids.map((id) => this.users.load(request, id)));
    return users.filter((user): user is UserObject => user !== null);
  }
}
