/**
 * The product's one error vocabulary (SPEC.md "Errors"). Services throw these; the GraphQL
 * layer maps them to `extensions.code` in one place ({@link toGraphQLFormattedError}).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field at fault in a `BAD_USER_INPUT` answer: a dotted path (`input.email`) and why. */
export interface FieldError {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  protected constructor(
    message: string,
    /** Extra, caller-safe facts merged into `extensions` (never internals). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Authentication required') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You may not do this') {
    super(message);
  }
}

/** The same answer for an unknown id and a forbidden one, so ids cannot be probed. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what = 'Record') {
    super(`${what} not found`);
  }
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly fields: FieldError[],
    message = fields.length ? `Invalid input: ${fields.map((f) => f.field).join(', ')}` : 'Invalid input',
  ) {
    super(message, { fields });
  }

  static of(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

/** A stale `expectedVersion` or a lost race; `current` is the record as it stands now. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  /** `details`: more for the caller beside `current`, e.g. `changedBy` (who saved first). */
  constructor(message: string, current?: unknown, details: Record<string, unknown> = {}) {
    super(message, current === undefined ? details : { current, ...details });
  }
}

export class PreconditionFailedError extends DomainError {
  readonly code = 'PRECONDITION_FAILED' as const;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(retryAfterSeconds: number, message = 'Too many attempts; try again later') {
    super(message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}

/** A dependency (the database) is down or timed out: nothing was done, and the caller may retry. */
export class UnavailableError extends DomainError {
  readonly code = 'UNAVAILABLE' as const;
  constructor(message = 'Service temporarily unavailable; try again shortly') {
    super(message);
  }
}
