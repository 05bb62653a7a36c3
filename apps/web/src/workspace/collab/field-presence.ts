import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import type { CollabAwarenessUser } from '@mc/collab-contract';

import { awarenessUser } from './caret-names';

/**
 * The others whose cursor is in `text` now, from the document's awareness (each person once,
 * however many tabs): who is in which field of a document that holds several (the design's).
 */
export function peopleInText(awareness: Awareness, text: Y.Text, meId: string): CollabAwarenessUser[] {
  const doc = text.doc;
  if (!doc) return [];
  const people = new Map<string, CollabAwarenessUser>();
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = awarenessUser(state);
    const head = (state['cursor'] as { head?: unknown } | null | undefined)?.head;
    if (!user || user.id === meId || !head) return;
    const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(head), doc);
    if (at?.type === text) people.set(user.id, user);
  });
  return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** {@link peopleInText}, kept current as the others move. */
export function usePeopleInText(awareness: Awareness | null, text: Y.Text | null, meId: string) {
  const [people, setPeople] = useState<CollabAwarenessUser[]>([]);
  useEffect(() => {
    if (!awareness || !text) {
      setPeople([]);
      return undefined;
    }
    const update = () =>
      setPeople((before) => {
        const now = peopleInText(awareness, text, meId);
        const same = before.length === now.length && before.every((p, i) => p.id === now[i]?.id);
        return same ? before : now;
      });
    update();
    awareness.on('change', update);
    // A remote edit moves no cursor state but may resolve one that was not known yet.
    text.observe(update);
    return () => {
      awareness.off('change', update);
      text.unobserve(update);
    };
  }, [awareness, text, meId]);
  return people;
}
