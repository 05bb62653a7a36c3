/**
 * @mentions on the client: where the user is typing one (for the autocompletion), what to insert,
 * and which parts of a posted comment name someone (to highlight them). The handles follow the
 * API's parser (libs/designs/src/comments/mention-parser.ts): an email, a display name (longest
 * match, any case), or an email's local part when only one participant has it.
 */

/** Someone who can be mentioned: a participant of the design. */
export interface Mentionable {
  id: string;
  displayName: string;
  email: string;
}

/** An `@` being typed just before the caret: where it starts and what follows it so far. */
export interface MentionTrigger {
  /** Index of the `@` in the text. */
  start: number;
  /** What the user typed after the `@`, up to the caret. */
  query: string;
}

const MAX_QUERY = 60;
const MAX_SUGGESTIONS = 8;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

/** The mention being typed at `caret`, if any: `@` at the start or after a non-word character. */
export function findMentionTrigger(text: string, caret: number): MentionTrigger | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1) return null;
  if (start > 0 && isWordChar(before[start - 1])) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY || /[\n\r\t]/.test(query) || /^\s/.test(query)) return null;
  return { start, query };
}

/** The participants whose name (or a word of it) or email starts with `query`, best first. */
export function suggestMentions(query: string, people: readonly Mentionable[]): Mentionable[] {
  const q = query.toLowerCase();
  const scored: Array<{ person: Mentionable; score: number }> = [];
  for (const person of people) {
    const name = person.displayName.trim().toLowerCase();
    const email = person.email.toLowerCase();
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (!q.includes(' ') && name.split(/\s+/).some((word) => word.startsWith(q))) score = 1;
    else if (email.startsWith(q)) score = 2;
    if (score >= 0) scored.push({ person, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.person.displayName.localeCompare(b.person.displayName))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ person }) => person);
}

/**
 * The handle to write for `person`: the display name, unless another participant has the same
 * one (the API would then pick either), in which case the email.
 */
export function mentionHandle(person: Mentionable, people: readonly Mentionable[]): string {
  const name = person.displayName.trim();
  const clash = people.some(
    (other) => other.id !== person.id && other.displayName.trim().toLowerCase() === name.toLowerCase(),
  );
  return clash || !name ? person.email : name;
}

/** Replaces the mention being typed (from its `@` to the caret) with `@<handle> `. */
export function insertMention(
  text: string,
  trigger: MentionTrigger,
  caret: number,
  handle: string,
): { text: string; caret: number } {
  const inserted = `@${handle} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, trigger.start) + inserted + after, caret: trigger.start + inserted.length };
}

/** A piece of a comment's body: plain text, or a mention of a participant. */
export type BodyPart = { text: string; mentionOf?: string };

/**
 * Splits a comment's body into text and the mentions in it of `people` (only those with an id in
 * `mentionedIds` when given: the API's own answer of whom the comment mentions).
 */
export function splitMentions(
  body: string,
  people: readonly Mentionable[],
  mentionedIds?: ReadonlySet<string>,
): BodyPart[] {
  const handles: Array<{ handle: string; id: string }> = [];
  const localParts = new Map<string, string[]>();
  for (const person of people) {
    if (mentionedIds && !mentionedIds.has(person.id)) continue;
    if (person.email) handles.push({ handle: person.email.toLowerCase(), id: person.id });
    if (person.displayName.trim())
      handles.push({ handle: person.displayName.trim().toLowerCase(), id: person.id });
    const local = person.email.split('@')[0]?.toLowerCase();
    if (local) localParts.set(local, [...(localParts.get(local) ?? []), person.id]);
  }
  for (const [local, ids] of localParts)
    if (ids.length === 1 && ids[0]) handles.push({ handle: local, id: ids[0] });
  handles.sort((a, b) => b.handle.length - a.handle.length);

  const parts: BodyPart[] = [];
  const lower = body.toLowerCase();
  let plainFrom = 0;
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (at < plainFrom || (at > 0 && isWordChar(lower[at - 1]))) continue;
    const rest = lower.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && !isWordChar(rest[handle.length]));
    if (!match) continue;
    if (at > plainFrom) parts.push({ text: body.slice(plainFrom, at) });
    const end = at + 1 + match.handle.length;
    parts.push({ text: body.slice(at, end), mentionOf: match.id });
    plainFrom = end;
  }
  if (plainFrom < body.length) parts.push({ text: body.slice(plainFrom) });
  return parts;
}
