import { ReactNode, useId, useState } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { WorkspaceOutcome, WorkspaceSkill } from '../design-query';
import { AddRecordForm } from '../fields/AddRecordForm';
import { ConflictDialog, ConflictValues } from '../fields/ConflictDialog';
import { conflictCurrent, errorSentence } from '../fields/mutation-errors';
import { RecordEditor } from '../fields/RecordEditor';
import { useVersionedEdit } from '../fields/use-versioned-edit';
import { commentCount, commentsText } from '../items/item-comments';
import { ItemActions } from '../items/ItemActions';
import { useItemEditing } from '../items/use-item-editing';
import { FocusMarker } from '../people/FocusMarker';
import type { WorkspacePartProps } from '../workspace-props';

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

import './OutcomesColumn.css';

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

const OUTCOME_INPUTS = ['statement', 'bloomLevel', 'assessmentMethod', 'skillIds'] as const;

/**
 * The learning outcomes in their order, each with its Bloom level, assessment method, the skills
 * it covers, how much it is discussed and who is editing it. Who may add, edit, reorder and remove
 * them is what the API says (`myPermissions`).
 */
export function OutcomesColumn({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const outcomes = orderedOutcomes(design);
  const editing = useItemEditing(
    'OUTCOME',
    setFocus,
    (id) => !!outcomes.find((o) => o.id === id)?.myPermissions.canEdit,
    outcomes.map((o) => o.id).join(),
  );
  const [, addOutcome] = useMutation(AddOutcome);

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-column" ref={editing.container}>
      <h2 id={`${uid}-heading`}>Learning outcomes</h2>
      {outcomes.length === 0 ? (
        <p className="muted">No learning outcomes yet.</p>
      ) : (
        <ol className="plain ws-items">
          {outcomes.map((outcome, index) => (
            <li key={outcome.id} className="ws-item" data-item-id={outcome.id}>
              {editing.editingId === outcome.id ? (
                <OutcomeEditor
                  outcome={outcome}
                  number={index + 1}
                  skills={design.skills}
                  refresh={refresh}
                  onDone={(saved) => {
                    editing.finish();
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
                  editingSomething={editing.editingId !== null}
                  onEdit={() => editing.start(outcome.id)}
                  onMoved={(action) => editing.returnFocus({ id: outcome.id, action })}
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
      {design.myPermissions.canAddOutcomes && (
        <AddRecordForm<OutcomeDraft>
          title="Add a learning outcome"
          submitLabel="Add outcome"
          empty={EMPTY_OUTCOME_DRAFT}
          validate={validateOutcomeDraft}
          fallback="Could not add the outcome."
          next={(added) => ({ ...EMPTY_OUTCOME_DRAFT, bloomLevel: added.bloomLevel })}
          // A skill removed by someone else leaves the choice.
          normalize={(draft) => {
            const known = draft.skillIds.filter((id) => design.skills.some((s) => s.id === id));
            return known.length === draft.skillIds.length ? draft : { ...draft, skillIds: known };
          }}
          refresh={refresh}
          send={async (draft) => {
            const result = await addOutcome({
              designId: design.id,
              input: {
                statement: draft.statement.trim(),
                bloomLevel: draft.bloomLevel,
                ...(draft.assessmentMethod.trim() ? { assessmentMethod: draft.assessmentMethod.trim() } : {}),
                skillIds: draft.skillIds,
              },
            });
            return result.error
              ? { error: result.error }
              : { status: `Outcome O${result.data?.addOutcome.position ?? ''} added.` };
          }}
        >
          {(draft, onChange, errors) => (
            <OutcomeFormFields
              draft={draft}
              onChange={onChange}
              errors={errors}
              skills={design.skills}
              statementLabel="Outcome statement"
            />
          )}
        </AddRecordForm>
      )}
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
  editingSomething: boolean;
  onEdit(): void;
  onMoved(action: 'up' | 'down'): void;
  refresh(): void;
  focusMarker: ReactNode;
}) {
  const uid = useId();
  const [, removeOutcome] = useMutation(RemoveOutcome);
  const [{ fetching: moving }, updateOutcome] = useMutation(UpdateOutcome);
  const [error, setError] = useState<string | null>(null);
  const [moveConflict, setMoveConflict] = useState<MoveConflict | null>(null);

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
      <ItemActions
        itemName={`outcome O${number}`}
        canEdit={outcome.myPermissions.canEdit}
        canRemove={outcome.myPermissions.canRemove}
        editingSomething={editingSomething}
        onEdit={onEdit}
        removeQuestion="Remove this outcome? The skills it covers may become gaps."
        remove={() => removeOutcome({ id: outcome.id })}
        removeFallback="Could not remove the outcome."
        refresh={refresh}
        error={error}
      >
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
      </ItemActions>
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
  const [, updateOutcome] = useMutation(UpdateOutcome);
  const edit = useVersionedEdit<OutcomeDraft, ReturnType<typeof outcomeChanges>, OutcomeConflictRecord>({
    current: outcomeDraftOf(outcome),
    version: outcome.version,
    validate: validateOutcomeDraft,
    changes: outcomeChanges,
    send: (expectedVersion, changes) =>
      updateOutcome({ id: outcome.id, input: { expectedVersion, ...changes } }),
    fallback: 'Could not save the outcome.',
    onDone,
    refresh,
  });
  return (
    <RecordEditor
      edit={edit}
      heading={`Edit outcome O${number}`}
      className="ws-item-form stack"
      inputPaths={OUTCOME_INPUTS}
      conflictTitle="This outcome changed while you were editing"
      rows={(record) => outcomeRows(record, skills)}
      apply={(record, changes) => ({ ...applyOutcomeChanges(record, changes), version: record.version })}
    >
      <OutcomeFormFields
        draft={edit.draft}
        onChange={edit.setDraft}
        errors={edit.errors}
        skills={skills}
        statementLabel="Statement"
        autoFocus
      />
    </RecordEditor>
  );
}
