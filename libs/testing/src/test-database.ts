import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

export interface TestDatabase {
  /** URL of a fresh database of this test file, already migrated. */
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own: a copy of the migrated template built once per run by
 * test/global-setup.ts. Copying a template takes milliseconds; no test shares rows with another.
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return createDatabase(randomName(), requireEnv('TEST_PG_TEMPLATE'));
}

/** An empty database (no migrations), to prove the migrations build the schema from nothing. */
export function createEmptyTestDatabase(): Promise<TestDatabase> {
  return createDatabase(randomName('empty'));
}

async function createDatabase(name: string, template?: string): Promise<TestDatabase> {
  const serverUrl = requireEnv('TEST_PG_SERVER_URL');
  const from = template ? ` TEMPLATE "${template}"` : '';
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"${from}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

function randomName(kind = 'db'): string {
  return `mc_test_${requireEnv('TEST_RUN_ID')}_${kind}_${randomBytes(4).toString('hex')}`;
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest with test/jest.preset.js`);
  return value;
}
