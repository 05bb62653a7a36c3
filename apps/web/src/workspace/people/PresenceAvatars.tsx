import type { Presence } from '../use-design-channel';
import type { WorkspacePartProps } from '../workspace-props';

import { roleLabel } from './role-labels';

import './PresenceAvatars.css';

const COLORS = ['#0b5cad', '#7a3e9d', '#1f7a3a', '#a4461b', '#2b6f77', '#8a2846', '#4a5a8a', '#6b5b00'];

/** The first letters of the first and last names: "Ana Lee" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A steady colour per user, so that someone looks the same on every screen. */
export function colorOf(userId: string): string {
  return COLORS[colorIndex(userId)] ?? '#0b5cad';
}

function colorIndex(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % COLORS.length;
}

/**
 * The colour of each avatar shown together: each person's own steady colour, except that people
 * with the same initials (two "CC"s) never share one — the later takes the next colour free among them.
 */
export function avatarColors(
  people: ReadonlyArray<{ userId: string; displayName: string }>,
): Map<string, string> {
  const colors = new Map<string, string>();
  const taken = new Map<string, Set<number>>();
  // In id order, so that every screen gives the same person the same colour.
  const ordered = [...people].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  for (const person of ordered) {
    const key = initials(person.displayName);
    const used = taken.get(key) ?? new Set<number>();
    let index = colorIndex(person.userId);
    for (let step = 0; step < COLORS.length && used.has(index); step += 1)
      index = (index + 1) % COLORS.length;
    used.add(index);
    taken.set(key, used);
    colors.set(person.userId, COLORS[index] ?? '#0b5cad');
  }
  return colors;
}

/** Who is in the design now: one round avatar per person (me first, as "You"). */
export function PresenceAvatars({ presence, me }: WorkspacePartProps) {
  const seen = new Set<string>();
  const people: Presence[] = [];
  for (const person of presence) {
    if (seen.has(person.userId)) continue;
    seen.add(person.userId);
    people.push(person);
  }
  people.sort((a, b) => Number(b.userId === me.id) - Number(a.userId === me.id));
  if (!people.length) return null;
  const colors = avatarColors(people);

  return (
    <ul className="co-presence" aria-label="People here now">
      {people.map((person) => {
        const self = person.userId === me.id;
        const name = self ? 'You' : person.displayName;
        const title = self
          ? `You (${person.displayName})`
          : [person.displayName, roleLabel(person.role)].filter(Boolean).join(' · ');
        return (
          <li key={person.userId} title={title} className="co-presence-item">
            <span
              className={self ? 'co-avatar co-avatar-self' : 'co-avatar'}
              style={{ backgroundColor: colors.get(person.userId) }}
              aria-hidden="true"
            >
              {initials(person.displayName)}
            </span>
            <span className="co-sr-only">{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
