import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { isUUID } from 'class-validator';

import { BadUserInputError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { NotificationKind } from './notification.entity';
import { NotificationService } from './notification.service';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => ID, { description: 'The design it is about (it may since have become invisible to you).' })
  designId!: string;
  @Field() text!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The comment a MENTION is about, to link to it (null for the other kinds).',
  })
  commentId!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

/** The signed-in user's own notifications; nobody else's are ever reachable. */
@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => [NotificationObject], { description: 'My notifications, newest first.' })
  notifications(
    @CurrentUser() user: AuthenticatedUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false })
    unreadOnly: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<NotificationObject[]> {
    return this.service.list(user, { unreadOnly: unreadOnly ?? false, first: first ?? 20 });
  }

  @Query(() => Int, { description: 'How many of my notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, {
    description:
      'Marks my notifications read: those named, or all of them without `ids`. Answers how many changed.',
  })
  markNotificationsRead(
    @CurrentUser() user: AuthenticatedUser,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    if (ids?.some((id) => !isUUID(id))) throw BadUserInputError.of('ids', 'must be UUIDs');
    return this.service.markRead(user, ids ? ids.map((id) => id.toLowerCase()) : null);
  }
}
