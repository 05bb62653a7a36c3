/**
 * Where to go after logging in or signing up: the `next` query parameter when it is a path of this
 * app (an invitation link remembers itself this way across the auth pages), otherwise home. A full
 * URL or `//host` is ignored, so a crafted link cannot send anyone elsewhere.
 */
export function returnPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** `path` with `next` (and any other parameters) in its query string. */
export function withParams(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params).toString()}`;
}
