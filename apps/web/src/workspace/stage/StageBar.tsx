import { FormEvent, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { DecisionKind, DesignStage } from '../../gql/graphql';
import { STAGE_LABELS } from '../../ui/StageBadge';
import type { WorkspacePartProps } from '../workspace-props';

import { committeeTally, DecisionList, ReviewProgress } from './DecisionList';
import { LastSendBack } from './LastSendBack';
import {
  DECISION_PHRASES,
  decisionLabel,
  Move,
  orderMoves,
  PIPELINE_STAGES,
  TRANSITION_LABELS,
} from './pipeline';
import { ReadinessAdvice } from './ReadinessAdvice';
import { decisionRefusal, Refusal, transitionRefusal } from './refusal';

import './StageBar.css';

const TransitionDesign = graphql(`
  mutation TransitionDesign($designId: ID!, $to: DesignStage!, $rationale: String) {
    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {
      id
      stage
    }
  }
`);

const RecordDecision = graphql(`
  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {
    recordDecision(designId: $designId, kind: $kind, note: $note) {
      id
      kind
    }
  }
`);

const SignOffDesign = graphql(`
  mutation SignOffDesign($designId: ID!, $unit: String!) {
    signOffDesign(designId: $designId, unit: $unit) {
      id
      stage
    }
  }
`);

/**
 * Where the design stands in the approval pipeline, and what this user may do about it now: the
 * moves their role may make from this stage (with a rationale where the pipeline asks for one),
 * and the decisions they may record; a refusal lists what is still missing.
 */
export function StageBar({ design, me, refresh }: WorkspacePartProps) {
  const headingId = useId();
  const decideId = useId();
  const [pending, setPending] = useState<DesignStage | null>(null);
  const [rationale, setRationale] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // What the live region says, and the stage it is about: once the design is in another stage
  // (someone moved it since), the sentence is stale and is not announced.
  const [done, setDone] = useState<{ text: string; stage: DesignStage } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const [{ fetching: moving }, transition] = useMutation(TransitionDesign);
  const [{ fetching: deciding }, decide] = useMutation(RecordDecision);
  const [{ fetching: signing }, sendSignOff] = useMutation(SignOffDesign);
  const busy = moving || deciding || signing;

  const stage = design.stage;
  // One path through the committee: vote until the majority approves, then the move to approved
  // (the gate refuses it earlier anyway); the member sees one or the other, never both.
  const tally = stage === 'COMMITTEE_REVIEW' ? committeeTally(design) : null;
  const approveNow = tally?.reached === true;
  const moves = orderMoves(design.availableTransitions, stage).filter(
    (rule) => rule.to !== 'APPROVED' || !tally || approveNow,
  );
  const offersApproval = approveNow && moves.some((rule) => rule.to === 'APPROVED');
  const kinds = offersApproval ? [] : design.availableDecisions;
  const pendingRule = moves.find((rule) => rule.to === pending && rule.rationaleRequired) ?? null;
  const mine = design.decisions.find((d) => d.user.id === me.id && d.revision === design.revision);
  const currentIndex = PIPELINE_STAGES.indexOf(stage);

  async function move(rule: Move, why: string | null) {
    setRefusal(null);
    setDone(null);
    const result = await transition({ designId: design.id, to: rule.to, rationale: why });
    if (result.error) {
      const said = transitionRefusal(result.error, rule.to);
      setRefusal(said);
      if (said.stale) refresh();
      return;
    }
    setPending(null);
    setRationale('');
    setDone({ text: `The design moved to ${STAGE_LABELS[rule.to]}.`, stage: rule.to });
    refresh();
  }

  async function record(kind: DecisionKind) {
    setRefusal(null);
    setDone(null);
    const result = await decide({ designId: design.id, kind, note: note.trim() || null });
    if (result.error) {
      const said = decisionRefusal(result.error);
      setRefusal(said);
      if (said.stale) refresh();
      return;
    }
    setNote('');
    const reaches =
      kind === 'APPROVE' && tally && !tally.reached && mine?.kind !== 'APPROVE'
        ? tally.approvals + 1 >= tally.needed
        : false;
    setDone({
      text:
        `Recorded: you ${DECISION_PHRASES[kind]}.` +
        (reaches ? ' That makes the approvals needed: the design can now be approved.' : ''),
      stage,
    });
    refresh();
  }

  async function signOff(unit: { unit: string; name: string }) {
    setRefusal(null);
    setDone(null);
    const result = await sendSignOff({ designId: design.id, unit: unit.unit });
    if (result.error) {
      const said = decisionRefusal(result.error);
      setRefusal(said);
      if (said.stale) refresh();
      return;
    }
    setDone({ text: `Signed off for ${unit.name}.`, stage });
    refresh();
  }

  function start(rule: Move, button: HTMLButtonElement) {
    if (!rule.rationaleRequired) {
      void move(rule, null);
      return;
    }
    opener.current = button;
    setRefusal(null);
    setPending(pending === rule.to ? null : rule.to);
  }

  function cancel() {
    setPending(null);
    setRationale('');
    opener.current?.focus();
  }

  function submitRationale(event: FormEvent) {
    event.preventDefault();
    if (pendingRule && rationale.trim()) void move(pendingRule, rationale.trim());
  }

  return (
    <section className="co-stagebar" aria-labelledby={headingId}>
      <h2 id={headingId} className="co-stagebar-heading">
        Approval
      </h2>
      <ol className="co-stages" aria-label="Stages">
        {[...PIPELINE_STAGES, 'ARCHIVED' as const].map((item, index) => {
          const current = item === stage;
          const passed = currentIndex >= 0 && index < currentIndex && item !== 'ARCHIVED';
          return (
            <li
              key={item}
              aria-current={current ? 'step' : undefined}
              className={[
                'co-stage',
                current ? 'co-stage-current' : '',
                passed ? 'co-stage-passed' : '',
                item === 'ARCHIVED' ? 'co-stage-archived' : '',
              ].join(' ')}
            >
              {STAGE_LABELS[item]}
              {current && <span className="co-sr-only"> (current stage)</span>}
              {passed && <span className="co-sr-only"> (done)</span>}
            </li>
          );
        })}
      </ol>
      <ReadinessAdvice readiness={design.readiness} />
      <LastSendBack designId={design.id} stage={stage} />

      {design.unitSignOffs.length > 0 && (
        <div className="stack co-signoffs" role="group" aria-labelledby={`${headingId}-units`}>
          <h3 id={`${headingId}-units`}>Service sign-offs</h3>
          <p className="muted">Every unit signs off, in any order, before the design moves on.</p>
          <ul>
            {design.unitSignOffs.map((unit) => (
              <li key={unit.unit}>
                <strong>{unit.name}</strong>:{' '}
                {unit.signedBy ? `signed off by ${unit.signedBy.displayName}` : 'waiting'}
                {unit.canSignOff && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      onClick={() => void signOff(unit)}
                    >
                      Sign off for {unit.name}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {(moves.length > 0 || kinds.length > 0) && (
        <div className="co-stage-actions">
          {offersApproval && (
            <p className="co-next-step">
              <strong>Next step:</strong> the committee has given the approvals this revision needs. Approve
              the design to move it on.
            </p>
          )}
          {moves.length > 0 && (
            <div className="row" role="group" aria-label="Move the design">
              {moves.map((rule) => (
                <button
                  key={rule.to}
                  type="button"
                  className={rule.to === 'ARCHIVED' || rule.to === 'DRAFTING' ? '' : 'primary'}
                  disabled={busy}
                  aria-expanded={rule.rationaleRequired ? pending === rule.to : undefined}
                  onClick={(event) => start(rule, event.currentTarget)}
                >
                  {TRANSITION_LABELS[rule.to]}
                </button>
              ))}
            </div>
          )}

          {pendingRule && (
            <form className="stack co-rationale" onSubmit={submitRationale}>
              <p className="muted" id={`${headingId}-why`}>
                {TRANSITION_LABELS[pendingRule.to]}: say why. Everyone in the design sees it, and it stays in
                the history.
              </p>
              <label>
                Rationale
                <textarea
                  value={rationale}
                  onChange={(e) => setRationale(e.target.value)}
                  required
                  maxLength={2000}
                  rows={3}
                  autoFocus
                  aria-describedby={`${headingId}-why`}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') cancel();
                  }}
                />
              </label>
              <div className="row">
                <button type="submit" className="primary" disabled={busy || !rationale.trim()}>
                  Confirm
                </button>
                <button type="button" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </form>
          )}

          {kinds.length > 0 && (
            <div className="stack co-decide" role="group" aria-labelledby={decideId}>
              <h3 id={decideId}>{stage === 'COMMITTEE_REVIEW' ? 'Your vote' : 'Your decision'}</h3>
              {mine && (
                <p className="muted">
                  You {DECISION_PHRASES[mine.kind]} this revision; a new decision replaces it.
                </p>
              )}
              <label>
                Note
                <textarea
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  maxLength={2000}
                  rows={2}
                  aria-describedby={`${decideId}-optional`}
                />
              </label>
              <span id={`${decideId}-optional`} className="muted co-hint">
                Optional: shown with your decision.
              </span>
              <div className="row">
                {kinds.map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    className={kind === 'ENDORSE' || kind === 'APPROVE' ? 'primary' : ''}
                    disabled={busy}
                    onClick={() => void record(kind)}
                  >
                    {decisionLabel(kind, stage)}
                  </button>
                ))}
              </div>
            </div>
          )}
        </div>
      )}

      {refusal && (
        <div role="alert" className="co-refusal">
          <p>{refusal.message}</p>
          {refusal.items.length > 0 && (
            <ul>
              {refusal.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="co-sr-only" aria-live="polite" data-testid="stage-announcement">
        {done?.stage === stage ? done.text : ''}
      </p>

      <ReviewProgress design={design} />
      <DecisionList design={design} />
    </section>
  );
}
