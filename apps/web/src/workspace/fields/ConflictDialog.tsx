import { KeyboardEvent, ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

import './ConflictDialog.css';

export interface ConflictDialogProps {
  /** What was being saved, e.g. "Title changed while you were editing". */
  title: string;
  /** The record as someone else saved it (from the CONFLICT's `extensions.current`). */
  theirs: ReactNode;
  /** Who saved theirs, by name (the CONFLICT's `extensions.changedBy`), when the API says. */
  theirsBy?: readonly string[];
  /** What this user typed and tried to save. */
  mine: ReactNode;
  /** Save mine over theirs (the caller retries with the version that came with the conflict). */
  onKeepMine(): void;
  /** Drop mine and keep what is saved. */
  onTakeTheirs(): void;
  /** Escape (or "Decide later"): close without choosing; the caller keeps mine in its editor. */
  onDismiss(): void;
  /** A retry is running: the actions wait. */
  busy?: boolean;
  /** An error of the retry, shown in the dialog. */
  error?: string | null;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Someone else saved first: shows their version and mine side by side and lets the user keep
 * theirs or save mine over it, so nothing typed is lost silently. A modal dialog: focus moves into
 * it, Tab stays in it, Escape closes it and focus returns where it was.
 */
export function ConflictDialog({
  title,
  theirs,
  theirsBy = [],
  mine,
  onKeepMine,
  onTakeTheirs,
  onDismiss,
  busy = false,
  error = null,
}: ConflictDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="ws-dialog-backdrop">
      <div
        ref={dialog}
        className="ws-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={descriptionId}>
          Someone else saved a change first. Compare both versions and choose which one to keep.
        </p>
        <div className="ws-conflict-sides">
          <section className="ws-conflict-side" aria-label="Theirs">
            <h3>{theirsBy.length ? `Theirs, saved by ${listOfNames(theirsBy)}` : 'Theirs'}</h3>
            <div className="ws-conflict-value">{theirs}</div>
          </section>
          <section className="ws-conflict-side ws-conflict-mine" aria-label="Mine">
            <h3>Mine</h3>
            <div className="ws-conflict-value">{mine}</div>
          </section>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="ws-actions">
          <button type="button" className="primary" onClick={onKeepMine} disabled={busy}>
            Keep mine
          </button>
          <button type="button" onClick={onTakeTheirs} disabled={busy}>
            Take theirs
          </button>
          <button type="button" className="link-button" onClick={onDismiss}>
            Decide later
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** One side of a conflict as label/value rows; the rows where the sides differ are marked. */
export function ConflictValues({
  rows,
}: {
  rows: ReadonlyArray<{ label: string; value: ReactNode; differs?: boolean }>;
}) {
  return (
    <dl className="ws-conflict-values">
      {rows.map((row) => (
        <div key={row.label} className={row.differs ? 'ws-differs' : undefined}>
          <dt>
            {row.label}
            {row.differs && <span className="ws-visually-hidden"> (differs)</span>}
          </dt>
          <dd>
            {row.value === null || row.value === undefined || row.value === '' ? <em>Not set</em> : row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Ana", "Ana and Ben", "Ana, Ben and Chloé". */
function listOfNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
