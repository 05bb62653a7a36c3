/**
 * Starts the real API (the same `createApp` as `main.ts`) on a free loopback port, on a database
 * of this test file's own, and gives a GraphQL client for it.
 */
import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig, generateSigningKeyPem, loadConfig, SigningKey, signingKeyFrom } from '@mc/config';
import { QueryCounter } from '@mc/database';
import { createLogger } from '@mc/observability';
import { createTestDatabase, GraphQLClient, TestDatabase } from '@mc/testing';

import { createApp } from '../src/create-app';

export interface TestApi {
  readonly url: string;
  readonly client: GraphQLClient;
  readonly db: TestDatabase;
  readonly app: INestApplication;
  readonly config: AppConfig;
  /** Direct SQL on this test's database, to check what was (not) stored. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** How many SQL statements the API ran while `work` ran (no other request may run meanwhile). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

let testKeyPem: Promise<string> | undefined;

/**
 * The signing key of a test API: `SIGNING_KEY` when the test sets one, else one key generated per
 * test process and kept in memory (nothing is written to the data folder).
 */
export async function testSigningKey(config: AppConfig): Promise<SigningKey> {
  return signingKeyFrom(config.SIGNING_KEY ?? (await testKeyPemOnce()), config.PUBLIC_URL, 'env');
}

function testKeyPemOnce(): Promise<string> {
  testKeyPem ??= generateSigningKeyPem();
  return testKeyPem;
}

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    // As production would have it: the key comes from SIGNING_KEY, nothing is generated on disk.
    SIGNING_KEY: await testKeyPemOnce(),
    // Mail written without SMTP_URL lands in a folder of this test's own, not the workspace's .data.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'mc-test-data-')),
    ...env,
  });
  const app = await createApp({
    config,
    databaseUrl: db.url,
    jwtSecret: config.JWT_SECRET ?? TEST_JWT_SECRET,
    signingKey: await testSigningKey(config),
    logger: createLogger(config.LOG_LEVEL),
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);
  return {
    url,
    client: new GraphQLClient(url),
    db,
    app,
    config,
    sql: (text, params) => dataSource.query(text, params),
    countQueries: async (work) => {
      const counter = app.get(QueryCounter);
      const before = counter.count;
      await work();
      return counter.count - before;
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
