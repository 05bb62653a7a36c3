import { useCallback, useEffect, useRef } from 'react';

import type { WorkspacePartProps } from '../workspace-props';

type Focus = Parameters<WorkspacePartProps['setFocus']>[0];

/**
 * Tells the others what this part is editing (presence "focus"): `announce(target)` when an editor
 * opens, `announce(null)` when it closes. Repeats are not sent again, and an editor still open when
 * the part unmounts is announced closed.
 */
export function useEditingFocus(setFocus: WorkspacePartProps['setFocus']): (focus: Focus) => void {
  const latest = useRef(setFocus);
  const current = useRef<string | null>(null);
  useEffect(() => {
    latest.current = setFocus;
  });

  const announce = useCallback((focus: Focus) => {
    const key = focus ? `${focus.targetType}:${focus.targetId}` : null;
    if (key === current.current) return;
    current.current = key;
    latest.current(focus);
  }, []);

  useEffect(
    () => () => {
      if (current.current !== null) latest.current(null);
    },
    [],
  );
  return announce;
}
