import { render, screen, within } from '@testing-library/react';

import type { Presence } from '../use-design-channel';
import type { WorkspacePartProps } from '../workspace-props';

import { avatarColors, colorOf, PresenceAvatars } from './PresenceAvatars';

/** Two user ids whose own colours are the same (found by trying, not assumed). */
function collidingIds(): [string, string] {
  const first = 'user-0';
  for (let i = 1; i < 1000; i += 1) {
    if (colorOf(`user-${i}`) === colorOf(first)) return [first, `user-${i}`];
  }
  throw new Error('no two ids share a colour');
}

describe('PresenceAvatars', () => {
  it('gives people with the same initials different colours, even when their own colours are the same', () => {
    const [a, b] = collidingIds();
    const colors = avatarColors([
      { userId: a, displayName: 'Colin Committee' },
      { userId: b, displayName: 'Carla Committee' },
    ]);
    expect(colors.get(a)).not.toBe(colors.get(b));
    // Different initials keep their own colour, shared or not.
    const other = avatarColors([
      { userId: a, displayName: 'Colin Committee' },
      { userId: b, displayName: 'Lena Faculty' },
    ]);
    expect(other.get(a)).toBe(colorOf(a));
    expect(other.get(b)).toBe(colorOf(b));
  });

  it('gives each person the same colour whatever order the screen lists them in', () => {
    const [a, b] = collidingIds();
    const one = avatarColors([
      { userId: a, displayName: 'Colin Committee' },
      { userId: b, displayName: 'Carla Committee' },
    ]);
    const two = avatarColors([
      { userId: b, displayName: 'Carla Committee' },
      { userId: a, displayName: 'Colin Committee' },
    ]);
    expect(two).toEqual(one);
  });

  it('names each person in the tooltip and for screen readers', () => {
    const [a, b] = collidingIds();
    const presence = [
      { userId: 'me', displayName: 'Lena Faculty', role: 'LEAD' },
      { userId: a, displayName: 'Colin Committee', role: 'COMMITTEE_MEMBER' },
      { userId: b, displayName: 'Carla Committee', role: 'COMMITTEE_MEMBER' },
    ] as unknown as Presence[];
    const props = { presence, me: { id: 'me' } } as unknown as WorkspacePartProps;
    render(<PresenceAvatars {...props} />);
    const items = within(screen.getByRole('list', { name: 'People here now' })).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('title'))).toEqual([
      'You (Lena Faculty)',
      'Colin Committee · Committee member',
      'Carla Committee · Committee member',
    ]);
    expect(items.map((item) => item.textContent)).toEqual([
      'LFYou',
      'CCColin Committee',
      'CCCarla Committee',
    ]);
    const [colin, carla] = items
      .slice(1)
      .map((item) => (item.firstChild as HTMLElement).style.backgroundColor);
    expect(colin).not.toBe(carla);
  });
});
