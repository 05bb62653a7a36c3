/**
 * `myTasks` and the open tasks of everyone (for reminders and digests), computed from the data on
 * every call: nothing about tasks is stored, so a task ends the moment what it waits for is done.
 * A fixed handful of statements whatever the number of designs and people (no N+1), except where
 * an institution's pipeline gates a move on readiness (one content read per such design).
 */
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  DESIGN_RULES,
  DesignAccess,
  DesignAccessPolicy,
  DesignContentReader,
  DesignEventType,
  DesignRole,
  DesignStage,
  SkillPriority,
} from '@mc/designs';
import type { AuthenticatedUser } from '@mc/identity';

import { DecisionKind } from '../decisions/decision.entity';
import { evaluateGates, GateFacts } from '../pipelines/gates';
import { DEFAULT_PIPELINE, PipelineDefinition, stageDefinition } from '../pipelines/pipeline.definition';
import { PipelineRegistry } from '../pipelines/pipeline.registry';
import { computeReadiness, Readiness } from '../readiness/readiness';
import { endorsingOrganizations, readinessFactsOf } from '../readiness/readiness-facts';

import { byAge, DesignTaskFacts, OpenTask, TaskKind, workflowTasks } from './task-rules';

/** The log entries that change what the submit gates read (skills, outcomes, their alignment). */
const GATE_CONTENT_EVENTS: DesignEventType[] = [
  'skill.proposed',
  'skill.updated',
  'skill.removed',
  'outcome.added',
  'outcome.updated',
  'outcome.removed',
];

/** Nothing waits in these stages: comments are closed or the only move left is archiving. */
const QUIET_STAGES = [DesignStage.PUBLISHED, DesignStage.ARCHIVED];

/** Stands in for readiness where no gate of the institution's pipeline reads it. */
const READINESS_NOT_READ: Readiness = { ready: false, items: [] };

export interface MyTask {
  kind: TaskKind;
  since: Date;
  /** The design, as the caller may see it. */
  access: DesignAccess;
}

interface DesignRow {
  id: string;
  institution_id: string;
  stage: DesignStage;
  created_at: Date;
  stage_at: Date | null;
  last_to: DesignStage | null;
  content_at: Date | null;
}

interface ParticipantRow {
  design_id: string;
  user_id: string;
  role: DesignRole;
  joined_at: Date;
  organization_id: string;
  organization_name: string;
  active: boolean;
}

