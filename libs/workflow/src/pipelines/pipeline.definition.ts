/**
 * An approval pipeline as data: its stages in order, each with its kind, whether entering it
 * freezes a snapshot, who may record which decisions in it, its service units (a parallel review)
 * and the transitions that leave it (who may make each, which gates each needs). The transition
 * and decision services only read a definition; an institution may publish its own versions
 * (`workflow_pipeline_versions`, validated by {@link validatePipeline}).
 */
import { z } from 'zod';

import { DesignRole, DesignStage } from '@mc/designs';
import type { FieldError } from '@mc/errors';

import { DecisionKind } from '../decisions/decision.entity';

/** The gate types an institution can combine on any transition; each is evaluated by `gates.ts`. */
export const GATE_TYPES = [
  'minimumContent',
  'essentialSkillsCovered',
  'partnerEndorsements',
  'committeeVotes',
  'rationale',
  'readiness',
  'unitSignOffs',
] as const;
export type GateType = (typeof GATE_TYPES)[number];

export const QUORUMS = ['majority', 'twoThirds', 'all'] as const;
/** A named quorum, a number of votes, or a share of the committee in percent (1…100). */
export type Quorum = (typeof QUORUMS)[number] | { count: number } | { percent: number };

export type Gate =
  | { type: 'minimumContent'; skills: number; outcomes: number }
  | { type: 'essentialSkillsCovered' }
  /** Without `minimum`: every participating partner organization; with it: at least that many. */
  | { type: 'partnerEndorsements'; minimum?: number }
  | { type: 'committeeVotes'; quorum: Quorum }
  | { type: 'rationale' }
  /** Every EU Annex I element a design can carry is met (`Design.readiness.ready`). */
  | { type: 'readiness' }
  /** Every service unit of the (parallel review) stage the design leaves has signed off. */
  | { type: 'unitSignOffs' };

export const STAGE_KINDS = ['work', 'review', 'parallelReview', 'final'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface TransitionRule {
  to: DesignStage;
  roles: DesignRole[];
  gates: Gate[];
}

/** A service unit of a parallel review stage (library, registrar …) and who signs for it. */
export interface ServiceUnit {
  key: string;
  name: string;
  /** Ids of the institution's members who may sign off for the unit (any one of them). */
  signers: string[];
}

export interface StageDefinition {
  stage: DesignStage;
  kind: StageKind;
  /** Entering the stage freezes a snapshot of the whole design. */
  snapshot: boolean;
  decisions: Array<{ role: DesignRole; kinds: DecisionKind[] }>;
  /** A `parallelReview` stage's units; each signs off, in any order. */
  units: ServiceUnit[];
  transitions: TransitionRule[];
}

export interface PipelineDefinition {
  name: string;
  /** In order; the first is `DRAFTING`, where every design starts. */
  stages: StageDefinition[];
  /** Transitions every stage but the `final` ones (and the target itself) has as well. */
  fromAnyStage: TransitionRule[];
}

const { LEAD, EMPLOYER_PARTNER, COMMITTEE_MEMBER } = DesignRole;
const { DRAFTING, PARTNER_REVIEW, COMMITTEE_REVIEW, APPROVED, PUBLISHED, ARCHIVED } = DesignStage;

function stageOf(stage: DesignStage, rest: Partial<StageDefinition> = {}): StageDefinition {
  return { stage, kind: 'work', snapshot: false, decisions: [], units: [], transitions: [], ...rest };
}

/** SPEC.md "Approval workflow", the default of every institution. */
export const DEFAULT_PIPELINE: PipelineDefinition = {
  name: 'default',
  stages: [
    stageOf(DRAFTING, {
      transitions: [
        {
          to: PARTNER_REVIEW,
          roles: [LEAD],
          gates: [{ type: 'minimumContent', skills: 1, outcomes: 1 }, { type: 'essentialSkillsCovered' }],
        },
      ],
    }),
    stageOf(PARTNER_REVIEW, {
      kind: 'review',
      snapshot: true,
      decisions: [{ role: EMPLOYER_PARTNER, kinds: [DecisionKind.ENDORSE, DecisionKind.REQUEST_CHANGES] }],
      transitions: [
        { to: DRAFTING, roles: [LEAD, EMPLOYER_PARTNER], gates: [{ type: 'rationale' }] },
        { to: COMMITTEE_REVIEW, roles: [LEAD], gates: [{ type: 'partnerEndorsements' }] },
      ],
    }),
    stageOf(COMMITTEE_REVIEW, {
      kind: 'review',
      snapshot: true,
      decisions: [
        {
          role: COMMITTEE_MEMBER,
          kinds: [
            DecisionKind.APPROVE,
            DecisionKind.REJECT,
            DecisionKind.REQUEST_CHANGES,
            DecisionKind.ABSTAIN,
          ],
        },
      ],
      transitions: [
        { to: DRAFTING, roles: [COMMITTEE_MEMBER], gates: [{ type: 'rationale' }] },
        { to: APPROVED, roles: [COMMITTEE_MEMBER], gates: [{ type: 'committeeVotes', quorum: 'majority' }] },
      ],
    }),
    stageOf(APPROVED, { transitions: [{ to: PUBLISHED, roles: [LEAD], gates: [] }] }),
    stageOf(PUBLISHED),
    stageOf(ARCHIVED, { kind: 'final' }),
  ],
  fromAnyStage: [{ to: ARCHIVED, roles: [LEAD], gates: [{ type: 'rationale' }] }],
};

export function stageDefinition(
  pipeline: PipelineDefinition,
  stage: DesignStage,
): StageDefinition | undefined {
  return pipeline.stages.find((s) => s.stage === stage);
}

/** The rule for moving from `from` to `to`, if the pipeline has one. */
export function findTransition(
  pipeline: PipelineDefinition,
  from: DesignStage,
  to: DesignStage,
): TransitionRule | undefined {
  const source = stageDefinition(pipeline, from);
  if (!source || from === to) return undefined;
  return (
    source.transitions.find((rule) => rule.to === to) ??
    (source.kind === 'final' || !stageDefinition(pipeline, to)
      ? undefined
      : pipeline.fromAnyStage.find((rule) => rule.to === to))
  );
}

export function rationaleRequired(rule: TransitionRule): boolean {
  return rule.gates.some((g) => g.type === 'rationale');
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
    return rule?.roles.includes(role) ? [{ to, rationaleRequired: rationaleRequired(rule) }] : [];
  });
}

