import type { Focus, SocketData } from '@mc/realtime-contract';

import { mergePresence } from './merge-presence';

const DESIGN = 'd1';

function socket(
  user: string,
  membership?: { focus?: Focus | null; focusAt?: number; role?: string },
): { data: SocketData } {
  return {
    data: {
      user: { id: user, displayName: user.toUpperCase() },
      sessionId: `session-of-${user}`,
      expiresAt: Date.now() + 60_000,
      designs: membership
        ? {
            [DESIGN]: {
              role: membership.role ?? 'FACULTY',
              focus: membership.focus ?? null,
              focusAt: membership.focusAt ?? 0,
            },
          }
        : {},
    },
  };
}

describe('mergePresence', () => {
  it('lists each user once however many sockets, sorted by name', () => {
    expect(mergePresence(DESIGN, [socket('b', {}), socket('a', {}), socket('b', {})])).toEqual([
      { userId: 'a', displayName: 'A', role: 'FACULTY', focus: null },
      { userId: 'b', displayName: 'B', role: 'FACULTY', focus: null },
    ]);
  });

  it('shows the focus set most recently over all of a user’s tabs', () => {
    const older: Focus = { targetType: 'SKILL', targetId: 's1' };
    const newer: Focus = { targetType: 'OUTCOME', targetId: 'o1' };
    const presence = mergePresence(DESIGN, [
      socket('a', { focus: newer, focusAt: 20 }),
      socket('a', { focus: older, focusAt: 10 }),
    ]);
    expect(presence).toEqual([{ userId: 'a', displayName: 'A', role: 'FACULTY', focus: newer }]);
    // clearing the focus in the latest tab clears it
    expect(
      mergePresence(DESIGN, [
        socket('a', { focus: older, focusAt: 10 }),
        socket('a', { focus: null, focusAt: 30 }),
      ])[0]?.focus,
    ).toBeNull();
  });

  it('ignores sockets in the room that have not joined this design (left, evicted)', () => {
    expect(mergePresence(DESIGN, [socket('a'), socket('b', { role: 'OBSERVER' })])).toEqual([
      { userId: 'b', displayName: 'B', role: 'OBSERVER', focus: null },
    ]);
  });
});
