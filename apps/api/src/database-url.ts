import { join, resolve } from 'node:path';

import type { Logger } from 'pino';

import { AppConfig } from '@mc/config';
import { startEmbeddedPostgres } from '@mc/database';

/** The database the process uses: DATABASE_URL, or an embedded PostgreSQL kept in DATA_DIR. */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  const dataDir = join(resolve(config.DATA_DIR), 'postgres');
  logger.info({ dataDir }, 'no DATABASE_URL: starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres({ dataDir, log: (line) => logger.debug({ postgres: line }) });
  let stopped = false;
  return {
    url: server.url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'stopping PostgreSQL failed'));
    },
  };
}
