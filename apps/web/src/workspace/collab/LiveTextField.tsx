import { ReactNode, useId, useState } from 'react';

import type { CollabFieldProblem } from '@mc/collab-contract';

import { useCollabState } from './collab-context';
import type { LiveDocument } from './collab-session';
import { CollabTextEditor } from './CollabTextEditor';
import { usePeopleInText } from './field-presence';

import './LiveTextField.css';

/**
 * One long text field bound to its `Y.Text` in a live document: the label, the editor (read-only
 * for those who may only watch, or when the server says so), who else is in the field, how many
 * characters of the limit are used, and why the text is not being stored when the server says so.
 * Until the shared copy arrives, the stored text shows read-only.
 */
export function LiveTextField({
  document,
  field,
  label,
  labelId,
  limit,
  stored,
  meId,
  readOnly,
  hint,
  autoFocus,
  describedBy,
  onFocusChange,
  onTextChange,
  children,
}: {
  document: LiveDocument | null;
  /** The `Y.Text` key (collab-contract `COLLAB_FIELDS`). */
  field: string;
  label: ReactNode;
  /** The id of a label shown elsewhere (a `<dt>`): then `label` only names the field in messages. */
  labelId?: string;
  limit: number;
  /** The text as GraphQL returned it (shown until the live copy is there). */
  stored: string;
  meId: string;
  /** I may not change it (no permission, or not drafting), whatever the connection's scope. */
  readOnly: boolean;
  hint?: string;
  autoFocus?: boolean;
  /** More ids describing the editor (e.g. the outcome checks under the statement). */
  describedBy?: string;
  onFocusChange?(focused: boolean): void;
  onTextChange?(text: string): void;
  /** Shown under the editor (e.g. the outcome checks). */
  children?: ReactNode;
}) {
  const uid = useId();
  const state = useCollabState(document);
  const text = document && state.synced ? document.doc.getText(field) : null;
  const awareness = document?.awareness ?? null;
  const people = usePeopleInText(text ? awareness : null, text, meId);
  const [length, setLength] = useState<number | null>(null);
  const shownLength = text ? (length ?? text.toString().trim().length) : stored.trim().length;
  const watchOnly = readOnly || state.scope === 'readonly';
  const problem = state.problems.find((p) => p.field === field) ?? null;

  const ids = {
    label: labelId ?? `${uid}-label`,
    hint: `${uid}-hint`,
    count: `${uid}-count`,
    problem: `${uid}-problem`,
  };
  const describedByIds = [hint ? ids.hint : null, ids.count, problem ? ids.problem : null, describedBy]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="live-field" data-live-field={field}>
      <div className="live-field-head">
        {!labelId && (
          <span id={ids.label} className="live-field-label" onClick={() => focusEditorIn(uid)}>
            {label}
          </span>
        )}
        {people.length > 0 && (
          <ul className="plain live-field-people" aria-label={`Also in ${textOf(label)}`}>
            {people.map((person) => (
              <li
                key={person.id}
                style={{ borderColor: person.color, boxShadow: `inset 3px 0 0 ${person.color}` }}
              >
                {person.displayName}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div data-live-editor-of={uid}>
        {text ? (
          <CollabTextEditor
            text={text}
            awareness={awareness}
            labelledBy={ids.label}
            describedBy={describedByIds}
            readOnly={watchOnly}
            invalid={problem !== null}
            autoFocus={autoFocus}
            onFocusChange={onFocusChange}
            onTextChange={(value) => {
              setLength(value.trim().length);
              onTextChange?.(value);
            }}
          />
        ) : (
          <div
            className="live-field-pending"
            role="textbox"
            aria-readonly="true"
            aria-multiline="true"
            aria-labelledby={ids.label}
            aria-describedby={describedByIds}
            aria-busy={!state.refused}
            tabIndex={0}
          >
            {stored}
          </div>
        )}
      </div>
      {hint && (
        <span id={ids.hint} className="muted">
          {hint}
        </span>
      )}
      <span id={ids.count} className={`muted live-field-count${shownLength > limit ? ' error' : ''}`}>
        {shownLength} of {limit} characters
        {!text && !state.refused && document ? ' · connecting to live editing…' : ''}
        {state.refused ? ' · live editing is unavailable: this text shows as last saved' : ''}
        {text && watchOnly && !readOnly ? ' · you can watch, not change, this text' : ''}
      </span>
      {problem && (
        <p id={ids.problem} role="alert" className="error live-field-problem">
          {problemSentence(problem)}
        </p>
      )}
      {children}
    </div>
  );
}

export function problemSentence(problem: CollabFieldProblem): string {
  return problem.problem === 'TOO_LONG'
    ? `This text is ${problem.length} characters, over the limit of ${problem.limit}: it is not being saved until it is shortened. Nothing typed is lost.`
    : 'This text may not be empty: it is not being saved until something is written.';
}

function focusEditorIn(uid: string) {
  const editor = window.document.querySelector<HTMLElement>(
    `[data-live-editor-of="${CSS.escape(uid)}"] .cm-content`,
  );
  editor?.focus();
}

function textOf(node: ReactNode): string {
  return typeof node === 'string' ? node : 'this field';
}
