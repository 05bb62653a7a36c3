import { conflictCurrent, errorSentence, FieldMessage, fieldMessages } from './mutation-errors';

type GraphQLishError = Parameters<typeof fieldMessages>[0];

/** How a refused save of an item (skill, outcome) is shown. */
export type SaveFailure<T> =
  | { kind: 'conflict'; current: T }
  | { kind: 'dialog'; message: string }
  | { kind: 'fields'; fields: FieldMessage[]; message: string | null };

/**
 * A `CONFLICT` opens (or refreshes) the conflict dialog; another error met while saving from the
 * dialog is said there; otherwise the field messages, or one sentence, go under the form.
 */
export function saveFailure<T extends { version: number }>(
  error: GraphQLishError,
  fromDialog: boolean,
  fallback: string,
): SaveFailure<T> {
  const current = conflictCurrent<T>(error);
  if (current) return { kind: 'conflict', current };
  const fields = fieldMessages(error);
  if (fromDialog && !fields.length) return { kind: 'dialog', message: errorSentence(error, fallback) };
  return { kind: 'fields', fields, message: fields.length ? null : errorSentence(error, fallback) };
}

/**
 * The version a save is based on: the version the edit started from when someone else has since
 * changed a field I changed too (so the API answers CONFLICT and nothing of theirs is overwritten
 * unseen), else the current one (their change of other fields is no conflict).
 */
export function versionToSave(
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  startedFrom: number,
  current: number,
): number {
  const theirKeys = Object.keys(theirs);
  return Object.keys(mine).some((key) => theirKeys.includes(key)) ? startedFrom : current;
}
