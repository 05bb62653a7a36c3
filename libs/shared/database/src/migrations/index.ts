import { CreateIdentity1763880000000 } from './1763880000000-create-identity';
import { CreateDesigns1763890000000 } from './1763890000000-create-designs';
import { CreateWorkflow1763900000000 } from './1763900000000-create-workflow';
import { CreateNotifications1763910000000 } from './1763910000000-create-notifications';
import { AddDesignIssuerCountryAndLevel1764000000000 } from './1764000000000-add-design-issuer-country-and-level';
import { AddUserActive1764100000000 } from './1764100000000-add-user-active';
import { AddNotificationComment1764200000000 } from './1764200000000-add-notification-comment';
import { CreateCollabDocuments1765300000000 } from './1765300000000-create-collab-documents';

/** Every migration, oldest first. Migrations are the only way the schema changes. */
export const ALL_MIGRATIONS = [
  CreateIdentity1763880000000,
  CreateDesigns1763890000000,
  CreateWorkflow1763900000000,
  CreateNotifications1763910000000,
  AddDesignIssuerCountryAndLevel1764000000000,
  AddUserActive1764100000000,
  AddNotificationComment1764200000000,
  CreateCollabDocuments1765300000000,
];
