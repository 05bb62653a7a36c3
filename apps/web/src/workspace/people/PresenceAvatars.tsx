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
function colorOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length] ?? '#0b5cad';
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
              style={{ backgroundColor: colorOf(person.userId) }}
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