@Injectable()
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: DesignAccessPolicy,
    private readonly pipelines: PipelineRegistry,
    private readonly content: DesignContentReader,
  ) {}

  /** What waits on the caller, oldest first, each with the design as the caller may see it. */
  async myTasks(user: AuthenticatedUser): Promise<MyTask[]> {
    const tasks = await this.tasksOf(user.id);
    // Every task comes from taking part, which makes the design visible; asking the policy anyway
    // keeps "a task never names a design the caller may not see" one rule, not two.
    const visible = await this.access.visibleAmong(
      user,
      tasks.map((t) => t.designId),
    );
    return tasks.flatMap((task) => {
      const access = visible.get(task.designId);
      return access ? [{ kind: task.kind, since: task.since, access }] : [];
    });
  }

  /** The open tasks of one user (active or not), oldest first. */
  tasksOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<OpenTask[]> {
    return this.compute(manager, userId);
  }

  /** Every open task of every active user, oldest first (reminders and digests read this). */
  openTasks(manager: EntityManager = this.dataSource.manager): Promise<OpenTask[]> {
    return this.compute(manager, null);
  }

  private async compute(manager: EntityManager, userId: string | null): Promise<OpenTask[]> {
    const [workflow, mentions, suggestions] = await Promise.all([
      this.workflowTasks(manager, userId),
      this.mentionTasks(manager, userId),
      this.suggestionTasks(manager, userId),
    ]);
    return [...workflow, ...mentions, ...suggestions].sort(byAge);
  }

  private async workflowTasks(manager: EntityManager, userId: string | null): Promise<OpenTask[]> {
    const designs = (await manager.query(
      `SELECT d.id, d.institution_id, d.stage, d.created_at, st.at AS stage_at, st.to_stage AS last_to,
              (SELECT max(e.at) FROM design_events e
                WHERE e.design_id = d.id AND e.type = ANY($2::text[])) AS content_at
         FROM designs d
         LEFT JOIN LATERAL (
              SELECT e.at, e.data->>'to' AS to_stage FROM design_events e
               WHERE e.design_id = d.id AND e.type = 'stage.changed'
               ORDER BY e.seq DESC LIMIT 1) st ON true
        WHERE d.stage <> ALL($3::text[])
          AND ($1::uuid IS NULL
               OR EXISTS (SELECT 1 FROM design_participants p WHERE p.design_id = d.id AND p.user_id = $1))`,
      [userId, GATE_CONTENT_EVENTS, QUIET_STAGES],
    )) as DesignRow[];
    if (designs.length === 0) return [];
    const ids = designs.map((d) => d.id);

    const [participants, decisions, skills, outcomes, pipelines] = await Promise.all([
      manager.query(
        `SELECT p.design_id, p.user_id, p.role, p.joined_at, u.organization_id,
                o.name AS organization_name, u.active
           FROM design_participants p
           JOIN users u ON u.id = p.user_id
           JOIN organizations o ON o.id = u.organization_id
          WHERE p.design_id = ANY($1::uuid[])
          ORDER BY p.joined_at, p.user_id`,
        [ids],
      ) as Promise<ParticipantRow[]>,
      // Standing decisions: those on the design's current revision.
      manager.query(
        `SELECT dd.design_id, dd.user_id, dd.kind
           FROM design_decisions dd JOIN designs d ON d.id = dd.design_id AND dd.revision = d.revision
          WHERE dd.design_id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<Array<{ design_id: string; user_id: string; kind: DecisionKind }>>,
      manager.query(
        `SELECT s.design_id, s.id, s.name, s.priority,
                EXISTS (SELECT 1 FROM outcome_skills os WHERE os.skill_id = s.id) AS covered
           FROM skills s WHERE s.design_id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<
        Array<{ design_id: string; id: string; name: string; priority: SkillPriority; covered: boolean }>
      >,
      manager.query(
        `SELECT design_id, count(*)::int AS n FROM outcomes WHERE design_id = ANY($1::uuid[]) GROUP BY design_id`,
        [ids],
      ) as Promise<Array<{ design_id: string; n: number }>>,
      this.pipelinesOf(manager, designs),
    ]);

    const group = <T extends { design_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.design_id, [...(map.get(row.design_id) ?? []), row]);
      return map;
    };
    const participantsBy = group(participants);
    const decisionsBy = group(decisions);
    const skillsBy = group(skills);
    const outcomeCounts = new Map(outcomes.map((o) => [o.design_id, o.n]));

    const tasks: OpenTask[] = [];
    for (const design of designs) {
      const pipeline = pipelines.get(design.id) ?? DEFAULT_PIPELINE;
      const people = participantsBy.get(design.id) ?? [];
      const gates: GateFacts = {
        skills: (skillsBy.get(design.id) ?? []).map(({ id, name, priority }) => ({ id, name, priority })),
        outcomeCount: outcomeCounts.get(design.id) ?? 0,
        coveredSkillIds: new Set((skillsBy.get(design.id) ?? []).filter((s) => s.covered).map((s) => s.id)),
        participants: people.map((p) => ({
          userId: p.user_id,
          role: p.role,
          organizationId: p.organization_id,
          organizationName: p.organization_name,
        })),
        decisions: (decisionsBy.get(design.id) ?? []).map((d) => ({ userId: d.user_id, kind: d.kind })),
        readiness: READINESS_NOT_READ,
        // Unit sign-offs gate only the moves out of a parallel review, which are nobody's task here.
        units: stageDefinition(pipeline, design.stage)?.units ?? [],
        signedUnits: new Set<string>(),
      };
      const candidates = people.filter((p) => (userId === null ? p.active : p.user_id === userId));
      if (candidates.length === 0) continue;
      if (usesReadiness(pipeline)) gates.readiness = await this.readinessOf(manager, design.id, gates);
      const facts: DesignTaskFacts = {
        designId: design.id,
        stage: design.stage,
        stageSince: design.stage_at ?? design.created_at,
        sentBack: design.stage === DesignStage.DRAFTING && design.last_to === DesignStage.DRAFTING,
        contentChangedAt: design.content_at,
        pipeline,
        gates,
        gatesOpen: (ids) => evaluateGates(ids, gates).length === 0,
      };
      for (const p of candidates) {
        tasks.push(
          ...workflowTasks(facts, {
            userId: p.user_id,
            role: p.role,
            organizationId: p.organization_id,
            joinedAt: p.joined_at,
          }),
        );
      }
    }
    return tasks;
  }

  /**
   * ANSWER_MENTION: a comment mentioning the user, in a thread that is not resolved, written by
   * someone else, that the user has not answered in the same thread since; one task per design,
   * since the oldest such mention. Only a participant of a design whose comments are open.
   */
  /**
   * REVIEW_SUGGESTION: an open suggestion, in a design in DRAFTING, for a field the user may edit
   * (the roles of `DESIGN_RULES`; a partner only their own organization's skills), by someone else;
   * one task per design, since the oldest such suggestion. A suggestion for a removed skill or
   * outcome waits on nobody.
   */
  private async suggestionTasks(manager: EntityManager, userId: string | null): Promise<OpenTask[]> {
    const rows = (await manager.query(
      `SELECT p.user_id, s.design_id, min(s.created_at) AS since
         FROM suggestions s
         JOIN designs d ON d.id = s.design_id AND d.stage = $2
         JOIN design_participants p ON p.design_id = s.design_id AND p.user_id <> s.author_id
         JOIN users u ON u.id = p.user_id AND (u.active OR $1::uuid IS NOT NULL)
         LEFT JOIN skills sk ON s.target_type = 'SKILL' AND sk.id = s.target_id AND sk.design_id = s.design_id
         LEFT JOIN outcomes o ON s.target_type = 'OUTCOME' AND o.id = s.target_id AND o.design_id = s.design_id
        WHERE s.status = 'OPEN' AND ($1::uuid IS NULL OR p.user_id = $1)
          AND (
                (s.target_type = 'DESIGN' AND p.role = ANY($3::text[]))
             OR (s.target_type = 'OUTCOME' AND o.id IS NOT NULL AND p.role = ANY($4::text[]))
             OR (s.target_type = 'SKILL' AND sk.id IS NOT NULL AND p.role = ANY($5::text[])
                 AND (p.role <> $6 OR sk.proposed_by_organization_id = u.organization_id))
          )
        GROUP BY p.user_id, s.design_id`,
      [
        userId,
        DesignStage.DRAFTING,
        [...DESIGN_RULES.editDesign.roles],
        [...DESIGN_RULES.changeOutcome.roles],
        [...DESIGN_RULES.changeSkill.roles],
        DesignRole.EMPLOYER_PARTNER,
      ],
    )) as Array<{ user_id: string; design_id: string; since: Date }>;
    return rows.map((row) => ({
      userId: row.user_id,
      designId: row.design_id,
      kind: TaskKind.REVIEW_SUGGESTION,
      since: row.since,
    }));
  }

  private async mentionTasks(manager: EntityManager, userId: string | null): Promise<OpenTask[]> {
    const rows = (await manager.query(
      `SELECT m.user_id, c.design_id, min(c.created_at) AS since
         FROM comment_mentions m
         JOIN comments c ON c.id = m.comment_id
         JOIN comments root ON root.id = coalesce(c.parent_id, c.id)
         JOIN designs d ON d.id = c.design_id AND d.stage <> $2
         JOIN design_participants p ON p.design_id = c.design_id AND p.user_id = m.user_id
         JOIN users u ON u.id = m.user_id AND (u.active OR $1::uuid IS NOT NULL)
        WHERE ($1::uuid IS NULL OR m.user_id = $1)
          AND NOT c.resolved AND NOT root.resolved
          AND c.author_id <> m.user_id
          AND NOT EXISTS (
              SELECT 1 FROM comments answer
               WHERE coalesce(answer.parent_id, answer.id) = root.id
                 AND answer.author_id = m.user_id
                 AND answer.created_at > c.created_at)
        GROUP BY m.user_id, c.design_id`,
      [userId, DesignStage.ARCHIVED],
    )) as Array<{ user_id: string; design_id: string; since: Date }>;
    return rows.map((row) => ({
      userId: row.user_id,
      designId: row.design_id,
      kind: TaskKind.ANSWER_MENTION,
      since: row.since,
    }));
  }

  /** The pipeline version each design runs on (one query). */
  private async pipelinesOf(
    manager: EntityManager,
    designs: DesignRow[],
  ): Promise<Map<string, PipelineDefinition>> {
    const versions = await this.pipelines.forDesigns(
      manager,
      designs.map((d) => ({ id: d.id, institutionId: d.institution_id, createdAt: d.created_at })),
    );
    return new Map(designs.map((d, i) => [d.id, versions[i]?.pipeline ?? DEFAULT_PIPELINE]));
  }

  private async readinessOf(manager: EntityManager, designId: string, gates: GateFacts): Promise<Readiness> {
    const content = await this.content.read(manager, designId);
    return computeReadiness(
      readinessFactsOf(content, endorsingOrganizations(gates.decisions, gates.participants)),
    );
  }
}

function usesReadiness(pipeline: PipelineDefinition): boolean {
  return [...pipeline.stages.flatMap((stage) => stage.transitions), ...pipeline.fromAnyStage].some((rule) =>
    rule.gates.some((gate) => gate.type === 'readiness'),
  );
}
