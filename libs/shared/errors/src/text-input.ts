import type { FieldError } from './domain-errors';

/**
 * The one rule for text that clients send, on every channel (GraphQL arguments, socket messages,
 * collab): no NUL byte, no unpaired UTF-16 surrogate, no control character but tab, newline and
 * carriage return. PostgreSQL cannot store the first, JSON cannot carry the second, and none of
 * them is text a person typed.
 */
// Unicode's Cc category less \t (U+0009), \n (U+000A) and \r (U+000D).
// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is refused, or null when it is acceptable text. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (UNPAIRED_SURROGATE.test(value)) return 'must be valid Unicode text (it holds an unpaired surrogate)';
  if (FORBIDDEN_CONTROL.test(value)) return 'must not contain control characters';
  return null;
}

/**
 * Every string inside a value (objects and arrays walked), refused by {@link unsafeTextReason},
 * with its path from `path` (`input.skills.2.name`). Object keys are checked as well.
 */
export function findUnsafeText(value: unknown, path: string): FieldError[] {
  const found: FieldError[] = [];
  const visit = (current: unknown, at: string, depth: number): void => {
    if (typeof current === 'string') {
      const reason = unsafeTextReason(current);
      if (reason) found.push({ field: at, message: reason });
      return;
    }
    if (depth > 32 || current === null || typeof current !== 'object') return;
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, `${at}.${index}`, depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(current)) {
      const reason = unsafeTextReason(key);
      if (reason) found.push({ field: at, message: `has a key that ${reason}` });
      visit(item, at ? `${at}.${key}` : key, depth + 1);
    }
  };
  visit(value, path, 0);
  return found;
}
