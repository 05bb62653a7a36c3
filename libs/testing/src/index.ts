export { createTestDatabase, createEmptyTestDatabase, type TestDatabase } from './test-database';
export { GraphQLClient, type GraphQLResponse, type GraphQLErrorShape } from './graphql-client';
export {
  freePort,
  launch,
  launchApiFromSource,
  launchBuiltApi,
  startRedisServer,
  stop,
  waitFor,
  WORKSPACE_ROOT,
  type RedisServer,
  type Started,
} from './processes';
export { createPostgresCluster, type PostgresCluster } from './postgres-cluster';
