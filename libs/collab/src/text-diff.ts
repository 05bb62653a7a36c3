import type * as Y from 'yjs';

/**
 * The one edit that turns `from` into `to`: the common prefix and suffix are kept, only what lies
 * between is deleted and inserted, so the positions (and remote cursors) around it survive.
 * Never splits a surrogate pair.
 */
export function textEdit(from: string, to: string): { index: number; remove: number; insert: string } | null {
  if (from === to) return null;
  let prefix = 0;
  const shorter = Math.min(from.length, to.length);
  while (prefix < shorter && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(from.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLowSurrogate(from.charCodeAt(from.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: from.length - prefix - suffix,
    insert: to.slice(prefix, to.length - suffix),
  };
}

/** Applies {@link textEdit} to a `Y.Text` (inside the caller's transaction, if any). */
export function applyTextEdit(text: Y.Text, to: string): boolean {
  const edit = textEdit(text.toString(), to);
  if (!edit) return false;
  if (edit.remove > 0) text.delete(edit.index, edit.remove);
  if (edit.insert) text.insert(edit.index, edit.insert);
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
