/**
 * Recognises a failure to reach PostgreSQL (refused, reset, timed out, shut down) among the
 * errors that pg and TypeORM raise, so that it answers `UNAVAILABLE` (retry) instead of
 * `INTERNAL_SERVER_ERROR` (a bug). Anything not recognised stays an internal error.
 */

/** Socket-level failures Node reports while connecting to, or talking with, the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATE class 08 (connection exception), and 57P01–57P03 (the server is shutting down, crashed,
 * or cannot accept connections yet): nothing the request did is at fault.
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;

/** What pg and pg-pool say when a connection drops or cannot be had in time. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

export function isDependencyUnavailable(error: unknown): boolean {
  // TypeORM keeps pg's error as `driverError`; Node's connect errors may be an AggregateError
  // (one per address tried) with the code on the outer error.
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message)))
      return true;
    current = (current as { driverError?: unknown }).driverError;
  }
  return false;
}
