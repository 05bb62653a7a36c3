/**
 * An approval pipeline as data: stages, transitions (who may make each, what each needs), which
 * stages freeze a snapshot on entry, and who may record which decisions where. The transition
 * and decision services only read a definition; an institution may have its own (stored as JSON
 * in `workflow_pipelines`, validated by {@link parsePipeline}).
 */
import { z } from 'zod';

import { DesignRole, DesignStage } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

/** Gates a transition may need; each is evaluated by `gates.ts`. */
export const GATES = [
  'hasSkillsAndOutcomes',
  'essentialSkillsCovered',
  'partnerEndorsements',
  'committeeMajority',
  // Every EU Annex I element a design can carry is met (`Design.readiness.ready`). Not in the
  // default pipeline, so that designs already under way are not stranded; an institution may add it.
  'readiness',
] as const;
export type GateId = (typeof GATES)[number];

export interface TransitionRule {
  /** A stage, or '*' for every stage but `to` and the final ones listed in `finalStages`. */
  from: DesignStage | '*';
  to: DesignStage;
  roles: DesignRole[];
  rationaleRequired: boolean;
  gates: GateId[];
}

export interface DecisionRule {
  stage: DesignStage;
  role: DesignRole;
  kinds: DecisionKind[];
}

export interface PipelineDefinition {
  name: string;
  transitions: TransitionRule[];
  /** Entering one of these stages freezes a snapshot of the whole design. */
  snapshotOn: DesignStage[];
  decisions: DecisionRule[];
  /** Stages nothing leaves (a '*' rule does not apply to them). */
  finalStages: DesignStage[];
}

const { LEAD, EMPLOYER_PARTNER, COMMITTEE_MEMBER } = DesignRole;
const { DRAFTING, PARTNER_REVIEW, COMMITTEE_REVIEW, APPROVED, PUBLISHED, ARCHIVED } = DesignStage;

/** SPEC.md "Approval workflow", the default of every institution. */
export const DEFAULT_PIPELINE: PipelineDefinition = {
  name: 'default',
  transitions: [
    {
      from: DRAFTING,
      to: PARTNER_REVIEW,
      roles: [LEAD],
      rationaleRequired: false,
      gates: ['hasSkillsAndOutcomes', 'essentialSkillsCovered'],
    },
    {
      from: PARTNER_REVIEW,
      to: DRAFTING,
      roles: [LEAD, EMPLOYER_PARTNER],
      rationaleRequired: true,
      gates: [],
    },
    {
      from: PARTNER_REVIEW,
      to: COMMITTEE_REVIEW,
      roles: [LEAD],
      rationaleRequired: false,
      gates: ['partnerEndorsements'],
    },
    { from: COMMITTEE_REVIEW, to: DRAFTING, roles: [COMMITTEE_MEMBER], rationaleRequired: true, gates: [] },
    {
      from: COMMITTEE_REVIEW,
      to: APPROVED,
      roles: [COMMITTEE_MEMBER],
      rationaleRequired: false,
      gates: ['committeeMajority'],
    },
    { from: APPROVED, to: PUBLISHED, roles: [LEAD], rationaleRequired: false, gates: [] },
    { from: '*', to: ARCHIVED, roles: [LEAD], rationaleRequired: true, gates: [] },
  ],
  snapshotOn: [PARTNER_REVIEW, COMMITTEE_REVIEW],
  decisions: [
    {
      stage: PARTNER_REVIEW,
      role: EMPLOYER_PARTNER,
      kinds: [DecisionKind.ENDORSE, DecisionKind.REQUEST_CHANGES],
    },
    {
      stage: COMMITTEE_REVIEW,
      role: COMMITTEE_MEMBER,
      kinds: [DecisionKind.APPROVE, DecisionKind.REJECT, DecisionKind.REQUEST_CHANGES, DecisionKind.ABSTAIN],
    },
  ],
  finalStages: [ARCHIVED],
};

/** The rule for moving from `from` to `to`, if the pipeline has one. */
export function findTransition(
  pipeline: PipelineDefinition,
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

/** The moves `role` may make from `from`, with whether each needs a rationale. */
export function movesFor(
  pipeline: PipelineDefinition,
  from: DesignStage,
  role: DesignRole | null | undefined,
): Array<{ to: DesignStage; rationaleRequired: boolean }> {
  if (!role) return [];
  return Object.values(DesignStage).flatMap((to) => {
    const rule = findTransition(pipeline, from, to);
    return rule?.roles.includes(role) ? [{ to, rationaleRequired: rule.rationaleRequired }] : [];
  });
}

/** The decisions `role` may record in `stage`. */
export function decisionsFor(
  pipeline: PipelineDefinition,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): DecisionKind[] {
  if (!role) return [];
  return pipeline.decisions
    .filter((rule) => rule.stage === stage && rule.role === role)
    .flatMap((r) => r.kinds);
}

/** The stages reachable from `from`. */
export function allowedTargets(pipeline: PipelineDefinition, from: DesignStage): DesignStage[] {
  return Object.values(DesignStage).filter((to) => findTransition(pipeline, from, to));
}

const stage = z.enum(DesignStage);
const role = z.enum(DesignRole);
const pipelineSchema = z.object({
  name: z.string().min(1).max(100),
  transitions: z
    .array(
      z.object({
        from: z.union([stage, z.literal('*')]),
        to: stage,
        roles: z.array(role).min(1),
        rationaleRequired: z.boolean(),
        gates: z.array(z.enum(GATES)),
      }),
    )
    .min(1),
  snapshotOn: z.array(stage),
  decisions: z.array(z.object({ stage, role, kinds: z.array(z.enum(DecisionKind)).min(1) })),
  finalStages: z.array(stage),
});

/** Validates a stored definition; a broken one is an operator error, reported with its path. */
export function parsePipeline(value: unknown): PipelineDefinition {
  const result = pipelineSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid pipeline definition at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data;
}
