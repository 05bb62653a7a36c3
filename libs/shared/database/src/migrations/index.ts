import { CreateIdentity1763880000000 } from './1763880000000-create-identity';
import { CreateDesigns1763890000000 } from './1763890000000-create-designs';
import { CreateWorkflow1763900000000 } from './1763900000000-create-workflow';
import { CreateNotifications1763910000000 } from './1763910000000-create-notifications';
import { AddDesignIssuerCountryAndLevel1764000000000 } from './1764000000000-add-design-issuer-country-and-level';
import { AddUserActive1764100000000 } from './1764100000000-add-user-active';
import { AddNotificationComment1764200000000 } from './1764200000000-add-notification-comment';
import { CreateMail1765100000000 } from './1765100000000-create-mail';
import { CreateTaskReminders1765100000001 } from './1765100000001-create-task-reminders';
import { CreateSessions1765200000000 } from './1765200000000-create-sessions';
import { CreateCollabDocuments1765300000000 } from './1765300000000-create-collab-documents';
import { CreateSuggestions1765400000000 } from './1765400000000-create-suggestions';
import { VersionPipelines1765500000000 } from './1765500000000-version-pipelines';
import { AddDesignLineage1765600000000 } from './1765600000000-add-design-lineage';
import { CreateMailDeliveries1765720000000 } from './1765720000000-create-mail-deliveries';

/** Every migration, oldest first. Migrations are the only way the schema changes. */
export const ALL_MIGRATIONS = [
  CreateIdentity1763880000000,
  CreateDesigns1763890000000,
  CreateWorkflow1763900000000,
  CreateNotifications1763910000000,
  AddDesignIssuerCountryAndLevel1764000000000,
  AddUserActive1764100000000,
  AddNotificationComment1764200000000,
  CreateMail1765100000000,
  CreateTaskReminders1765100000001,
  CreateSessions1765200000000,
  CreateCollabDocuments1765300000000,
  CreateSuggestions1765400000000,
  VersionPipelines1765500000000,
  AddDesignLineage1765600000000,
  CreateMailDeliveries1765720000000,
];
