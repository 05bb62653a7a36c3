import { useCallback, useState } from 'react';

import { isOwnPath } from './return-path';

/**
 * What an expired session must not lose, kept in this tab's session storage (it outlives the
 * log-in page and a reload, not the tab): the page to return to, and each design's unsaved text.
 */
const RETURN_KEY = 'mc.session.returnTo';
const EXPIRED_KEY = 'mc.session.expired';
const DRAFT_PREFIX = 'mc.draft.';

function draftKey(designId: string, name: string): string {
  return `${DRAFT_PREFIX}${designId}.${name}`;
}

/** A page that needs a log-in was asked for: the log-in brings the user back to it. */
export function rememberReturnPath(path: string): void {
  if (isOwnPath(path)) window.sessionStorage.setItem(RETURN_KEY, path);
}

/** The session ended on its own: say so on the log-in page, and come back here after it. */
export function rememberExpiredSession(path: string): void {
  window.sessionStorage.setItem(EXPIRED_KEY, '1');
  rememberReturnPath(path);
}

export function sessionExpired(): boolean {
  return window.sessionStorage.getItem(EXPIRED_KEY) === '1';
}

/** Where to go after logging in (the page the session expired on), forgotten once taken. */
export function takeReturnPath(): string {
  const path = window.sessionStorage.getItem(RETURN_KEY) ?? '/';
  window.sessionStorage.removeItem(RETURN_KEY);
  window.sessionStorage.removeItem(EXPIRED_KEY);
  return isOwnPath(path) ? path : '/';
}

export function readDraft(designId: string, name: string): string | null {
  return window.sessionStorage.getItem(draftKey(designId, name));
}

export function writeDraft(designId: string, name: string, text: string): void {
  if (text) window.sessionStorage.setItem(draftKey(designId, name), text);
  else window.sessionStorage.removeItem(draftKey(designId, name));
}

/** A deliberate log-out leaves nothing typed behind for the next person at this browser. */
export function forgetSessionKeeping(): void {
  for (let i = window.sessionStorage.length - 1; i >= 0; i--) {
    const key = window.sessionStorage.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) window.sessionStorage.removeItem(key);
  }
  window.sessionStorage.removeItem(RETURN_KEY);
  window.sessionStorage.removeItem(EXPIRED_KEY);
}

/**
 * `useState` for unsaved text of one design (`name`: which text, e.g. "comment"): every change is
 * kept at once, so an expiry in the middle of typing loses nothing, and the text is back when the
 * page opens again. Setting it to '' (after it was saved) forgets it.
 */
export function useKeptDraft(designId: string, name: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => readDraft(designId, name) ?? '');
  const set = useCallback(
    (next: string) => {
      writeDraft(designId, name, next);
      setText(next);
    },
    [designId, name],
  );
  return [text, set];
}
