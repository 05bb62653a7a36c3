/**
 * What waits on whom (SPEC "Reaching people", `myTasks`), as pure functions of what a design holds
 * now, so the rules are tested without a database. The task service reads the facts in a handful
 * of statements and hands them here; nothing about tasks is stored.
 */
import { DesignRole, DesignStage } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';
import { GateFacts } from '../pipelines/gates';
import {
  decisionsFor,
  findTransition,
  Gate,
  PipelineDefinition,
  TransitionRule,
} from '../pipelines/pipeline.definition';

export enum TaskKind {
  SUBMIT = 'SUBMIT',
  ENDORSE = 'ENDORSE',
  VOTE = 'VOTE',
  REVIEW_SUGGESTION = 'REVIEW_SUGGESTION',
  ANSWER_MENTION = 'ANSWER_MENTION',
  PUBLISH = 'PUBLISH',
}

/** One open task of one user: at most one of each kind per design. */
export interface OpenTask {
  userId: string;
  designId: string;
  kind: TaskKind;
  /** When it began to wait on the user. */
  since: Date;
}

/** One design as the workflow tasks read it. */
export interface DesignTaskFacts {
  designId: string;
  stage: DesignStage;
  /** When the design entered its current stage (its creation for a design never moved). */
  stageSince: Date;
  /** In DRAFTING because someone sent it back from a review stage (not a new draft). */
  sentBack: boolean;
  /** The latest change to the skills or outcomes (null: none), which is what opens the submit gates. */
  contentChangedAt: Date | null;
  /** The institution's pipeline. */
  pipeline: PipelineDefinition;
  /** The participants (with organization) and the standing decisions on the current revision. */
  gates: GateFacts;
  /** Whether `gates` (may be costly, e.g. readiness) pass; evaluated only for a move someone may make. */
  gatesOpen(gates: readonly Gate[]): boolean;
}

export interface ParticipantTaskFacts {
  userId: string;
  role: DesignRole;
  organizationId: string;
  joinedAt: Date;
}

/** The stages a move to which is "submitting" the design onwards. */
const NOT_A_SUBMISSION = new Set<DesignStage>([
  DesignStage.DRAFTING,
  DesignStage.ARCHIVED,
  DesignStage.PUBLISHED,
]);

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

function movesFrom(pipeline: PipelineDefinition, from: DesignStage, role: DesignRole): TransitionRule[] {
  return Object.values(DesignStage).flatMap((to) => {
    const rule = findTransition(pipeline, from, to);
    return rule?.roles.includes(role) ? [rule] : [];
  });
}

/**
 * The workflow tasks (ENDORSE, VOTE, SUBMIT, PUBLISH) of one participant of one design, read from
 * the pipeline: who may record which decisions in the stage and who may make which move.
 *
 * - ENDORSE: the role may ENDORSE in this stage and no participating partner of the user's
 *   organization has a standing ENDORSE on the current revision (the `partnerEndorsements` gate).
 * - VOTE: the role may APPROVE in this stage and the user has no decision on the current revision.
 * - SUBMIT: in DRAFTING, the role may move the design on to a review stage and either that move's
 *   gates pass or the design was sent back; since the send-back, else since the last change to
 *   skills or outcomes (the moment its content became what passes).
 * - PUBLISH: the role may move the design to PUBLISHED now and that move's gates pass.
 *
 * A task never starts before the user joined the design.
 */
export function workflowTasks(design: DesignTaskFacts, participant: ParticipantTaskFacts): OpenTask[] {
  const tasks: OpenTask[] = [];
  const add = (kind: TaskKind, since: Date) =>
    tasks.push({
      userId: participant.userId,
      designId: design.designId,
      kind,
      since: later(since, participant.joinedAt),
    });
  const { pipeline, stage, gates } = design;
  const decisions = decisionsFor(pipeline, stage, participant.role);

  if (decisions.includes(DecisionKind.ENDORSE)) {
    const partners = new Map(
      gates.participants.filter((p) => p.role === DesignRole.EMPLOYER_PARTNER).map((p) => [p.userId, p]),
    );
    const endorsed = gates.decisions.some(
      (d) =>
        d.kind === DecisionKind.ENDORSE &&
        partners.get(d.userId)?.organizationId === participant.organizationId,
    );
    if (!endorsed) add(TaskKind.ENDORSE, design.stageSince);
  }

  if (decisions.includes(DecisionKind.APPROVE)) {
    if (!gates.decisions.some((d) => d.userId === participant.userId)) add(TaskKind.VOTE, design.stageSince);
  }

  const moves = movesFrom(pipeline, stage, participant.role);
  if (stage === DesignStage.DRAFTING) {
    const submissions = moves.filter((rule) => !NOT_A_SUBMISSION.has(rule.to));
    if (submissions.length && (design.sentBack || submissions.some((rule) => design.gatesOpen(rule.gates)))) {
      const since = design.sentBack
        ? design.stageSince
        : later(design.contentChangedAt ?? design.stageSince, design.stageSince);
      add(TaskKind.SUBMIT, since);
    }
  }
  if (moves.some((rule) => rule.to === DesignStage.PUBLISHED && design.gatesOpen(rule.gates))) {
    add(TaskKind.PUBLISH, design.stageSince);
  }
  return tasks;
}

/** Tasks in a stable order: the oldest first. */
export function byAge(a: OpenTask, b: OpenTask): number {
  return (
    a.since.getTime() - b.since.getTime() ||
    a.designId.localeCompare(b.designId) ||
    a.kind.localeCompare(b.kind) ||
    a.userId.localeCompare(b.userId)
  );
}
