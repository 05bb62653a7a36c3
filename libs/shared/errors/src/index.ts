export * from './domain-errors';
export { isDependencyUnavailable } from './dependency-failure';
export { toGraphQLFormattedError, type ErrorLogger } from './graphql-error-formatter';
export { InputValidationPipe } from './input-validation.pipe';
export { GraphQLPassthroughFilter } from './graphql-exception.filter';
export { ParseUuidPipe, isUuid } from './parse-uuid.pipe';
export { findUnsafeText, unsafeTextReason } from './text-input';
