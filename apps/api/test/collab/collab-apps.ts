/**
 * API instances on one database of this test file's own, started and stopped at will: a restart,
 * or two instances sharing documents through Redis.
 */
import 'reflect-metadata';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { loadConfig } from '@mc/config';
import { createLogger } from '@mc/observability';
import { GraphQLClient, TestDatabase } from '@mc/testing';

import { createApp } from '../../src/create-app';
import { TEST_JWT_SECRET, TestApi, testSigningKey } from '../test-api';

export interface Instance extends TestApi {
  /** Stops this instance only (the database stays). */
  stop(): Promise<void>;
}

export async function startInstance(db: TestDatabase, env: Record<string, string> = {}): Promise<Instance> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    ...env,
  });
  const app: INestApplication = await createApp({
    config,
    databaseUrl: db.url,
    jwtSecret: TEST_JWT_SECRET,
    signingKey: await testSigningKey(config),
    logger: createLogger(config.LOG_LEVEL),
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };
  return {
    url,
    client: new GraphQLClient(url),
    db,
    app,
    config,
    sql: (text, params) => dataSource.query(text, params),
    countQueries: () => Promise.reject(new Error('not counted here')),
    stop,
    close: async () => {
      await stop();
      await db.drop();
    },
  };
}
