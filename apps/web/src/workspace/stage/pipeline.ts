/**
 * How the stage bar shows the approval pipeline. What this user may do now comes from the API
 * (`Design.availableTransitions`, `Design.availableDecisions`, following the institution's own
 * pipeline), never from rules copied here.
 */
import type { DecisionKind, DesignStage } from '../../gql/graphql';

/** The main line of stages, in order; ARCHIVED is reachable from every one of them. */
export const PIPELINE_STAGES: DesignStage[] = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
];

/** The name of the button that makes a move, by the stage it leads to. */
export const TRANSITION_LABELS: Record<DesignStage, string> = {
  DRAFTING: 'Send back to drafting',
  PARTNER_REVIEW: 'Submit to partner review',
  COMMITTEE_REVIEW: 'Submit to committee review',
  APPROVED: 'Approve design',
  PUBLISHED: 'Publish',
  ARCHIVED: 'Archive',
};

/** The name of the button that records a decision, by stage (a vote in committee). */
export function decisionLabel(kind: DecisionKind, stage: DesignStage): string {
  const committee = stage === 'COMMITTEE_REVIEW';
  switch (kind) {
    case 'ENDORSE':
      return 'Endorse';
    case 'REQUEST_CHANGES':
      return 'Request changes';
    case 'APPROVE':
      return committee ? 'Vote approve' : 'Approve';
    case 'REJECT':
      return committee ? 'Vote reject' : 'Reject';
    case 'ABSTAIN':
      return 'Abstain';
    default:
      return String(kind);
  }
}

/** A recorded decision as a phrase: "endorsed", "voted to approve" … */
export const DECISION_PHRASES: Record<DecisionKind, string> = {
  ENDORSE: 'endorsed',
  REQUEST_CHANGES: 'requested changes',
  APPROVE: 'voted to approve',
  REJECT: 'voted to reject',
  ABSTAIN: 'abstained',
};

/** A move the API says this user may make now. */
export interface Move {
  to: DesignStage;
  rationaleRequired: boolean;
}

/** The moves in the order the bar shows them: forward first, back to drafting next, archive last. */
export function orderMoves(moves: readonly Move[], stage: DesignStage): Move[] {
  const order = (move: Move) =>
    move.to === 'ARCHIVED' ? 2 : PIPELINE_STAGES.indexOf(move.to) < PIPELINE_STAGES.indexOf(stage) ? 1 : 0;
  return [...moves].sort((a, b) => order(a) - order(b));
}
