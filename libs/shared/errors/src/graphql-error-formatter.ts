import { GraphQLFormattedError } from 'graphql';

import { isDependencyUnavailable } from './dependency-failure';
import { DomainError, ErrorCode, UnavailableError } from './domain-errors';

/** Apollo's own codes for a request it could not even run, and what they mean in ours. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * Maps any error that reached GraphQL to the SPEC's vocabulary. Domain errors keep their code and
 * details; an unreachable database is `UNAVAILABLE` (without its cause); request-level errors become
 * `BAD_USER_INPUT`; anything else is an internal error whose
 * message, stack and SQL never leave the server (they are logged instead).
 */
export function toGraphQLFormattedError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger?: ErrorLogger,
): GraphQLFormattedError {
  const unwrapped = unwrap(error);
  // A database that cannot be reached is no bug of ours: the caller may retry (SPEC "Errors").
  const unavailable = isDependencyUnavailable(unwrapped);
  if (unavailable) logger?.error({ err: unwrapped, path: formatted.path }, 'database unavailable');
  const original = unavailable ? new UnavailableError() : unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }

  const apolloCode = formatted.extensions?.['code'];
  if (typeof apolloCode === 'string' && apolloCode in APOLLO_CODES) {
    return { ...base, extensions: { code: APOLLO_CODES[apolloCode] } };
  }
  // graphql-armor and graphql-js validation rules raise plain GraphQLErrors without an original error.
  if (original === undefined && formatted.path === undefined) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }

  logger?.error({ err: original ?? error, path: formatted.path }, 'unexpected error while resolving');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (
    let depth = 0;
    depth < 5 && current && typeof current === 'object' && 'originalError' in current;
    depth++
  ) {
    const next = (current as { originalError?: unknown }).originalError;
    if (next === undefined || next === null) break;
    current = next;
  }
  return current === error && isGraphQLErrorLike(error) ? undefined : current;
}

function isGraphQLErrorLike(error: unknown): boolean {
  return !!error && typeof error === 'object' && error.constructor?.name === 'GraphQLError';
}
