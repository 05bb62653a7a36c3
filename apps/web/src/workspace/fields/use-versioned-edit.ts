import { FormEvent, KeyboardEvent, useState } from 'react';

import { errorCode } from '../../api/client';
import { readDraft, writeDraft } from '../../auth/session-keeping';

import {
  conflictChangedBy,
  conflictCurrent,
  errorSentence,
  FieldMessage,
  fieldMessages,
  GraphQLishError,
} from './mutation-errors';

/** What one record's editor needs to know: the record, its rules of change, and how to save. */
export interface VersionedEditSpec<Draft, Changes extends object, Current = unknown> {
  /** The record as it stands now (kept live by the workspace), as the form holds it. */
  current: Draft;
  /** Its version now. */
  version: number;
  /** Faults the form can tell before asking the API (`input.<field>` paths). */
  validate(draft: Draft): FieldMessage[];
  /** What `draft` changes of `base`: only those fields are sent. */
  changes(base: Draft, draft: Draft): Changes;
  /** Saves `changes` on `expectedVersion`. */
  send(expectedVersion: number, changes: Changes): Promise<{ error?: GraphQLishError }>;
  /** The sentence for a refusal that names no field ("Could not save the skill."). */
  fallback: string;
  /** The editor may close; `saved`: a change was stored. */
  onDone(saved: boolean): void;
  /** Reload the design (after a conflict, or a refusal that says it changed). */
  refresh(): void;
  /**
   * Keep the draft in this tab's session storage under this design and name while the editor is
   * open (an expired session does not lose it; it is back when the editor opens again).
   */
  keepAs?: { designId: string; name: string };
  /**
   * The record someone saved first (a CONFLICT's `current`), as the form would hold it. Given, a
   * CONFLICT whose newer record left every field I change as I found it (my own save a moment ago,
   * or someone's change of another field) is no conflict: mine is saved again on that version,
   * once, without the dialog.
   */
  draftOf?(current: Current): Draft;
}

export interface VersionedEdit<Draft, Changes extends object, Current extends { version: number }> {
  draft: Draft;
  setDraft(draft: Draft): void;
  /** What the draft changes so far. */
  changes: Changes;
  errors: FieldMessage[];
  /** A refusal that names no field. */
  error: string | null;
  saving: boolean;
  /** The record as someone else saved it, while the conflict dialog is open. */
  conflict: Current | null;
  /** Who saved it first, by name (empty when the API does not say). */
  conflictBy: string[];
  /** A refusal met while saving from the conflict dialog. */
  conflictError: string | null;
  submit(event: FormEvent): void;
  cancel(): void;
  onKeyDown(event: KeyboardEvent): void;
  keepMine(): void;
  takeTheirs(): void;
  dismissConflict(): void;
}

/**
 * Editing one versioned record (the design's fields, a skill, an outcome): the draft starts from
 * the record as it was when the editor opened; Save sends only what the draft changes, with
 * `expectedVersion`; a `CONFLICT` opens the theirs / mine dialog, where "Keep mine" saves mine
 * again on their version, so nothing typed is lost silently. The long texts are not edited here:
 * they are typed live into their shared documents (`collab/LiveTextField`).
 */
