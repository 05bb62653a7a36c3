import { FormEvent, KeyboardEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { WorkspaceOutcome, WorkspaceSkill } from '../design-query';
import { ConflictDialog, ConflictValues } from '../fields/ConflictDialog';
import { InlineConfirm } from '../fields/InlineConfirm';
import { conflictCurrent, errorSentence, FieldMessage, fieldMessages } from '../fields/mutation-errors';
import { useEditingFocus } from '../fields/use-editing-focus';
import { saveFailure, versionToSave } from '../fields/versioned-save';
import { FocusMarker } from '../people/FocusMarker';
import { commentCount, commentsText } from '../skills/skill-model';
import { canEditContent, WorkspacePartProps } from '../workspace-props';

import {
  applyOutcomeChanges,
  BLOOM_LABELS,
  EMPTY_OUTCOME_DRAFT,
  OutcomeDraft,
  outcomeChanges,
  outcomeDraftOf,
  OutcomeRecord,
  outcomeRows,
  orderedOutcomes,
  validateOutcomeDraft,
} from './outcome-model';
import { OutcomeFormFields } from './OutcomeFormFields';

const AddOutcome = graphql(`
  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {
    addOutcome(designId: $designId, input: $input) {
      id
      position
      version
    }
  }
`);

const UpdateOutcome = graphql(`
  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {
    updateOutcome(id: $id, input: $input) {
      id
      statement
      bloomLevel
      assessmentMethod
      position
      version
      skills {
        id
      }
    }
  }
`);

const RemoveOutcome = graphql(`
  mutation RemoveOutcome($id: ID!) {
    removeOutcome(id: $id)
  }
`);

type OutcomeConflictRecord = OutcomeRecord & { version: number };

/**
 * The learning outcomes in their order, each with its Bloom level, assessment method, the skills
 * it covers, how much it is discussed and who is editing it. Lead and faculty add, edit, reorder
 * and remove them while drafting.
 */
export function OutcomesColumn({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const canEdit = canEditContent(design);
  const announce = useEditingFocus(setFocus);
  const outcomes = orderedOutcomes(design);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<{ id: string; action: 'edit' | 'up' | 'down' } | null>(
    null,
  );
  const list = useRef<HTMLOListElement>(null);

  const startEditing = (id: string | null) => {
    setReturnFocusTo(id ? null : editingId ? { id: editingId, action: 'edit' } : null);
    setEditingId(id);
    announce(id ? { targetType: 'OUTCOME', targetId: id } : null);
  };

  const stillEditable = canEdit && outcomes.some((o) => o.id === editingId);
  useEffect(() => {
    if (editingId && !stillEditable) {
      setEditingId(null);
      announce(null);
    }
  }, [editingId, stillEditable, announce]);

  // After an edit or a move, focus goes back to the button used (a moved outcome's button may have
  // become disabled at the top or bottom: then to its other move button).
  const order = outcomes.map((o) => o.id).join();
  useEffect(() => {
    if (!returnFocusTo || !list.current) return;
    const item = list.current.querySelector(`[data-outcome-id="${returnFocusTo.id}"]`);
    const preferred = item?.querySelector<HTMLButtonElement>(`[data-action="${returnFocusTo.action}"]`);
    const target =
      preferred && !preferred.disabled
        ? preferred
        : item?.querySelector<HTMLButtonElement>(
            '[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled)',
          );
    target?.focus();
  }, [returnFocusTo, order]);

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-column">
      <h2 id={`${uid}-heading`}>Learning outcomes</h2>
      {outcomes.length === 0 ? (
        <p className="muted">No learning outcomes yet.</p>
      ) : (
        <ol className="plain ws-items" ref={list}>
          {outcomes.map((outcome, index) => (
            <li key={outcome.id} className="ws-item" data-outcome-id={outcome.id}>
              {editingId === outcome.id ? (
                <OutcomeEditor
                  outcome={outcome}
                  number={index + 1}
                  skills={design.skills}
                  refresh={refresh}
                  onDone={(saved) => {
                    startEditing(null);
                    if (saved) refresh();
                  }}
                />
              ) : (
                <OutcomeCard
                  outcome={outcome}
                  number={index + 1}
                  count={outcomes.length}
                  skills={design.skills}
                  comments={commentCount(design, 'OUTCOME', outcome.id)}
                  canEdit={canEdit}
                  editingSomething={editingId !== null}
                  onEdit={() => startEditing(outcome.id)}
                  onMoved={(action) => setReturnFocusTo({ id: outcome.id, action })}
                  refresh={refresh}
                  focusMarker={
                    <FocusMarker
                      presence={presence}
                      meId={me.id}
                      targetType="OUTCOME"
                      targetId={outcome.id}
                    />
                  }
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && <AddOutcomeForm designId={design.id} skills={design.skills} refresh={refresh} />}
    </section>
  );
}

function coveredNames(outcome: WorkspaceOutcome, skills: readonly WorkspaceSkill[]): string[] {
  return outcome.skills.map((s) => skills.find((k) => k.id === s.id)?.name).filter((n): n is string => !!n);
}

interface MoveConflict {
  current: OutcomeConflictRecord;
  to: number;
}

function OutcomeCard({
  outcome,
  number,
  count,
  skills,
  comments,
  canEdit,
  editingSomething,
  onEdit,
  onMoved,
  refresh,
  focusMarker,
}: {
  outcome: WorkspaceOutcome;
  number: number;
  count: number;
  skills: readonly WorkspaceSkill[];
  comments: number;
  canEdit: boolean;
  editingSomething: boolean;
  onEdit(): void;
  onMoved(action: 'up' | 'down'): void;
  refresh(): void;
  focusMarker: ReactNode;
}) {
  const uid = useId();
  const [{ fetching: removing }, removeOutcome] = useMutation(RemoveOutcome);
  const [{ fetching: moving }, updateOutcome] = useMutation(UpdateOutcome);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moveConflict, setMoveConflict] = useState<MoveConflict | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (!confirming && wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    setError(null);
    const result = await removeOutcome({ id: outcome.id });
    if (result.error) {
      setConfirming(false);
      setError(errorSentence(result.error, 'Could not remove the outcome.'));
      return;
    }
    refresh();
  }

  async function move(to: number, expectedVersion: number, action: 'up' | 'down') {
    setError(null);
    const result = await updateOutcome({ id: outcome.id, input: { expectedVersion, position: to } });
    if (!result.error) {
      setMoveConflict(null);
      onMoved(action);
      refresh();
      return;
    }
    const current = conflictCurrent<OutcomeConflictRecord>(result.error);
    if (current) {
      setMoveConflict({ current, to });
      refresh();
      return;
    }
    setMoveConflict(null);
    setError(errorSentence(result.error, 'Could not move the outcome.'));
  }

  const names = coveredNames(outcome, skills);
  const moveAction = moveConflict && moveConflict.to < number ? 'up' : 'down';
  return (
    <article aria-labelledby={`${uid}-statement`}>
      <div className="ws-item-head">
        <span className="ws-outcome-number">O{number}</span>
        <h3 id={`${uid}-statement`} className="ws-item-title">
          {outcome.statement}
        </h3>
        {focusMarker}
      </div>
      <p className="ws-outcome-facts">
        <span className="ws-badge ws-bloom">Bloom: {BLOOM_LABELS[outcome.bloomLevel]}</span>{' '}
        <span>Assessment: {outcome.assessmentMethod ?? <span className="muted">not set</span>}</span>
      </p>
      {names.length ? (
        <div className="ws-covers">
          <span className="muted">Covers:</span>
          <ul className="ws-chips">
            {names.map((name, i) => (
              <li key={`${name}-${i}`}>{name}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="ws-warning">Covers no skill yet</p>
      )}
      <p className="muted ws-meta">{commentsText(comments)}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {canEdit &&
        (confirming ? (
          <InlineConfirm
            question="Remove this outcome? The skills it covers may become gaps."
            confirmLabel="Remove"
            cancelLabel="Keep it"
            busy={removing}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <div className="ws-actions">
            <button
              type="button"
              data-action="edit"
              aria-label={`Edit outcome O${number}`}
              onClick={onEdit}
              disabled={editingSomething}
            >
              Edit
            </button>
            <button
              type="button"
              data-action="up"
              aria-label={`Move outcome O${number} up`}
              onClick={() => void move(number - 1, outcome.version, 'up')}
              disabled={number === 1 || moving}
            >
              ↑ Up
            </button>
            <button
              type="button"
              data-action="down"
              aria-label={`Move outcome O${number} down`}
              onClick={() => void move(number + 1, outcome.version, 'down')}
              disabled={number === count || moving}
            >
              ↓ Down
            </button>
            <button
              type="button"
              ref={removeButton}
              aria-label={`Remove outcome O${number}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          </div>
        ))}
      {moveConflict && (
        <ConflictDialog
          title="This outcome changed before it could move"
          theirs={<ConflictValues rows={outcomeRows(moveConflict.current, skills)} />}
          mine={
            <ConflictValues
              rows={[
                ...outcomeRows(moveConflict.current, skills),
                { label: 'Move', value: `to place ${moveConflict.to}`, differs: true },
              ]}
            />
          }
          busy={moving}
          onKeepMine={() => void move(moveConflict.to, moveConflict.current.version, moveAction)}
          onTakeTheirs={() => {
            setMoveConflict(null);
            refresh();
          }}
          onDismiss={() => setMoveConflict(null)}
        />
      )}
    </article>
  );
}

function OutcomeEditor({
  outcome,
  number,
  skills,
  refresh,
  onDone,
}: {
  outcome: WorkspaceOutcome;
  number: number;
  skills: readonly WorkspaceSkill[];
  refresh(): void;
  onDone(saved: boolean): void;
}) {
  const uid = useId();
  const [base] = useState<OutcomeDraft>(() => outcomeDraftOf(outcome));
  const [baseVersion] = useState(outcome.version);
  const [draft, setDraft] = useState<OutcomeDraft>(base);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<OutcomeConflictRecord | null>(null);
  const [conflictError, setConflictError] = useState<string | null>(null);
  const [{ fetching: saving }, updateOutcome] = useMutation(UpdateOutcome);

  async function save(expectedVersion: number, fromDialog: boolean) {
    const faults = validateOutcomeDraft(draft);
    setErrors(faults);
    setError(null);
    if (faults.length) {
      setConflict(null);
      return;
    }
    const changes = outcomeChanges(base, draft);
    if (!fromDialog && Object.keys(changes).length === 0) {
      onDone(false);
      return;
    }
    setConflictError(null);
    const result = await updateOutcome({ id: outcome.id, input: { expectedVersion, ...changes } });
    if (!result.error) {
      onDone(true);
      return;
    }
    const failure = saveFailure<OutcomeConflictRecord>(
      result.error,
      fromDialog,
      'Could not save the outcome.',
    );
    if (failure.kind === 'conflict') {
      setConflict(failure.current);
      refresh();
    } else if (failure.kind === 'dialog') {
      setConflictError(failure.message);
    } else {
      setConflict(null);
      setErrors(failure.fields);
      setError(failure.message);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // (a move by someone else counts as their change too)
    void save(
      versionToSave(
        outcomeChanges(base, draft),
        outcomeChanges(base, outcomeDraftOf(outcome)),
        baseVersion,
        outcome.version,
      ),
      false,
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !conflict) {
      event.preventDefault();
      onDone(false);
    }
  }

  const changes = outcomeChanges(base, draft);
  const theirs = conflict ? outcomeRows(conflict, skills) : [];
  const mine = conflict ? outcomeRows(applyOutcomeChanges(conflict, changes), skills) : [];
  return (
    <form
      aria-labelledby={`${uid}-title`}
      className="ws-item-form stack"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={`${uid}-title`} className="ws-item-title">
        Edit outcome O{number}
      </h3>
      <OutcomeFormFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        skills={skills}
        statementLabel="Statement"
        autoFocus
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={saving}>
          Cancel
        </button>
      </div>
      {conflict && (
        <ConflictDialog
          title="This outcome changed while you were editing"
          theirs={
            <ConflictValues
              rows={theirs.map((row, i) => ({ ...row, differs: row.value !== mine[i]?.value }))}
            />
          }
          mine={
            <ConflictValues
              rows={mine.map((row, i) => ({ ...row, differs: row.value !== theirs[i]?.value }))}
            />
          }
          busy={saving}
          error={conflictError}
          onKeepMine={() => void save(conflict.version, true)}
          onTakeTheirs={() => {
            setConflict(null);
            onDone(false);
            refresh();
          }}
          onDismiss={() => {
            setConflict(null);
            setConflictError(null);
          }}
        />
      )}
    </form>
  );
}

function AddOutcomeForm({
  designId,
  skills,
  refresh,
}: {
  designId: string;
  skills: readonly WorkspaceSkill[];
  refresh(): void;
}) {
  const uid = useId();
  const [draft, setDraft] = useState<OutcomeDraft>(EMPTY_OUTCOME_DRAFT);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, addOutcome] = useMutation(AddOutcome);

  // A skill removed by someone else leaves the choice.
  const known = draft.skillIds.filter((id) => skills.some((s) => s.id === id));
  if (known.length !== draft.skillIds.length) setDraft({ ...draft, skillIds: known });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setError(null);
    const faults = validateOutcomeDraft(draft);
    setErrors(faults);
    if (faults.length) return;
    const result = await addOutcome({
      designId,
      input: {
        statement: draft.statement.trim(),
        bloomLevel: draft.bloomLevel,
        ...(draft.assessmentMethod.trim() ? { assessmentMethod: draft.assessmentMethod.trim() } : {}),
        skillIds: draft.skillIds,
      },
    });
    if (result.error) {
      const fields = fieldMessages(result.error);
      setErrors(fields);
      if (!fields.length) setError(errorSentence(result.error, 'Could not add the outcome.'));
      return;
    }
    setDraft({ ...EMPTY_OUTCOME_DRAFT, bloomLevel: draft.bloomLevel });
    setStatus(`Outcome O${result.data?.addOutcome.position ?? ''} added.`);
    refresh();
  }

  return (
    <form aria-labelledby={`${uid}-title`} className="ws-add-form stack" onSubmit={submit} noValidate>
      <h3 id={`${uid}-title`}>Add a learning outcome</h3>
      <OutcomeFormFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        skills={skills}
        statementLabel="Outcome statement"
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={fetching}>
          Add outcome
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </form>
  );
}
