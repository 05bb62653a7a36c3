import { ReactNode, useEffect, useRef, useState } from 'react';

import { InlineConfirm } from '../fields/InlineConfirm';
import { errorSentence, GraphQLishError } from '../fields/mutation-errors';

/**
 * An item's actions (a skill, an outcome), as the API allows them (`myPermissions`): Edit, the
 * caller's own buttons, and Remove after an inline confirmation (focus goes back to Remove when
 * it is kept). A refusal shows above the actions.
 */
export function ItemActions({
  itemName,
  canEdit,
  canRemove,
  editingSomething,
  onEdit,
  removeQuestion,
  remove,
  removeFallback,
  refresh,
  error,
  children,
}: {
  /** The item as buttons name it: "skill Wiring", "outcome O2". */
  itemName: string;
  canEdit: boolean;
  canRemove: boolean;
  /** Another editor of this list is open: Edit waits. */
  editingSomething: boolean;
  onEdit(): void;
  removeQuestion: string;
  remove(): Promise<{ error?: GraphQLishError }>;
  removeFallback: string;
  refresh(): void;
  /** A refusal of another of the item's actions (a move). */
  error?: string | null;
  /** More buttons, between Edit and Remove, shown to those who may edit. */
  children?: ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Back to the Remove button when the confirmation closes without removing.
  useEffect(() => {
    if (!confirming && wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirmRemoval() {
    setRemoveError(null);
    setRemoving(true);
    const result = await remove();
    setRemoving(false);
    if (result.error) {
      setConfirming(false);
      setRemoveError(errorSentence(result.error, removeFallback));
      return;
    }
    refresh();
  }

  const shownError = removeError ?? error;
  return (
    <>
      {shownError && (
        <p role="alert" className="error">
          {shownError}
        </p>
      )}
      {confirming ? (
        <InlineConfirm
          question={removeQuestion}
          confirmLabel="Remove"
          cancelLabel="Keep it"
          busy={removing}
          onConfirm={() => void confirmRemoval()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        (canEdit || canRemove) && (
          <div className="ws-actions">
            {canEdit && (
              <button
                type="button"
                data-action="edit"
                aria-label={`Edit ${itemName}`}
                onClick={onEdit}
                disabled={editingSomething}
              >
                Edit
              </button>
            )}
            {canEdit && children}
            {canRemove && (
              <button
                type="button"
                ref={removeButton}
                aria-label={`Remove ${itemName}`}
                onClick={() => setConfirming(true)}
              >
                Remove
              </button>
            )}
          </div>
        )
      )}
    </>
  );
}
