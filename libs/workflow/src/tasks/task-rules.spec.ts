import { DesignRole, DesignStage, SkillPriority } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';
import { evaluateGates, GateFacts } from '../pipelines/gates';
import { DEFAULT_PIPELINE, PipelineDefinition } from '../pipelines/pipeline.definition';

import { DesignTaskFacts, TaskKind, workflowTasks } from './task-rules';

const T0 = new Date('2026-12-01T09:00:00Z');
const T1 = new Date('2026-12-01T10:00:00Z');
const T2 = new Date('2026-12-01T11:00:00Z');

const gates = (over: Partial<GateFacts> = {}): GateFacts => ({
  skills: [{ id: 's1', name: 'Welding', priority: SkillPriority.ESSENTIAL }],
  outcomeCount: 1,
  coveredSkillIds: new Set(['s1']),
  participants: [
    { userId: 'lead', role: DesignRole.LEAD, organizationId: 'inst', organizationName: 'I' },
    { userId: 'fac', role: DesignRole.FACULTY, organizationId: 'inst', organizationName: 'I' },
    { userId: 'p1', role: DesignRole.EMPLOYER_PARTNER, organizationId: 'org-a', organizationName: 'A' },
    { userId: 'c1', role: DesignRole.COMMITTEE_MEMBER, organizationId: 'inst', organizationName: 'I' },
  ],
  decisions: [],
  readiness: { ready: false, items: [] },
  units: [],
  signedUnits: new Set<string>(),
  ...over,
});

function design(over: Partial<Omit<DesignTaskFacts, 'gatesOpen'>> = {}): DesignTaskFacts {
  const facts = {
    designId: 'd1',
    stage: DesignStage.DRAFTING,
    stageSince: T0,
    sentBack: false,
    contentChangedAt: T1,
    pipeline: DEFAULT_PIPELINE,
    gates: gates(),
    ...over,
  };
  return { ...facts, gatesOpen: (ids) => evaluateGates(ids, facts.gates).length === 0 };
}

const who = (userId: string, role: DesignRole, organizationId = 'inst', joinedAt = T0) => ({
  userId,
  role,
  organizationId,
  joinedAt,
});
const kinds = (facts: DesignTaskFacts, person: ReturnType<typeof who>) =>
  workflowTasks(facts, person).map((t) => [t.kind, t.since.toISOString()]);

describe('workflowTasks under the default pipeline', () => {
  it('SUBMIT: the lead of a passing draft, since the last change to skills or outcomes', () => {
    expect(kinds(design(), who('lead', DesignRole.LEAD))).toEqual([[TaskKind.SUBMIT, T1.toISOString()]]);
    expect(kinds(design(), who('fac', DesignRole.FACULTY))).toEqual([]);
    expect(
      kinds(design({ gates: gates({ coveredSkillIds: new Set() }) }), who('lead', DesignRole.LEAD)),
    ).toEqual([]);
  });

  it('SUBMIT after a send-back: since the send-back, whatever the gates say', () => {
    const sentBack = design({ sentBack: true, stageSince: T2, gates: gates({ outcomeCount: 0 }) });
    expect(kinds(sentBack, who('lead', DesignRole.LEAD))).toEqual([[TaskKind.SUBMIT, T2.toISOString()]]);
  });

  it('a task never starts before the person joined', () => {
    const review = design({ stage: DesignStage.PARTNER_REVIEW, stageSince: T0 });
    expect(kinds(review, who('p1', DesignRole.EMPLOYER_PARTNER, 'org-a', T2))).toEqual([
      [TaskKind.ENDORSE, T2.toISOString()],
    ]);
  });

  it('an observer has none in any stage', () => {
    for (const stage of Object.values(DesignStage))
      expect(kinds(design({ stage, sentBack: true }), who('o', DesignRole.OBSERVER, 'org-a'))).toEqual([]);
  });
});

describe('workflowTasks read the institution’s own pipeline', () => {
  // Faculty submit, partners endorse in committee review alongside the votes, and publishing
  // needs readiness.
  const stage = (
    at: DesignStage,
    over: Partial<PipelineDefinition['stages'][number]> = {},
  ): PipelineDefinition['stages'][number] => ({
    stage: at,
    kind: 'work',
    snapshot: false,
    decisions: [],
    units: [],
    transitions: [],
    ...over,
  });
  const custom: PipelineDefinition = {
    ...DEFAULT_PIPELINE,
    stages: [
      stage(DesignStage.DRAFTING, {
        transitions: [{ to: DesignStage.COMMITTEE_REVIEW, roles: [DesignRole.FACULTY], gates: [] }],
      }),
      stage(DesignStage.COMMITTEE_REVIEW, {
        kind: 'review',
        snapshot: true,
        decisions: [
          { role: DesignRole.EMPLOYER_PARTNER, kinds: [DecisionKind.ENDORSE] },
          { role: DesignRole.COMMITTEE_MEMBER, kinds: [DecisionKind.APPROVE, DecisionKind.REJECT] },
        ],
      }),
      stage(DesignStage.APPROVED, {
        transitions: [
          { to: DesignStage.PUBLISHED, roles: [DesignRole.LEAD], gates: [{ type: 'readiness' }] },
        ],
      }),
      stage(DesignStage.PUBLISHED),
      stage(DesignStage.ARCHIVED, { kind: 'final' }),
    ],
  };

  it('SUBMIT goes to whoever may move the draft on', () => {
    const draft = design({ pipeline: custom, gates: gates({ outcomeCount: 0 }) });
    expect(kinds(draft, who('fac', DesignRole.FACULTY))).toEqual([[TaskKind.SUBMIT, T1.toISOString()]]);
    expect(kinds(draft, who('lead', DesignRole.LEAD))).toEqual([]);
  });

  it('ENDORSE and VOTE in the stage the pipeline names', () => {
    const review = design({ pipeline: custom, stage: DesignStage.COMMITTEE_REVIEW });
    expect(kinds(review, who('p1', DesignRole.EMPLOYER_PARTNER, 'org-a'))).toEqual([
      [TaskKind.ENDORSE, T0.toISOString()],
    ]);
    expect(kinds(review, who('c1', DesignRole.COMMITTEE_MEMBER))).toEqual([
      [TaskKind.VOTE, T0.toISOString()],
    ]);
    const voted = design({
      pipeline: custom,
      stage: DesignStage.COMMITTEE_REVIEW,
      gates: gates({ decisions: [{ userId: 'c1', kind: DecisionKind.REJECT }] }),
    });
    expect(kinds(voted, who('c1', DesignRole.COMMITTEE_MEMBER))).toEqual([]);
  });

  it('PUBLISH waits until the move’s gates pass', () => {
    const approved = (ready: boolean) =>
      design({
        pipeline: custom,
        stage: DesignStage.APPROVED,
        gates: gates({
          readiness: {
            ready,
            items: [
              {
                framework: 'EU_ANNEX_I',
                element: 'Notional workload',
                met: ready,
                field: 'hours',
                message: '',
              },
            ],
          },
        }),
      });
    expect(kinds(approved(false), who('lead', DesignRole.LEAD))).toEqual([]);
    expect(kinds(approved(true), who('lead', DesignRole.LEAD))).toEqual([
      [TaskKind.PUBLISH, T0.toISOString()],
    ]);
  });
});
