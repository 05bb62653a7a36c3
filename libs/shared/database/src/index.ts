export { DatabaseModule, type DatabaseModuleOptions } from './database.module';
export { buildDataSourceOptions } from './data-source-options';
export { runMigrations } from './migrate';
export { TransactionRunner, type Tx } from './transaction-runner';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
  type EmbeddedPostgresOptions,
} from './embedded-postgres';
export { pendingSchemaChanges } from './schema-drift';
export { PerRequestLoader, byIdLoader } from './request-loaders';
export { QueryCounter } from './query-counter';
export { versionedUpdate } from './versioned-update';
