import {
  COLLAB_FIELDS,
  COLLAB_FIELD_LIMITS,
  COLLAB_REQUIRED_FIELDS,
  type CollabDocumentKind,
  type CollabFieldProblem,
} from '@mc/collab-contract';
import { unsafeTextReason } from '@mc/errors';

/**
 * What of a document's texts may be stored, as a GraphQL update would store it: trimmed, empty as
 * null, within the field's limit, required fields not empty, no refused character. The others are
 * left out (their stored value stays) and named in `problems`.
 */
export function storableTexts(
  kind: CollabDocumentKind,
  raw: Record<string, string>,
): { texts: Record<string, string | null>; problems: CollabFieldProblem[] } {
  const texts: Record<string, string | null> = {};
  const problems: CollabFieldProblem[] = [];
  const limits = COLLAB_FIELD_LIMITS[kind] as Record<string, number>;
  const required = COLLAB_REQUIRED_FIELDS[kind] as readonly string[];
  for (const field of COLLAB_FIELDS[kind] as readonly string[]) {
    const trimmed = (raw[field] ?? '').trim();
    const limit = limits[field] ?? 0;
    const reason = unsafeTextReason(trimmed);
    if (reason) problems.push({ field, problem: 'UNSAFE_TEXT', reason });
    else if (trimmed.length > limit)
      problems.push({ field, problem: 'TOO_LONG', length: trimmed.length, limit });
    else if (trimmed === '' && required.includes(field)) problems.push({ field, problem: 'REQUIRED' });
    else texts[field] = trimmed === '' ? null : trimmed;
  }
  return { texts, problems };
}