export function useVersionedEdit<Draft, Changes extends object, Current extends { version: number }>(
  spec: VersionedEditSpec<Draft, Changes, Current>,
): VersionedEdit<Draft, Changes, Current> {
  const keepAs = spec.keepAs;
  // A kept draft comes back with the record and version it was typed against, so that a change
  // someone else made meanwhile still meets the conflict rules instead of being overwritten.
  const [kept] = useState(() => keptEdit<Draft>(keepAs));
  const [base] = useState(kept?.base ?? spec.current);
  const [baseVersion] = useState(kept?.baseVersion ?? spec.version);
  const [draft, setDraftState] = useState<Draft>(kept?.draft ?? base);
  const setDraft = (next: Draft) => {
    if (keepAs) {
      const edit: KeptEdit<Draft> = { draft: next, base, baseVersion };
      writeDraft(keepAs.designId, keepAs.name, JSON.stringify(edit));
    }
    setDraftState(next);
  };
  const done = (saved: boolean) => {
    if (keepAs) writeDraft(keepAs.designId, keepAs.name, '');
    spec.onDone(saved);
  };
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Current | null>(null);
  const [conflictBy, setConflictBy] = useState<string[]>([]);
  const [conflictError, setConflictError] = useState<string | null>(null);
  const changes = spec.changes(base, draft);

  async function save(expectedVersion: number, fromDialog: boolean, rebased = false): Promise<void> {
    const faults = spec.validate(draft);
    setErrors(faults);
    setError(null);
    if (faults.length) {
      setConflict(null);
      return;
    }
    // Nothing of mine to send, or mine is already what is saved: nothing to do.
    const unchanged =
      Object.keys(changes).length === 0 ||
      (expectedVersion === spec.version && Object.keys(spec.changes(spec.current, draft)).length === 0);
    if (!fromDialog && unchanged) {
      done(false);
      return;
    }
    setConflictError(null);
    setSaving(true);
    const result = await spec.send(expectedVersion, changes);
    setSaving(false);
    if (!result.error) {
      done(true);
      return;
    }
    const current = conflictCurrent<Current>(result.error);
    if (current && !fromDialog && !rebased && spec.draftOf && current.version > expectedVersion) {
      const theirs = spec.changes(base, spec.draftOf(current));
      if (versionToSave(changes, theirs, expectedVersion, current.version) === current.version) {
        await save(current.version, false, true);
        return;
      }
    }
    if (current) {
      setConflict(current);
      setConflictBy(conflictChangedBy(result.error));
      spec.refresh();
      return;
    }
    const fields = fieldMessages(result.error);
    const code = errorCode(result.error);
    if (fromDialog && !fields.length && code !== 'PRECONDITION_FAILED') {
      setConflictError(errorSentence(result.error, spec.fallback));
      return;
    }
    // Mine was refused for another reason: back to the editor with mine still in it.
    setConflict(null);
    setErrors(fields);
    setError(fields.length ? null : errorSentence(result.error, spec.fallback));
    // The stage or my role changed: the reload closes the editor where I may no longer edit.
    if (code === 'PRECONDITION_FAILED' || code === 'FORBIDDEN') spec.refresh();
  }

  return {
    draft,
    setDraft,
    changes,
    errors,
    error,
    saving,
    conflict,
    conflictBy,
    conflictError,
    submit(event) {
      event.preventDefault();
      const theirs = spec.changes(base, spec.current);
      void save(versionToSave(changes, theirs, baseVersion, spec.version), false);
    },
    cancel: () => done(false),
    onKeyDown(event) {
      if (event.key === 'Escape' && !conflict) {
        event.preventDefault();
        done(false);
      }
    },
    keepMine() {
      if (conflict) void save(conflict.version, true);
    },
    takeTheirs() {
      setConflict(null);
      done(false);
      spec.refresh();
    },
    dismissConflict() {
      setConflict(null);
      setConflictError(null);
    },
  };
}

/**
 * The version a save is based on: the version the edit started from when someone else has since
 * changed a field I changed too (so the API answers CONFLICT and nothing of theirs is overwritten
 * unseen), else the current one (their change of other fields is no conflict).
 */
export function versionToSave(mine: object, theirs: object, startedFrom: number, current: number): number {
  const theirKeys = Object.keys(theirs);
  return Object.keys(mine).some((key) => theirKeys.includes(key)) ? startedFrom : current;
}

/** A draft kept in session storage, with the record and version it was typed against. */
interface KeptEdit<Draft> {
  draft: Draft;
  base: Draft;
  baseVersion: number;
}

function keptEdit<Draft>(keepAs: VersionedEditSpec<Draft, object>['keepAs']): KeptEdit<Draft> | null {
  const kept = keepAs ? readDraft(keepAs.designId, keepAs.name) : null;
  if (kept === null) return null;
  try {
    const edit = JSON.parse(kept) as Partial<KeptEdit<Draft>>;
    return edit.draft !== undefined && edit.base !== undefined && typeof edit.baseVersion === 'number'
      ? (edit as KeptEdit<Draft>)
      : null;
  } catch {
    return null;
  }
}
