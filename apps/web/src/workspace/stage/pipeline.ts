/**
 * The approval pipeline as the web app needs it: which moves and decisions the current user may
 * make now. The rules mirror `DEFAULT_PIPELINE` (libs/workflow/src/pipelines/pipeline.definition.ts;
 * the server library cannot be bundled into the browser); the API stays the judge, and refuses
 * with `FORBIDDEN` / `PRECONDITION_FAILED` whatever this gets wrong.
 */
import type { DecisionKind, DesignRole, DesignStage } from '../../gql/graphql';

export interface TransitionRule {
  from: DesignStage | '*';
  to: DesignStage;
  roles: DesignRole[];
  rationaleRequired: boolean;
}

export interface DecisionRule {
  stage: DesignStage;
  role: DesignRole;
  kinds: DecisionKind[];
}

export interface Pipeline {
  transitions: TransitionRule[];
  decisions: DecisionRule[];
  finalStages: DesignStage[];
}

/** The main line of stages, in order; ARCHIVED is reachable from every one of them. */
export const PIPELINE_STAGES: DesignStage[] = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
];

export const DEFAULT_PIPELINE: Pipeline = {
  transitions: [
    { from: 'DRAFTING', to: 'PARTNER_REVIEW', roles: ['LEAD'], rationaleRequired: false },
    { from: 'PARTNER_REVIEW', to: 'DRAFTING', roles: ['LEAD', 'EMPLOYER_PARTNER'], rationaleRequired: true },
    { from: 'PARTNER_REVIEW', to: 'COMMITTEE_REVIEW', roles: ['LEAD'], rationaleRequired: false },
    { from: 'COMMITTEE_REVIEW', to: 'DRAFTING', roles: ['COMMITTEE_MEMBER'], rationaleRequired: true },
    { from: 'COMMITTEE_REVIEW', to: 'APPROVED', roles: ['COMMITTEE_MEMBER'], rationaleRequired: false },
    { from: 'APPROVED', to: 'PUBLISHED', roles: ['LEAD'], rationaleRequired: false },
    { from: '*', to: 'ARCHIVED', roles: ['LEAD'], rationaleRequired: true },
  ],
  decisions: [
    { stage: 'PARTNER_REVIEW', role: 'EMPLOYER_PARTNER', kinds: ['ENDORSE', 'REQUEST_CHANGES'] },
    {
      stage: 'COMMITTEE_REVIEW',
      role: 'COMMITTEE_MEMBER',
      kinds: ['APPROVE', 'REJECT', 'REQUEST_CHANGES', 'ABSTAIN'],
    },
  ],
  finalStages: ['ARCHIVED'],
};

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

/** The rule for moving from `from` to `to` (a rule for that very stage wins over a '*' one). */
export function findTransition(
  pipeline: Pipeline,
  from: DesignStage,
  to: DesignStage,
): TransitionRule | undefined {
  return (
    pipeline.transitions.find((rule) => rule.from === from && rule.to === to) ??
    (pipeline.finalStages.includes(from) || from === to
      ? undefined
      : pipeline.transitions.find((rule) => rule.from === '*' && rule.to === to))
  );
}

/** The moves `role` may make from `stage`, in pipeline order (forward first, archive last). */
export function availableTransitions(
  pipeline: Pipeline,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): TransitionRule[] {
  if (!role) return [];
  const targets = [...new Set(pipeline.transitions.map((rule) => rule.to))];
  const rules = targets
    .map((to) => findTransition(pipeline, stage, to))
    .filter((rule): rule is TransitionRule => !!rule && rule.roles.includes(role));
  const order = (rule: TransitionRule) =>
    rule.to === 'ARCHIVED' ? 2 : PIPELINE_STAGES.indexOf(rule.to) < PIPELINE_STAGES.indexOf(stage) ? 1 : 0;
  return rules.sort((a, b) => order(a) - order(b));
}

/** The decisions `role` may record in `stage`. */
export function availableDecisions(
  pipeline: Pipeline,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): DecisionKind[] {
  if (!role) return [];
  return pipeline.decisions
    .filter((rule) => rule.stage === stage && rule.role === role)
    .flatMap((r) => r.kinds);
}
