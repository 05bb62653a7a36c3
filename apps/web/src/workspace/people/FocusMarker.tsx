import type { Presence } from '../use-design-channel';

import './FocusMarker.css';

/**
 * Marks an item (a skill, an outcome, a field of the design) that someone else is editing now:
 * "Ana is editing". Nothing when nobody else is.
 */
export function FocusMarker({
  presence,
  meId,
  targetType,
  targetId,
}: {
  presence: Presence[];
  meId: string;
  targetType: 'DESIGN' | 'SKILL' | 'OUTCOME';
  targetId: string;
}) {
  const editors = presence.filter(
    (p) => p.userId !== meId && p.focus?.targetType === targetType && p.focus.targetId === targetId,
  );
  if (!editors.length) return null;
  const names = editors.map((p) => p.displayName).join(', ');
  return (
    <span className="focus-marker" role="status" data-testid="focus-marker">
      ✎ {names} {editors.length === 1 ? 'is' : 'are'} editing
    </span>
  );
}
