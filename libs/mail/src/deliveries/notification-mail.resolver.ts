import {
  Context,
  Field,
  ObjectType,
  Parent,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';
import { NotificationObject } from '@mc/realtime';

import { MailDeliveries } from './mail-deliveries.service';
import { MailDeliveryStatus } from './mail-delivery.entity';

registerEnumType(MailDeliveryStatus, {
  name: 'MailDeliveryStatus',
  valuesMap: {
    QUEUED: { description: 'Waiting to go out (or being retried).' },
    IN_DIGEST: { description: 'Kept for your next digest.' },
    SENT: { description: 'Accepted by the mail server, alone or in a digest (see `sentAt`).' },
    FAILED: { description: 'Every attempt failed.' },
    OFF: { description: 'Not sent: you turned this mail off.' },
  },
});

@ObjectType('NotificationMail', { description: 'The mail that went with a notification, to you.' })
export class NotificationMailObject {
  @Field(() => MailDeliveryStatus) status!: MailDeliveryStatus;
  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it.' })
  sentAt!: Date | null;
}

/** A notification read from the database names the change it tells of (its `cause`). */
type NotificationRow = NotificationObject & { cause?: string | null };

/** Adds to each of my notifications whether its mail went out (one query for the whole list). */
@Resolver(() => NotificationObject)
export class NotificationMailResolver {
  constructor(private readonly deliveries: MailDeliveries) {}

  @ResolveField(() => NotificationMailObject, {
    nullable: true,
    description:
      'The mail sent to you about the same change, and whether it went out; null when none goes with it.',
  })
  async mail(
    @Parent() notification: NotificationRow,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<NotificationMailObject | null> {
    if (!notification.cause) return null;
    // Notifications are only ever the caller's own: the key is the caller's.
    const delivery = await this.deliveries.load(request, { userId: user.id, cause: notification.cause });
    return delivery ? { status: delivery.status, sentAt: delivery.sentAt } : null;
  }
}
