import type { Awareness } from 'y-protocols/awareness';

import type { CollabAwarenessUser } from '@mc/collab-contract';

/** The `user` of an awareness state as the server sets it (contract `CollabAwarenessUser`). */
export function awarenessUser(state: Record<string, unknown> | undefined): CollabAwarenessUser | null {
  const user = state?.['user'] as Partial<CollabAwarenessUser> | undefined;
  if (!user || typeof user.id !== 'string' || typeof user.displayName !== 'string') return null;
  return { id: user.id, displayName: user.displayName, color: user.color ?? '#0b5cad' };
}

/**
 * The awareness as y-codemirror.next reads it to draw remote carets: it labels a caret with
 * `user.name` and tints a selection with `user.colorLight` (or the colour followed by an alpha
 * suffix, which an `hsl(…)` colour does not take). The contract's `user` says `displayName` and
 * `color`, so each state is shown to it with those two added; everything else goes to the real one.
 */
export function withCaretNames(awareness: Awareness): Awareness {
  const getStates = () => {
    const states = new Map<number, Record<string, unknown>>();
    awareness.getStates().forEach((state, clientId) => {
      const user = awarenessUser(state);
      states.set(
        clientId,
        user
          ? {
              ...state,
              user: {
                ...user,
                name: user.displayName,
                colorLight: `color-mix(in srgb, ${user.color} 22%, transparent)`,
              },
            }
          : state,
      );
    });
    return states;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'getStates') return getStates;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
