import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

import { ALL_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type EntityList = MixedList<string | (new (...args: never[]) => unknown) | EntitySchema>;

/** The one place that says how we talk to PostgreSQL. `synchronize` is off everywhere, tests included. */
export function buildDataSourceOptions(
  url: string,
  entities: EntityList,
  extra: { poolSize?: number; connectTimeoutMs?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    poolSize: extra.poolSize ?? 10,
    extra: {
      application_name: 'microcred-api',
      // Waiting longer than this for a pooled connection answers UNAVAILABLE rather than queueing on.
      connectionTimeoutMillis: extra.connectTimeoutMs ?? 5_000,
    },
  };
}
