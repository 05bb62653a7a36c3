import { useCallback, useEffect, useId, useRef } from 'react';
import { useMutation } from 'urql';

import { COLLAB_FIELD_LIMITS, COLLAB_FIELDS, collabDocumentName } from '@mc/collab-contract';

import { useKeptDraft } from '../../auth/session-keeping';
import { graphql } from '../../gql';
import type { UpdateDesignInput } from '../../gql/graphql';
import { useCollabDocument } from '../collab/collab-context';
import type { LiveDocument } from '../collab/collab-session';
import { LiveTextField } from '../collab/LiveTextField';
import { FocusMarker } from '../people/FocusMarker';
import { SuggestAction } from '../suggestions/SuggestAction';
import { DESIGN_WORDING_FIELDS } from '../suggestions/suggestion-targets';
import type { WorkspacePartProps } from '../workspace-props';

import {
  DESIGN_FIELD_SECTIONS,
  DESIGN_FIELDS,
  designFieldAnchor,
  DesignFieldDef,
  DesignFieldKey,
  DesignFieldValue,
  displayValue,
  fieldValue,
  parseDraft,
  sameValue,
  toDraft,
} from './design-field-defs';
import { messagesFor } from './mutation-errors';
import { RecordEditor } from './RecordEditor';
import { useEditingFocus } from './use-editing-focus';
import { useVersionedEdit } from './use-versioned-edit';

import './DesignFields.css';

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
      participationForm
      qualityAssurance
      creditValue
      stackability
      price
      validityPeriod
      issuerCountry
      level
      updatedAt
    }
  }
