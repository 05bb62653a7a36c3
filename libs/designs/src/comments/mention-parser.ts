/** Someone who can be mentioned: a participant of the design. */
export interface Mentionable {
  id: string;
  email: string;
  displayName: string;
}

/**
 * The participants a comment mentions. A mention is `@` (at the start or after a non-word
 * character) followed by a participant's email, display name (longest match wins, any case), or
 * the part of an email before `@` when only one participant has it; it must end at a non-word
 * character or the end of the text. Anything else after `@` mentions nobody.
 */
export function parseMentions(body: string, participants: readonly Mentionable[]): string[] {
  const handles: Array<{ handle: string; id: string }> = [];
  const localParts = new Map<string, string[]>();
  for (const person of participants) {
    handles.push({ handle: person.email.toLowerCase(), id: person.id });
    if (person.displayName.trim())
      handles.push({ handle: person.displayName.trim().toLowerCase(), id: person.id });
    const local = person.email.split('@')[0]?.toLowerCase();
    if (local) localParts.set(local, [...(localParts.get(local) ?? []), person.id]);
  }
  for (const [local, ids] of localParts)
    if (ids.length === 1 && ids[0]) handles.push({ handle: local, id: ids[0] });
  handles.sort((a, b) => b.handle.length - a.handle.length);

  const text = body.toLowerCase();
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && isWordChar(text[at - 1])) continue;
    const rest = text.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && !isWordChar(rest[handle.length]));
    if (match) found.add(match.id);
  }
  return [...found];
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}
