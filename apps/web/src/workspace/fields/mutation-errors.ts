import { errorCode, errorExtensions } from '../../api/client';

/** A GraphQL error as urql's `CombinedError` (and a test's stand-in) carries it. */
export type GraphQLishError = {
  graphQLErrors: ReadonlyArray<{ message?: string; extensions?: Record<string, unknown> }>;
  /** Set when no answer came (urql's CombinedError). */
  networkError?: Error;
};

/** One field at fault in a `BAD_USER_INPUT` answer (`input.title`, `input.frameworkRef.url` …). */
export interface FieldMessage {
  field: string;
  message: string;
}

/** The fields at fault of a `BAD_USER_INPUT` error (`extensions.fields`); none for other errors. */
export function fieldMessages(error: GraphQLishError | undefined | null): FieldMessage[] {
  if (!error || errorCode(error) !== 'BAD_USER_INPUT') return [];
  const fields = errorExtensions(error)['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldMessage =>
      !!f && typeof f === 'object' && typeof f.field === 'string' && typeof f.message === 'string',
  );
}

/** The messages about one input field: `input.<path>` and anything nested under it. */
export function messagesFor(fields: readonly FieldMessage[], path: string): string[] {
  const name = `input.${path}`;
  return fields.filter((f) => f.field === name || f.field.startsWith(`${name}.`)).map((f) => f.message);
}

/** The record as it stands now, carried by a `CONFLICT` answer (`extensions.current`). */
export function conflictCurrent<T extends { version: number }>(
  error: GraphQLishError | undefined | null,
): T | null {
  if (!error || errorCode(error) !== 'CONFLICT') return null;
  const current = errorExtensions(error)['current'];
  if (
    !current ||
    typeof current !== 'object' ||
    typeof (current as { version?: unknown }).version !== 'number'
  )
    return null;
  return current as T;
}

/** A sentence for an error that is neither a conflict nor a field fault. */
export function errorSentence(error: GraphQLishError | undefined | null, fallback: string): string {
  switch (errorCode(error ?? undefined)) {
    case 'FORBIDDEN':
      return 'You may not make this change.';
    case 'PRECONDITION_FAILED':
      return 'This can change only while the design is being drafted.';
    case 'NOT_FOUND':
      return 'This item no longer exists: someone may have removed it.';
    case 'RATE_LIMITED':
      return 'Too many changes at once; try again in a moment.';
    case 'BAD_USER_INPUT':
      return error?.graphQLErrors[0]?.message ?? fallback;
    case 'UNAVAILABLE':
      return `${fallback} The server is unavailable for a moment (a service it depends on is down); what you typed is still here, try again shortly.`;
    case 'INTERNAL_SERVER_ERROR':
      return `${fallback} The server failed on it (an internal error); try again, and tell your administrator if it goes on.`;
    case 'UNAUTHENTICATED':
      return `${fallback} Your session has ended; log in again (what you typed is kept).`;
    case 'CONFLICT':
      return `${fallback} Someone changed it first; reload to see their change.`;
    default:
      if (error?.networkError) {
        return `${fallback} The server could not be reached; what you typed is still here, try again when it is back.`;
      }
      return fallback;
  }
}

/** Who saved first, by name, as a CONFLICT of a record's update says (`extensions.changedBy`). */
export function conflictChangedBy(error: GraphQLishError | undefined | null): string[] {
  if (!error || errorCode(error) !== 'CONFLICT') return [];
  const by = errorExtensions(error)['changedBy'];
  if (!Array.isArray(by)) return [];
  return by.flatMap((person: unknown) => {
    const name = (person as { displayName?: unknown } | null)?.displayName;
    return typeof name === 'string' && name ? [name] : [];
  });
}
