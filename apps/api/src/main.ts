/**
 * The API process: validate configuration, find or start PostgreSQL, run migrations, serve
 * GraphQL on PORT, and shut everything down in order on SIGTERM / SIGINT.
 */
import 'reflect-metadata';

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { resolveJwtSecret, resolveSigningKey } from '@mc/config';
import { createLogger } from '@mc/observability';

import { createApp } from './create-app';
import { openDatabase } from './database-url';
import { loadConfigOrExit } from './process-config';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  // A promise nobody awaited failed (a client library's background work, or a bug): Node would end
  // the process, and every request it serves with it. It is logged, loudly, and serving goes on.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const database = await openDatabase(config, logger);
  let stopping = false;

  try {
    const { secret, source } = resolveJwtSecret(config);
    if (source === 'generated') logger.warn('no JWT_SECRET: generated one and stored it in the data folder');
    const signingKey = await resolveSigningKey(config);
    if (signingKey.source === 'generated') {
      logger.warn('no SIGNING_KEY: generated a credential-signing key and stored it in the data folder');
    }
    const app = await createApp({ config, databaseUrl: database.url, jwtSecret: secret, signingKey, logger });
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    // The web app's URL first: it is what a person starting the product wants to open.
    const base = `http://localhost:${port}`;
    const web = existsSync(join(resolve(config.WEB_DIR), 'index.html')) ? `${base}/` : null;
    logger.info(
      { web: web ?? 'not built (run `npm start`, or the Vite dev server)', graphql: `${base}/graphql`, port },
      'API ready',
    );

    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, 15_000);
      force.unref();
      await app.close();
      await database.stop();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await database.stop();
    logger.flush();
    process.exit(1);
  }
}

void main();
