/**
 * `npm run seed`: fills the configured database (or the embedded one in DATA_DIR) with a demo
 * workspace — an institution with a lead, faculty and a committee of three, two employers and a
 * community partner, and two designs with skills, outcomes and comment threads. It goes through
 * the real GraphQL API (started here on a loopback port), so every rule applies to the demo too.
 * Passwords are generated for each run and printed; they are written nowhere else.
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import { resolveJwtSecret, resolveSigningKey } from '@mc/config';
import { createLogger } from '@mc/observability';

import { createApp } from './create-app';
import { openDatabase } from './database-url';
import { loadConfigOrExit } from './process-config';
import { DemoPerson, SEED_DOMAIN, seedDemo } from './seed-demo';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  try {
    const app = await createApp({
      config,
      databaseUrl: database.url,
      jwtSecret: resolveJwtSecret(config).secret,
      signingKey: await resolveSigningKey(config),
      logger,
    });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    try {
      const password = () => `${randomBytes(9).toString('base64url')}-demo`;
      const result = await seedDemo(`http://127.0.0.1:${port}/graphql`, password);
      if (result === 'already-seeded') {
        process.stdout.write(
          `The demo is already there (users @${SEED_DOMAIN}…). Nothing changed.\n` +
            `Start the product with \`npm start\` and open ${config.PUBLIC_URL}/ in a browser.\n`,
        );
      } else {
        print(result.people, result.designs, config.PUBLIC_URL);
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

function print(people: DemoPerson[], designs: string[], publicUrl: string): void {
  const width = Math.max(...people.map((p) => p.email.length));
  const lines = [
    'Demo workspace created. Log in with any of these (passwords shown once, generated for this run):',
    '',
    ...people.map((p) => `  ${p.email.padEnd(width)}  ${p.password}  ${p.description}`),
    '',
    `Designs: ${designs.join('; ')}`,
    `Start the product with \`npm start\` and open ${publicUrl}/ in a browser (the API is at ${publicUrl}/graphql).`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  // Exit at once: a client library's idle handle must not keep a finished seed waiting.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