/** The decisions `role` may record in `stage`. */
export function decisionsFor(
  pipeline: PipelineDefinition,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): DecisionKind[] {
  if (!role) return [];
  return (stageDefinition(pipeline, stage)?.decisions ?? [])
    .filter((rule) => rule.role === role)
    .flatMap((r) => r.kinds);
}

/** Every decision rule of the pipeline, with its stage. */
export function decisionRules(
  pipeline: PipelineDefinition,
): Array<{ stage: DesignStage; role: DesignRole; kinds: DecisionKind[] }> {
  return pipeline.stages.flatMap((s) => s.decisions.map((d) => ({ stage: s.stage, ...d })));
}

/** The stages reachable from `from`. */
export function allowedTargets(pipeline: PipelineDefinition, from: DesignStage): DesignStage[] {
  return Object.values(DesignStage).filter((to) => findTransition(pipeline, from, to));
}

// ---------------------------------------------------------------------------------------------
// Validation: zod for the shape, then the graph. Every error names the JSON path at fault.

const stage = z.enum(DesignStage);
const role = z.enum(DesignRole);
const count = z.number().int().min(0).max(1000);

const quorumSchema = z.union([
  z.enum(QUORUMS),
  z.object({ count: z.number().int().min(1).max(1000) }).strict(),
  z
    .object({
      percent: z
        .number()
        .min(1, 'a quorum must be between 1 and 100 %')
        .max(100, 'a quorum must be between 1 and 100 %'),
    })
    .strict(),
]);

const GATE_SCHEMAS: Record<GateType, z.ZodType> = {
  minimumContent: z.object({ type: z.literal('minimumContent'), skills: count, outcomes: count }).strict(),
  essentialSkillsCovered: z.object({ type: z.literal('essentialSkillsCovered') }).strict(),
  partnerEndorsements: z
    .object({
      type: z.literal('partnerEndorsements'),
      minimum: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  committeeVotes: z.object({ type: z.literal('committeeVotes'), quorum: quorumSchema }).strict(),
  rationale: z.object({ type: z.literal('rationale') }).strict(),
  readiness: z.object({ type: z.literal('readiness') }).strict(),
  unitSignOffs: z.object({ type: z.literal('unitSignOffs') }).strict(),
};

const gateSchema = z.looseObject({ type: z.string() }).superRefine((gate, ctx) => {
  const schema = GATE_SCHEMAS[gate.type as GateType];
  if (!Object.hasOwn(GATE_SCHEMAS, gate.type) || !schema) {
    ctx.addIssue({
      code: 'custom',
      path: ['type'],
      message: `unknown gate type "${gate.type}"; known: ${GATE_TYPES.join(', ')}`,
    });
    return;
  }
  const result = schema.safeParse(gate);
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue } as never);
});

const transitionSchema = z
  .object({
    to: stage,
    roles: z.array(role).min(1, 'a transition needs at least one role').max(10),
    gates: z.array(gateSchema).max(20),
  })
  .strict();

const unitSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, 'a unit key is lower-case letters, digits and dashes (at most 40)'),
    name: z.string().trim().min(1).max(100),
    signers: z.array(z.uuid()).min(1, 'a unit needs at least one signer').max(50),
  })
  .strict();

