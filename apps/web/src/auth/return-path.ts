/**
 * Where to go after logging in or signing up: the `next` query parameter when it is a path of this
 * app (an invitation link remembers itself this way across the auth pages), otherwise home. A full
 * URL, `//host` or `/\\host` is ignored, so a crafted link cannot send anyone elsewhere.
 */
export function returnPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && isOwnPath(next) ? next : '/';
}

/**
 * Only the app's own paths: `//host` and `/\host` (which browsers read as `//host`) lead elsewhere,
 * and a return to the log-in page itself would loop.
 */
export function isOwnPath(path: string): boolean {
  return (
    path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !path.startsWith('/login')
  );
}

/** `path` with `next` (and any other parameters) in its query string. */
export function withParams(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params).toString()}`;
}
