import { useEffect, useRef, useState } from 'react';

import { useEditingFocus } from '../fields/use-editing-focus';
import type { WorkspacePartProps } from '../workspace-props';

/** The button to give focus back to: `data-action` of a button of the item `data-item-id`. */
export interface ReturnFocus {
  id: string;
  action: string;
}

/**
 * Which item of a list (skills, outcomes) is being edited, one at a time: the others are told
 * (presence focus); the editor closes when the item goes or may no longer be edited
 * (`myPermissions`); focus goes back to the button used once an editor closes or an item moves.
 */
export function useItemEditing(
  targetType: 'SKILL' | 'OUTCOME',
  setFocus: WorkspacePartProps['setFocus'],
  mayEdit: (id: string) => boolean,
  /** The items' order: a move re-renders the list, then focus is put back. */
  order: string,
) {
  const announce = useEditingFocus(setFocus);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<ReturnFocus | null>(null);
  const container = useRef<HTMLElement>(null);

  const stillEditable = editingId !== null && mayEdit(editingId);
  useEffect(() => {
    if (editingId && !stillEditable) {
      setEditingId(null);
      announce(null);
    }
  }, [editingId, stillEditable, announce]);

  // A moved item's button may have become disabled at the top or bottom: then its other move button.
  useEffect(() => {
    if (!returnFocusTo || !container.current) return;
    const item = container.current.querySelector(`[data-item-id="${returnFocusTo.id}"]`);
    const preferred = item?.querySelector<HTMLButtonElement>(`[data-action="${returnFocusTo.action}"]`);
    const target =
      preferred && !preferred.disabled
        ? preferred
        : item?.querySelector<HTMLButtonElement>(
            '[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled)',
          );
    target?.focus();
  }, [returnFocusTo, order]);

  return {
    editingId,
    container,
    start(id: string) {
      setReturnFocusTo(null);
      setEditingId(id);
      announce({ targetType, targetId: id });
    },
    finish() {
      if (editingId) setReturnFocusTo({ id: editingId, action: 'edit' });
      setEditingId(null);
      announce(null);
    },
    returnFocus: setReturnFocusTo,
  };
}
