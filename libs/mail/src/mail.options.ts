import type { AppConfig } from '@mc/config';

export interface MailOptions {
  config: AppConfig;
  /** pg-boss connects to the application's database with its own small pool. */
  databaseUrl: string;
  /** Signs unsubscribe links (a key derived from it, never the secret itself). */
  jwtSecret: string;
  /** How often an idle worker looks for jobs (default 1 s; a local commit wakes it at once). */
  pollingIntervalSeconds?: number;
  /** How often lost attempts (a killed process) are looked for (default 30 s). */
  maintenanceIntervalSeconds?: number;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');
