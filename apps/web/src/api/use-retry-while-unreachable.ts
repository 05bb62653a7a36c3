import { useEffect } from 'react';

/**
 * While the last answer was a network failure (the server could not be reached), asks again every
 * `everyMs` through `retry`; true while that lasts, so a "could not be reached" notice clears by
 * itself as soon as an answer comes back.
 */
export function useRetryWhileUnreachable(
  error: { networkError?: Error } | undefined,
  retry: () => void,
  everyMs = 3000,
): boolean {
  const unreachable = !!error?.networkError;
  useEffect(() => {
    if (!unreachable) return;
    const timer = setInterval(retry, everyMs);
    return () => clearInterval(timer);
  }, [unreachable, retry, everyMs]);
  return unreachable;
}
