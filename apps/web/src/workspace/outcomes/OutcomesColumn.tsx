import { useId, useState } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { AddOutcomeInput } from '../../gql/graphql';
import type { WorkspaceOutcome, WorkspaceSkill } from '../design-query';
import { ConflictDialog, ConflictValues } from '../fields/ConflictDialog';
import { conflictCurrent, errorSentence } from '../fields/mutation-errors';
import { commentCount, commentsText } from '../items/item-comments';
import { CardSlots, ItemColumn } from '../items/ItemColumn';
import { useItemOperations } from '../items/use-item-operations';
import type { WorkspacePartProps } from '../workspace-props';

import { OUTCOME_KIND } from './outcome-kind';
import { BLOOM_LABELS, OutcomeDraft, OutcomeRecord, outcomeRows, orderedOutcomes } from './outcome-model';
import { OutcomeFormFields } from './OutcomeFormFields';
import { OutcomeIssueList } from './OutcomeIssues';

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
      version
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
 * it covers, how much it is discussed and who is editing it. Who may add, edit, reorder and remove
 * them is what the API says (`myPermissions`).
 */
export function OutcomesColumn(part: WorkspacePartProps) {
  const { design } = part;
  const operations = useItemOperations(
    design.id,
    { add: AddOutcome, update: UpdateOutcome, remove: RemoveOutcome },
    { input: additionOf, status: (data) => `Outcome O${data?.addOutcome.position ?? ''} added.` },
  );
  return (
    <ItemColumn
      kind={OUTCOME_KIND}
      part={part}
      items={orderedOutcomes(design)}
      canAdd={design.myPermissions.canAddOutcomes}
      operations={operations}
      card={(outcome, slots) => (
        <OutcomeCard
          outcome={outcome}
          count={design.outcomes.length}
          skills={design.skills}
          comments={commentCount(design, 'OUTCOME', outcome.id)}
          refresh={part.refresh}
          slots={slots}
        />
      )}
      fields={(draft, onChange, errors, live) => (
        <OutcomeFormFields
          draft={draft}
          onChange={onChange}
          errors={errors}
          skills={design.skills}
          statementLabel={live ? 'Statement' : 'Outcome statement'}
          autoFocus={live !== null}
          live={live}
        />
      )}
    />
  );
}

/** The input of `addOutcome` for a draft: trimmed, a blank assessment method left out. */
function additionOf(draft: OutcomeDraft): AddOutcomeInput {
  return {
    statement: draft.statement.trim(),
    bloomLevel: draft.bloomLevel,
    ...(draft.assessmentMethod.trim() ? { assessmentMethod: draft.assessmentMethod.trim() } : {}),
    skillIds: draft.skillIds,
  };
}

function coveredNames(outcome: WorkspaceOutcome, skills: readonly WorkspaceSkill[]): string[] {
  return outcome.skills.map((s) => skills.find((k) => k.id === s.id)?.name).filter((n): n is string => !!n);
}

interface MoveConflict {
  current: OutcomeConflictRecord;
  to: number;
}

/** An outcome's card, with its own action: moving it up or down the order. */
function OutcomeCard({
  outcome,
  count,
  skills,
  comments,
  refresh,
  slots,
}: {
  outcome: WorkspaceOutcome;
  count: number;
  skills: readonly WorkspaceSkill[];
  comments: number;
  refresh(): void;
  slots: CardSlots;
}) {
  const uid = useId();
  const { number } = slots;
  const [{ fetching: moving }, updateOutcome] = useMutation(UpdateOutcome);
  const [error, setError] = useState<string | null>(null);
  const [moveConflict, setMoveConflict] = useState<MoveConflict | null>(null);

  async function move(to: number, expectedVersion: number, action: 'up' | 'down') {
    setError(null);
    const result = await updateOutcome({ id: outcome.id, input: { expectedVersion, position: to } });
    if (!result.error) {
      setMoveConflict(null);
      slots.returnFocus(action);
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
        {slots.focusMarker}
      </div>
      <OutcomeIssueList issues={outcome.issues} />
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
      {slots.actions({
        error,
        buttons: (
          <>
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
          </>
        ),
      })}
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
