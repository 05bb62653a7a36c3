import { MailDelivery } from './deliveries/mail-delivery.entity';
import { DigestEntryRecord } from './digest/digest-entry.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';
import { TaskReminder } from './reminders/task-reminder.entity';

/** The TypeORM entities this library owns. */
export const MAIL_ENTITIES = [NotificationPreference, DigestEntryRecord, TaskReminder, MailDelivery];
