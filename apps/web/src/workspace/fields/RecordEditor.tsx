import { ReactNode, useId } from 'react';

import { ConflictDialog, ConflictValues } from './ConflictDialog';
import type { VersionedEdit } from './use-versioned-edit';

export interface ConflictRow {
  label: string;
  value: string;
}

/**
 * The one editor of a versioned record (a field of the design, a skill, an outcome): the inputs
 * the caller gives, refusals that no input shows, Save and Cancel, and the conflict dialog with
 * theirs and mine side by side (the rows where they differ marked). State: {@link useVersionedEdit}.
 */
export function RecordEditor<Draft, Changes extends object, Current extends { version: number }>({
  edit,
  heading,
  className,
  inputPaths,
  conflictTitle,
  rows,
  apply,
  children,
}: {
  edit: VersionedEdit<Draft, Changes, Current>;
  /** The form's heading ("Edit skill"); none for an inline field. */
  heading?: ReactNode;
  className: string;
  /** The `input.<path>`s the inputs show their messages at; messages about others are listed. */
  inputPaths: readonly string[];
  conflictTitle: string;
  /** The rows the conflict dialog shows of a record. */
  rows(record: Current): ConflictRow[];
  /** A record with my changes applied: "mine" as it would be saved over "theirs". */
  apply(record: Current, changes: Changes): Current;
  children: ReactNode;
}) {
  const uid = useId();
  const shown = (field: string) =>
    inputPaths.some((path) => field === `input.${path}` || field.startsWith(`input.${path}.`));
  const orphans = edit.errors.filter((f) => !shown(f.field));
  const theirs = edit.conflict ? rows(edit.conflict) : [];
  const mine = edit.conflict ? rows(apply(edit.conflict, edit.changes)) : [];
  const marked = (side: ConflictRow[], other: ConflictRow[]) =>
    side.map((row, i) => ({ ...row, differs: row.value !== other[i]?.value }));
  return (
    <form
      aria-labelledby={heading ? `${uid}-title` : undefined}
      className={className}
      onSubmit={edit.submit}
      onKeyDown={edit.onKeyDown}
      noValidate
    >
      {heading && (
        <h3 id={`${uid}-title`} className="ws-item-title">
          {heading}
        </h3>
      )}
      {children}
      {(edit.error || orphans.length > 0) && (
        <div role="alert" className="error">
          {edit.error && <p>{edit.error}</p>}
          {orphans.map((f) => (
            <p key={f.field}>
              {f.field.replace(/^input\./, '')}: {f.message}
            </p>
          ))}
        </div>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={edit.saving}>
          Save
        </button>
        <button type="button" onClick={edit.cancel} disabled={edit.saving}>
          Cancel
        </button>
      </div>
      {edit.conflict && (
        <ConflictDialog
          title={conflictTitle}
          theirs={<ConflictValues rows={marked(theirs, mine)} />}
          theirsBy={edit.conflictBy}
          mine={<ConflictValues rows={marked(mine, theirs)} />}
          busy={edit.saving}
          error={edit.conflictError}
          onKeepMine={edit.keepMine}
          onTakeTheirs={edit.takeTheirs}
          onDismiss={edit.dismissConflict}
        />
      )}
    </form>
  );
}
