import { DesignRole, DesignStage } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

import { evaluateGates, GateFacts, votesNeeded } from './gates';
import { DEFAULT_PIPELINE, jsonPath, PipelineDefinition, validatePipeline } from './pipeline.definition';

const edit = (change: (p: PipelineDefinition) => void): unknown => {
  const copy = structuredClone(DEFAULT_PIPELINE);
  change(copy);
  return copy;
};
const errorsOf = (value: unknown) => {
  const result = validatePipeline(value);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
};
const fields = (value: unknown) => errorsOf(value).map((e) => e.field);

describe('validatePipeline', () => {
  it('accepts the default pipeline', () => {
    expect(validatePipeline(JSON.parse(JSON.stringify(DEFAULT_PIPELINE)))).toEqual({
      ok: true,
      pipeline: DEFAULT_PIPELINE,
    });
  });

  it('names a transition without roles by its path', () => {
    expect(fields(edit((p) => (p.stages[2]!.transitions[0]!.roles = [])))).toEqual([
      'stages[2].transitions[0].roles',
    ]);
  });

  it('names a transition to an unknown stage', () => {
    expect(fields(edit((p) => ((p.stages[1]!.transitions[1]!.to as string) = 'LIMBO')))).toEqual([
      'stages[1].transitions[1].to',
    ]);
    // A stage of the enum that this pipeline does not list is unknown to it as well.
    const withoutApproved = edit((p) => {
      p.stages = p.stages.filter((s) => s.stage !== DesignStage.APPROVED);
    });
    const errors = errorsOf(withoutApproved);
    expect(errors[0]).toEqual({
      field: 'stages[2].transitions[1].to',
      message: expect.stringMatching(/unknown stage APPROVED/),
    });
  });

  it('names an unreachable stage', () => {
    const value = edit((p) => (p.stages[0]!.transitions = []));
    expect(errorsOf(value)).toEqual(
      ['PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED'].map((stage, i) => ({
        field: `stages[${i + 1}]`,
        message: expect.stringContaining(`unreachable stage ${stage}`),
      })),
    );
  });

  it.each([0, 0.5, 100.5, 150, -3])('refuses a quorum of %p %', (percent) => {
    expect(
      fields(
        edit((p) => (p.stages[2]!.transitions[1]!.gates = [{ type: 'committeeVotes', quorum: { percent } }])),
      ),
    ).toEqual(['stages[2].transitions[1].gates[0].quorum.percent']);
  });

  it.each([1, 50, 66.7, 100])('accepts a quorum of %p %', (percent) => {
    const value = edit(
      (p) => (p.stages[2]!.transitions[1]!.gates = [{ type: 'committeeVotes', quorum: { percent } }]),
    );
    expect(validatePipeline(value).ok).toBe(true);
  });

  it('names an unknown gate type', () => {
    const value = edit((p) => (p.stages[0]!.transitions[0]!.gates[1] = { type: 'astrology' } as never));
    expect(errorsOf(value)).toEqual([
      {
        field: 'stages[0].transitions[0].gates[1].type',
        message: expect.stringMatching(/unknown gate type/),
      },
    ]);
  });

  it('refuses a first stage other than DRAFTING, twice-listed stages and a parallel review without units', () => {
    expect(fields(edit((p) => p.stages.reverse()))).toContain('stages[0].stage');
    expect(fields(edit((p) => p.stages.push(structuredClone(p.stages[5]!))))).toEqual(['stages[6].stage']);
    expect(fields(edit((p) => (p.stages[1]!.kind = 'parallelReview')))).toEqual([
      'stages[1].units',
      'stages[1].transitions',
    ]);
    expect(fields(edit((p) => p.stages[0]!.transitions[0]!.gates.push({ type: 'unitSignOffs' })))).toEqual([
      'stages[0].transitions[0].gates[2].type',
    ]);
  });

  it('writes JSON paths as the brief does', () => {
    expect(jsonPath(['stages', 2, 'transitions', 0, 'roles'])).toBe('stages[2].transitions[0].roles');
    expect(jsonPath([])).toBe('(root)');
  });
});

describe('committee quorums', () => {
  it.each([
    ['majority', 3, 2],
    ['majority', 4, 3],
    ['twoThirds', 3, 2],
    ['twoThirds', 4, 3],
    ['twoThirds', 5, 4],
    ['twoThirds', 6, 4],
    ['twoThirds', 9, 6],
    ['all', 3, 3],
    [{ count: 2 }, 5, 2],
    [{ percent: 75 }, 4, 3],
    [{ percent: 1 }, 3, 1],
  ] as const)('%j of %i needs %i', (quorum, size, needed) => {
    expect(votesNeeded(quorum, size)).toBe(needed);
  });

  it('the gate counts approvals on the current revision against the quorum', () => {
    const facts: GateFacts = {
      skills: [],
      outcomeCount: 0,
      coveredSkillIds: new Set(),
      participants: ['c1', 'c2', 'c3'].map((userId) => ({
        userId,
        role: DesignRole.COMMITTEE_MEMBER,
        organizationId: 'i',
        organizationName: 'I',
      })),
      decisions: [{ userId: 'c1', kind: DecisionKind.APPROVE }],
      readiness: { ready: true, items: [] },
      units: [],
      signedUnits: new Set(),
    };
    const gate = { type: 'committeeVotes', quorum: 'twoThirds' } as const;
    expect(evaluateGates([gate], facts)).toEqual([
      expect.objectContaining({ gate: 'committeeApprovals', needed: 2, approvals: 1, committeeSize: 3 }),
    ]);
    facts.decisions.push({ userId: 'c2', kind: DecisionKind.APPROVE });
    expect(evaluateGates([gate], facts)).toEqual([]);
  });
});