const stageSchema = z
  .object({
    stage,
    kind: z.enum(STAGE_KINDS),
    snapshot: z.boolean().default(false),
    decisions: z
      .array(z.object({ role, kinds: z.array(z.enum(DecisionKind)).min(1) }).strict())
      .max(10)
      .default([]),
    units: z.array(unitSchema).max(20).default([]),
    transitions: z.array(transitionSchema).max(20).default([]),
  })
  .strict();

const pipelineSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    stages: z.array(stageSchema).min(1).max(20),
    fromAnyStage: z.array(transitionSchema).max(10).default([]),
  })
  .strict();

/** `['stages', 2, 'transitions', 0, 'roles']` → `stages[2].transitions[0].roles`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
      .join('') || '(root)'
  );
}

function graphErrors(pipeline: PipelineDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ field, message });
  const known = new Set<DesignStage>();
  pipeline.stages.forEach((s, i) => {
    if (known.has(s.stage)) at(`stages[${i}].stage`, `${s.stage} is listed twice`);
    known.add(s.stage);
  });
  if (pipeline.stages[0]?.stage !== DesignStage.DRAFTING)
    at('stages[0].stage', 'the first stage must be DRAFTING, where every design starts');

  const checkTransitions = (rules: TransitionRule[], prefix: string, from: StageDefinition | null) => {
    const targets = new Set<DesignStage>();
    rules.forEach((rule, j) => {
      const path = `${prefix}[${j}]`;
      if (!known.has(rule.to)) at(`${path}.to`, `unknown stage ${rule.to}: it is not among the stages`);
      if (from && rule.to === from.stage) at(`${path}.to`, 'a transition must lead to another stage');
      if (targets.has(rule.to)) at(`${path}.to`, `a second transition to ${rule.to}`);
      targets.add(rule.to);
      rule.gates.forEach((gate, g) => {
        if (gate.type === 'unitSignOffs' && from?.kind !== 'parallelReview')
          at(
            `${path}.gates[${g}].type`,
            'unitSignOffs is a gate of transitions leaving a parallel review stage',
          );
      });
    });
  };
  pipeline.stages.forEach((s, i) => {
    checkTransitions(s.transitions, `stages[${i}].transitions`, s);
    if (s.kind === 'final' && s.transitions.length)
      at(`stages[${i}].transitions`, 'nothing leaves a final stage');
    if (s.kind === 'parallelReview') {
      if (s.units.length === 0) at(`stages[${i}].units`, 'a parallel review stage needs at least one unit');
      const keys = new Set<string>();
      s.units.forEach((u, k) => {
        if (keys.has(u.key)) at(`stages[${i}].units[${k}].key`, `unit ${u.key} is listed twice`);
        keys.add(u.key);
      });
      if (!s.transitions.some((t) => t.gates.some((g) => g.type === 'unitSignOffs')))
        at(
          `stages[${i}].transitions`,
          'a parallel review stage needs a transition gated by unitSignOffs (the design moves on once every unit signed off)',
        );
    } else if (s.units.length) at(`stages[${i}].units`, 'only a parallel review stage has units');
  });
  checkTransitions(pipeline.fromAnyStage, 'fromAnyStage', null);

  // Reachability from DRAFTING.
  if (known.has(DesignStage.DRAFTING)) {
    const reached = new Set<DesignStage>([DesignStage.DRAFTING]);
    const queue: DesignStage[] = [DesignStage.DRAFTING];
    while (queue.length) {
      const from = queue.shift() as DesignStage;
      for (const to of allowedTargets(pipeline, from)) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    pipeline.stages.forEach((s, i) => {
      if (!reached.has(s.stage))
        at(`stages[${i}]`, `unreachable stage ${s.stage}: no transition leads to it from DRAFTING`);
    });
  }
  return errors;
}

export type PipelineValidation =
  { ok: true; pipeline: PipelineDefinition } | { ok: false; errors: FieldError[] };

/** The definition, or every error with the JSON path at fault (shape first, then the graph). */
export function validatePipeline(value: unknown): PipelineValidation {
  const result = pipelineSchema.safeParse(value);
  if (!result.success) {
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    for (const issue of result.error.issues) {
      const field = jsonPath(issue.path);
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, message: issue.message });
    }
    return { ok: false, errors };
  }
  const pipeline = result.data as PipelineDefinition;
  const errors = graphErrors(pipeline);
  return errors.length ? { ok: false, errors } : { ok: true, pipeline };
}

/** A stored (already validated) definition; a broken one is an operator error, named with its path. */
export function parsePipeline(value: unknown): PipelineDefinition {
  const result = validatePipeline(value);
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`invalid pipeline definition at ${first?.field}: ${first?.message}`);
  }
  return result.pipeline;
}
