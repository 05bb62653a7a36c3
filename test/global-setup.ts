/**
 * Once per test run: find PostgreSQL (TEST_DATABASE_URL, else an embedded throw-away server), then
 * build a template database by running the real migrations. Each test file clones the template
 * into a database of its own (libs/testing), so files never share state.
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from '../libs/shared/database/src/data-source-options';
import { startEmbeddedPostgres } from '../libs/shared/database/src/embedded-postgres';
import { runMigrations } from '../libs/shared/database/src/migrate';

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'mc-test-pg-'));
    chmodSync(folder, 0o755); // the server may run as the `postgres` user
    const server = await startEmbeddedPostgres({
      dataDir: join(folder, 'data'),
      persistent: false,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = server;
    serverUrl = server.url;
  }
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const template = `mc_test_tpl_${runId}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(
    buildDataSourceOptions(withDatabase(serverUrl, template), []),
  ).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
  process.env.TEST_RUN_ID = runId;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