`);

type LiveDesignField = (typeof COLLAB_FIELDS.design)[number];
const LIVE_FIELDS: readonly string[] = COLLAB_FIELDS.design;
const isLive = (key: DesignFieldKey): key is LiveDesignField => LIVE_FIELDS.includes(key);

type DesignChanges = Partial<Record<DesignFieldKey, DesignFieldValue>>;
type DesignConflict = Record<string, unknown> & { version: number };

/**
 * The design record (SPEC "The design record"), each field with inline editing for those the API
 * lets edit it (`myPermissions.canEdit`). While drafting, the long texts (collab-contract
 * `COLLAB_FIELDS.design`) are live: everyone types into the shared document at once (watchers see
 * it read-only) and the server stores it. The short fields keep Edit and Save with
 * `expectedVersion`: a stale save opens the conflict dialog (theirs / mine), so nothing typed is lost.
 */
export function DesignFields({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const canEdit = design.myPermissions.canEdit;
  // Which field's editor is open, kept with its draft so both are back after an expired session.
  const [keptEditing, keepEditing] = useKeptDraft(design.id, 'editing');
  const drafting = design.stage === 'DRAFTING';
  // A long text has no editor to open while it is live (a draft kept from before is not one).
  const editing =
    DESIGN_FIELDS.find((def) => def.key === keptEditing && !(drafting && isLive(def.key)))?.key ?? null;
  const setEditing = useCallback((key: DesignFieldKey | null) => keepEditing(key ?? ''), [keepEditing]);
  const editButtons = useRef(new Map<DesignFieldKey, HTMLButtonElement | null>());
  const returnFocusTo = useRef<DesignFieldKey | null>(null);
  const announce = useEditingFocus(setFocus);
  const live = useCollabDocument(drafting ? collabDocumentName('design', design.id) : null);

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
      announce(null);
    }
  }, [canEdit, editing, announce, setEditing]);

  function start(key: DesignFieldKey) {
    setEditing(key);
    announce({ targetType: 'DESIGN', targetId: design.id });
  }

  function close(key: DesignFieldKey, saved: boolean) {
    returnFocusTo.current = key;
    setEditing(null);
    announce(null);
    if (saved) refresh();
  }

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
      {DESIGN_FIELD_SECTIONS.map((section) => (
        <section key={section.key} className="ws-record-section" aria-labelledby={`${uid}-${section.key}`}>
          <h3 id={`${uid}-${section.key}`}>{section.title}</h3>
          <dl className="ws-fields">
            {DESIGN_FIELDS.filter((def) => def.section === section.key).map((def) => {
              const isEditing = editing === def.key;
              const inputId = `${uid}-${def.key}`;
              const shown = displayValue(def, fieldValue(design, def.key));
              const suggest = design.myPermissions.canSuggest && DESIGN_WORDING_FIELDS.has(def.key) && (
                <SuggestAction
                  designId={design.id}
                  target={{
                    targetType: 'DESIGN',
                    targetId: design.id,
                    field: def.key,
                    label: def.label,
                    text:
                      typeof fieldValue(design, def.key) === 'string'
                        ? String(fieldValue(design, def.key))
                        : null,
                  }}
                  refresh={refresh}
                />
              );
              if (drafting && isLive(def.key))
                return (
                  <LiveDesignFieldRow
                    key={def.key}
                    def={def}
                    field={def.key}
                    labelId={`${inputId}-label`}
                    document={live}
                    stored={shown}
                    meId={me.id}
                    readOnly={!canEdit}
                    suggest={suggest}
                    onFocusChange={(focused) => {
                      if (editing === null)
                        announce(focused ? { targetType: 'DESIGN', targetId: design.id } : null);
                    }}
                  />
                );
              return (
                <div
                  key={def.key}
                  id={designFieldAnchor(def.key)}
                  tabIndex={-1}
                  className={`ws-field${def.wide ? ' ws-wide' : ''}${isEditing ? ' ws-editing' : ''}`}
                >
                  <dt>{isEditing ? <label htmlFor={inputId}>{def.label}</label> : def.label}</dt>
                  <dd>
                    {isEditing ? (
                      <DesignFieldEditor
                        def={def}
                        inputId={inputId}
                        design={design}
                        onDone={(saved) => close(def.key, saved)}
                        refresh={refresh}
                      />
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
                        {suggest}
                      </div>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </section>
  );
}

/** A long text of the design, typed into live by everyone who may edit it. */
function LiveDesignFieldRow({
  def,
  field,
  labelId,
  document,
  stored,
  meId,
  readOnly,
  suggest,
  onFocusChange,
}: {
  def: DesignFieldDef;
  field: LiveDesignField;
  labelId: string;
  document: LiveDocument | null;
  stored: string;
  meId: string;
  readOnly: boolean;
  /** The "Suggest" action, for those who may suggest new wording. */
  suggest?: React.ReactNode;
  onFocusChange(focused: boolean): void;
}) {
  return (
    <div id={designFieldAnchor(def.key)} tabIndex={-1} className="ws-field ws-wide ws-live">
      <dt id={labelId}>{def.label}</dt>
      <dd>
        <LiveTextField
          document={document}
          field={field}
          label={def.label}
          labelId={labelId}
          limit={COLLAB_FIELD_LIMITS.design[field]}
          stored={stored}
          meId={meId}
          readOnly={readOnly}
          hint={def.hint}
          onFocusChange={onFocusChange}
        />
        {suggest}
      </dd>
    </div>
  );
}

/** One field of the design in the record editor: only this field is sent, with the design's version. */
function DesignFieldEditor({
  def,
  inputId,
  design,
  onDone,
  refresh,
}: {
  def: DesignFieldDef;
  inputId: string;
  design: WorkspacePartProps['design'];
  onDone(saved: boolean): void;
  refresh(): void;
}) {
  const [, updateDesign] = useMutation(UpdateDesignField);
  const { key } = def;
  const parsed = (draft: string) => parseDraft(def, draft);
  const edit = useVersionedEdit<string, DesignChanges, DesignConflict>({
    current: toDraft(fieldValue(design, key)),
    version: design.version,
    validate(draft) {
      const result = parsed(draft);
      return 'error' in result ? [{ field: `input.${key}`, message: result.error }] : [];
    },
    changes(base, draft) {
      const [from, to] = [parsed(base), parsed(draft)];
      if ('error' in to) return {};
      return 'value' in from && sameValue(from.value, to.value) ? {} : { [key]: to.value };
    },
    send: (expectedVersion, changes) =>
      updateDesign({ id: design.id, input: { expectedVersion, ...changes } as UpdateDesignInput }),
    fallback: 'Could not save the change.',
    onDone,
    refresh,
    keepAs: { designId: design.id, name: `field.${key}` },
    draftOf: (current) => toDraft(current[key]),
  });
  return (
    <RecordEditor
      edit={edit}
      className="ws-inline-form"
      inputPaths={[key]}
      conflictTitle={`${def.label} changed while you were editing`}
      rows={(record) => [{ label: def.label, value: displayValue(def, record[key]) }]}
      apply={(record, changes) => ({ ...record, ...changes })}
    >
      <FieldInput
        def={def}
        id={inputId}
        value={edit.draft}
        onChange={edit.setDraft}
        errors={messagesFor(edit.errors, key)}
      />
    </RecordEditor>
  );
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
