import { DigestEntryRecord } from './digest/digest-entry.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';

/** The TypeORM entities this library owns. */
export const MAIL_ENTITIES = [NotificationPreference, DigestEntryRecord];
