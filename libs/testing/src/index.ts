export { createTestDatabase, createEmptyTestDatabase, type TestDatabase } from './test-database';
export { GraphQLClient, type GraphQLResponse, type GraphQLErrorShape } from './graphql-client';
