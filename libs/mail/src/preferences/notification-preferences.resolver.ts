import {
  Args,
  Field,
  InputType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum } from 'class-validator';

import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { EmailMode } from './notification-preference.entity';
import { NotificationPreferencesService } from './notification-preferences.service';

registerEnumType(EmailMode, {
  name: 'EmailMode',
  valuesMap: {
    IMMEDIATE: { description: 'Each mail as it happens (the default).' },
    DAILY_DIGEST: {
      description: 'One mail per digest interval listing everything; none when nothing happened.',
    },
    OFF: { description: 'Only invitations and password resets.' },
  },
});

@ObjectType('NotificationPreferences')
export class NotificationPreferencesObject {
  @Field(() => EmailMode) email!: EmailMode;
}

@InputType('NotificationPreferencesInput')
export class NotificationPreferencesInput {
  @Field(() => EmailMode)
  @IsEnum(EmailMode)
  email!: EmailMode;
}

/** The signed-in user's own mail settings. */
@Resolver(() => NotificationPreferencesObject)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => NotificationPreferencesObject, { description: 'My mail settings.' })
  notificationPreferences(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesObject> {
    return this.preferences.get(user.id);
  }

  @Mutation(() => NotificationPreferencesObject)
  updateNotificationPreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<NotificationPreferencesObject> {
    return this.preferences.set(user.id, input.email);
  }
}
