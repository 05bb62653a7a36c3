import { FormEvent, KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';
import type { UpdateDesignInput } from '../../gql/graphql';
import { FocusMarker } from '../people/FocusMarker';
import { canEditContent, WorkspacePartProps } from '../workspace-props';

import { ConflictDialog } from './ConflictDialog';
import {
  DESIGN_FIELDS,
  DesignFieldDef,
  DesignFieldKey,
  DesignFieldValue,
  displayValue,
  fieldValue,
  parseDraft,
  sameValue,
  toDraft,
} from './design-field-defs';
import { conflictCurrent, errorSentence, FieldMessage, fieldMessages, messagesFor } from './mutation-errors';
import { useEditingFocus } from './use-editing-focus';

const UpdateDesignField = graphql(`
  mutation UpdateDesignField($id: ID!, $input: UpdateDesignInput!) {
    updateDesign(id: $id, input: $input) {
      id
      version
      revision
      title
      summary
      sector
      targetLearners
      prerequisites
      hours
      deliveryMode
      language
      assessmentApproach
      creditValue
      updatedAt
    }
  }
`);

interface Editing {
  key: DesignFieldKey;
  draft: string;
  /** The field's value and the design's version when editing started. */
  baseValue: DesignFieldValue;
  baseVersion: number;
}

interface Conflict {
  key: DesignFieldKey;
  /** What I tried to save. */
  value: DesignFieldValue;
  draft: string;
  /** The design's record as it stands (CONFLICT `extensions.current`). */
  current: Record<string, unknown> & { version: number };
}

/**
 * The design record (SPEC "The design record"), each field with inline editing for the lead and
 * faculty while drafting. A stale save opens the conflict dialog (theirs / mine), so nothing typed
 * is lost.
 */
export function DesignFields({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const canEdit = canEditContent(design);
  const [, updateDesign] = useMutation(UpdateDesignField);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldMessage[]>([]);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [conflictError, setConflictError] = useState<string | null>(null);
  const editButtons = useRef(new Map<DesignFieldKey, HTMLButtonElement | null>());
  const returnFocusTo = useRef<DesignFieldKey | null>(null);
  const announce = useEditingFocus(setFocus);

  // Back to the field's Edit button once its editor closes (keyboard users keep their place).
  useEffect(() => {
    if (editing || !returnFocusTo.current) return;
    editButtons.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [editing]);

  // Drafting ended (or my role changed) while editing: close the editor.
  useEffect(() => {
    if (!canEdit && editing) {
      setEditing(null);
      setConflict(null);
      announce(null);
    }
  }, [canEdit, editing, announce]);

  function start(key: DesignFieldKey) {
    const baseValue = fieldValue(design, key);
    setEditing({ key, draft: toDraft(baseValue), baseValue, baseVersion: design.version });
    setFieldErrors([]);
    setGeneralError(null);
    announce({ targetType: 'DESIGN', targetId: design.id });
  }

  function close(key: DesignFieldKey) {
    returnFocusTo.current = key;
    setEditing(null);
    setConflict(null);
    setConflictError(null);
    setFieldErrors([]);
    setGeneralError(null);
    announce(null);
  }

  /** Saves one field based on `expectedVersion`; answers true when the editor may close. */
  async function save(key: DesignFieldKey, draft: string, expectedVersion: number, fromDialog: boolean) {
    const def = DESIGN_FIELDS.find((d) => d.key === key);
    if (!def) return;
    const parsed = parseDraft(def, draft);
    if ('error' in parsed) {
      setFieldErrors([{ field: `input.${key}`, message: parsed.error }]);
      return;
    }
    if (
      !fromDialog &&
      expectedVersion === design.version &&
      sameValue(parsed.value, fieldValue(design, key))
    ) {
      close(key);
      return;
    }
    setBusy(true);
    setConflictError(null);
    const input = { expectedVersion, [key]: parsed.value } as UpdateDesignInput;
    const result = await updateDesign({ id: design.id, input });
    setBusy(false);
    if (!result.error) {
      close(key);
      refresh();
      return;
    }
    const current = conflictCurrent<Conflict['current']>(result.error);
    if (current) {
      setConflict({ key, value: parsed.value, draft, current });
      refresh();
      return;
    }
    const fields = fieldMessages(result.error);
    if (fromDialog && !fields.length && errorCode(result.error) !== 'PRECONDITION_FAILED') {
      setConflictError(errorSentence(result.error, 'Could not save the change.'));
      return;
    }
    // Mine was refused for another reason: back to the editor with mine still in it.
    setConflict(null);
    setFieldErrors(fields);
    setGeneralError(fields.length ? null : errorSentence(result.error, 'Could not save the change.'));
    if (errorCode(result.error) === 'PRECONDITION_FAILED' || errorCode(result.error) === 'FORBIDDEN')
      refresh();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    // A live change of another field is no conflict (the field is as I found it): base mine on it.
    // A change of this very field since I started is: the stale version makes the API say so.
    const untouched = sameValue(fieldValue(design, editing.key), editing.baseValue);
    void save(editing.key, editing.draft, untouched ? design.version : editing.baseVersion, false);
  }

  function onEditorKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && editing && !conflict) {
      event.preventDefault();
      close(editing.key);
    }
  }

  const conflictDef = conflict && DESIGN_FIELDS.find((d) => d.key === conflict.key);
  const orphanErrors = fieldErrors.filter((f) => !editing || !f.field.startsWith(`input.${editing.key}`));

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-design-record">
      <div className="ws-section-head">
        <h2 id={`${uid}-heading`}>Design record</h2>
        <FocusMarker presence={presence} meId={me.id} targetType="DESIGN" targetId={design.id} />
      </div>
      {!canEdit && (
        <p className="muted ws-note">
          {design.stage === 'DRAFTING'
            ? 'The lead and faculty edit the design record.'
            : 'The design record changes only while the design is being drafted.'}
        </p>
      )}
      <dl className="ws-fields">
        {DESIGN_FIELDS.map((def) => {
          const isEditing = editing?.key === def.key;
          const inputId = `${uid}-${def.key}`;
          const shown = displayValue(def, fieldValue(design, def.key));
          return (
            <div
              key={def.key}
              className={`ws-field${def.wide ? ' ws-wide' : ''}${isEditing ? ' ws-editing' : ''}`}
            >
              <dt>{isEditing ? <label htmlFor={inputId}>{def.label}</label> : def.label}</dt>
              <dd>
                {isEditing && editing ? (
                  <form onSubmit={submit} onKeyDown={onEditorKeyDown} className="ws-inline-form" noValidate>
                    <FieldInput
                      def={def}
                      id={inputId}
                      value={editing.draft}
                      onChange={(draft) => setEditing({ ...editing, draft })}
                      errors={messagesFor(fieldErrors, def.key)}
                    />
                    {(orphanErrors.length > 0 || generalError) && (
                      <div role="alert" className="error">
                        {generalError && <p>{generalError}</p>}
                        {orphanErrors.map((f) => (
                          <p key={f.field}>
                            {f.field.replace(/^input\./, '')}: {f.message}
                          </p>
                        ))}
                      </div>
                    )}
                    <div className="ws-actions">
                      <button type="submit" className="primary" disabled={busy}>
                        Save
                      </button>
                      <button type="button" onClick={() => close(def.key)} disabled={busy}>
                        Cancel
                      </button>
                    </div>
                  </form>
                ) : (
                  <div className="ws-field-display">
                    <span className={shown ? 'ws-field-value' : 'ws-field-value muted'}>
                      {shown || 'Not set'}
                    </span>
                    {canEdit && (
                      <button
                        type="button"
                        className="ws-edit"
                        aria-label={`Edit ${def.label}`}
                        disabled={editing !== null}
                        ref={(element) => {
                          editButtons.current.set(def.key, element);
                        }}
                        onClick={() => start(def.key)}
                      >
                        Edit
                      </button>
                    )}
                  </div>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {conflict && conflictDef && (
        <ConflictDialog
          title={`${conflictDef.label} changed while you were editing`}
          theirs={<ConflictText text={displayValue(conflictDef, conflict.current[conflict.key])} />}
          mine={<ConflictText text={displayValue(conflictDef, conflict.value)} />}
          busy={busy}
          error={conflictError}
          onKeepMine={() => void save(conflict.key, conflict.draft, conflict.current.version, true)}
          onTakeTheirs={() => {
            close(conflict.key);
            refresh();
          }}
          onDismiss={() => {
            setConflict(null);
            setConflictError(null);
          }}
        />
      )}
    </section>
  );
}

function ConflictText({ text }: { text: string }) {
  return text ? <p className="ws-pre">{text}</p> : <p className="muted">Not set</p>;
}

function FieldInput({
  def,
  id,
  value,
  onChange,
  errors,
}: {
  def: DesignFieldDef;
  id: string;
  value: string;
  onChange(value: string): void;
  errors: string[];
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [def.hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    autoFocus: true,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
    required: def.required,
  };
  return (
    <>
      {def.kind === 'textarea' ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : def.kind === 'select' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">Not set</option>
          {def.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : def.kind === 'number' ? (
        <input
          {...common}
          type="number"
          inputMode="decimal"
          step="any"
          min={def.min}
          max={def.max}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {def.hint && (
        <span id={hintId} className="muted">
          {def.hint}
        </span>
      )}
      {errors.length > 0 && (
        <span id={errorId} className="error">
          {errors.map((message) => `${def.label} ${message}`).join('. ')}
        </span>
      )}
    </>
  );
}
