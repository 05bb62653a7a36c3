import { DesignRole, SkillPriority } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';
import { computeReadiness, ReadinessFacts } from '../readiness/readiness';

import { evaluateGates, GateFacts } from './gates';
import {
  allowedTargets,
  DEFAULT_PIPELINE,
  findTransition,
  Gate,
  parsePipeline,
  rationaleRequired,
} from './pipeline.definition';

const MAJORITY: Gate = { type: 'committeeVotes', quorum: 'majority' };

const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  skills: [{ id: 's1', name: 'Welding', priority: SkillPriority.ESSENTIAL }],
  outcomeCount: 1,
  coveredSkillIds: new Set(['s1']),
  participants: [
    { userId: 'p1', role: DesignRole.EMPLOYER_PARTNER, organizationId: 'org-a', organizationName: 'A' },
    { userId: 'p2', role: DesignRole.EMPLOYER_PARTNER, organizationId: 'org-a', organizationName: 'A' },
    { userId: 'p3', role: DesignRole.EMPLOYER_PARTNER, organizationId: 'org-b', organizationName: 'B' },
    { userId: 'c1', role: DesignRole.COMMITTEE_MEMBER, organizationId: 'i', organizationName: 'I' },
    { userId: 'c2', role: DesignRole.COMMITTEE_MEMBER, organizationId: 'i', organizationName: 'I' },
    { userId: 'c3', role: DesignRole.COMMITTEE_MEMBER, organizationId: 'i', organizationName: 'I' },
  ],
  decisions: [],
  readiness: { ready: true, items: [] },
  units: [],
  signedUnits: new Set(),
  ...over,
});

const readinessOf = (over: Partial<ReadinessFacts['fields']>) =>
  computeReadiness({
    fields: {
      title: 'Welding',
      hours: 40,
      issuerCountry: 'CA-BC',
      level: null,
      assessmentApproach: 'Practical test',
      participationForm: 'On site, supervised',
      qualityAssurance: 'Program committee',
      creditValue: null,
      stackability: null,
      ...over,
    },
    institutionName: 'Coast College',
    outcomes: [{ skillIds: [] }],
    skillCount: 0,
    endorsingOrganizations: [],
  });

describe('the readiness gate', () => {
  it('is open when every EU Annex I element a design can carry is met, B.C. advice and level aside', () => {
    expect(evaluateGates([{ type: 'readiness' }], facts({ readiness: readinessOf({}) }))).toEqual([]);
  });

  it('lists each missing EU element with its field and message', () => {
    const missing = evaluateGates(
      [{ type: 'readiness' }],
      facts({ readiness: readinessOf({ issuerCountry: null, qualityAssurance: null }) }),
    );
    expect(missing).toEqual([
      {
        gate: 'readiness',
        message: expect.any(String),
        items: [
          expect.objectContaining({ element: 'Country or region of the issuer', field: 'issuerCountry' }),
          expect.objectContaining({ element: 'Type of quality assurance', field: 'qualityAssurance' }),
        ],
      },
    ]);
  });

  it('is a gate an institution pipeline may name, and the default pipeline does not', () => {
    const custom = structuredClone(DEFAULT_PIPELINE);
    custom.stages[0]!.transitions[0]!.gates.push({ type: 'readiness' });
    expect(parsePipeline(custom).stages[0]!.transitions[0]!.gates).toContainEqual({ type: 'readiness' });
    const all = DEFAULT_PIPELINE.stages.flatMap((s) => s.transitions.flatMap((t) => t.gates));
    expect(all).not.toContainEqual({ type: 'readiness' });
  });
});

describe('gates', () => {
  it('an uncovered ESSENTIAL skill is listed by id and name; a covered one is not', () => {
    expect(evaluateGates([{ type: 'essentialSkillsCovered' }], facts())).toEqual([]);
    const missing = evaluateGates(
      [{ type: 'essentialSkillsCovered' }],
      facts({ coveredSkillIds: new Set() }),
    );
    expect(missing).toEqual([
      expect.objectContaining({ gate: 'uncoveredEssentialSkills', skills: [{ id: 's1', name: 'Welding' }] }),
    ]);
  });

  it('an empty design lacks skills and outcomes', () => {
    expect(
      evaluateGates(
        [{ type: 'minimumContent', skills: 1, outcomes: 1 }],
        facts({ skills: [], outcomeCount: 0 }),
      ).map((m) => m.gate),
    ).toEqual(['skills', 'outcomes']);
  });

  it('one endorsement per partner organization is enough; the others are listed', () => {
    const oneOrg = evaluateGates(
      [{ type: 'partnerEndorsements' }],
      facts({ decisions: [{ userId: 'p2', kind: DecisionKind.ENDORSE }] }),
    );
    expect(oneOrg).toEqual([expect.objectContaining({ organizations: [{ id: 'org-b', name: 'B' }] })]);
    const both = facts({
      decisions: [
        { userId: 'p1', kind: DecisionKind.ENDORSE },
        { userId: 'p3', kind: DecisionKind.ENDORSE },
      ],
    });
    expect(evaluateGates([{ type: 'partnerEndorsements' }], both)).toEqual([]);
    const requested = facts({
      decisions: [
        { userId: 'p1', kind: DecisionKind.REQUEST_CHANGES },
        { userId: 'p3', kind: DecisionKind.ENDORSE },
      ],
    });
    expect(evaluateGates([{ type: 'partnerEndorsements' }], requested)).toHaveLength(1);
  });

  it('a committee of three needs two approvals; other kinds and non-members do not count', () => {
    const one = evaluateGates(
      [MAJORITY],
      facts({
        decisions: [
          { userId: 'c1', kind: DecisionKind.APPROVE },
          { userId: 'p1', kind: DecisionKind.APPROVE },
        ],
      }),
    );
    expect(one).toEqual([expect.objectContaining({ needed: 2, approvals: 1, committeeSize: 3 })]);
    const two = facts({
      decisions: [
        { userId: 'c1', kind: DecisionKind.APPROVE },
        { userId: 'c3', kind: DecisionKind.APPROVE },
      ],
    });
    expect(evaluateGates([MAJORITY], two)).toEqual([]);
  });

  /** A committee of `size` (c1…cN) beside the partners, with the given votes. */
  const committeeOf = (size: number, votes: DecisionKind[]): GateFacts =>
    facts({
      participants: Array.from({ length: size }, (_, i) => ({
        userId: `c${i + 1}`,
        role: DesignRole.COMMITTEE_MEMBER,
        organizationId: 'i',
        organizationName: 'I',
      })),
      decisions: votes.map((kind, i) => ({ userId: `c${i + 1}`, kind })),
    });
  const majority = (size: number, votes: DecisionKind[]) =>
    evaluateGates([MAJORITY], committeeOf(size, votes));
  const { APPROVE, ABSTAIN, REJECT, REQUEST_CHANGES } = DecisionKind;

  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [5, 3],
    [6, 4],
  ])('a committee of %i needs %i approvals (more than half; half is not enough)', (size, needed) => {
    const short = Array<DecisionKind>(needed - 1).fill(APPROVE);
    expect(majority(size, short)).toEqual([
      expect.objectContaining({
        gate: 'committeeApprovals',
        needed,
        approvals: needed - 1,
        committeeSize: size,
      }),
    ]);
    expect(majority(size, Array<DecisionKind>(needed).fill(APPROVE))).toEqual([]);
  });

  it('an abstention is not an approval, and does not shrink the committee', () => {
    expect(majority(3, [APPROVE, ABSTAIN, ABSTAIN])).toEqual([
      expect.objectContaining({ needed: 2, approvals: 1, committeeSize: 3 }),
    ]);
    expect(majority(4, [APPROVE, APPROVE, ABSTAIN, ABSTAIN])).toEqual([
      expect.objectContaining({ needed: 3, approvals: 2, committeeSize: 4 }),
    ]);
    expect(majority(2, [APPROVE, ABSTAIN])).toEqual([
      expect.objectContaining({ needed: 2, approvals: 1, committeeSize: 2 }),
    ]);
    expect(majority(4, [APPROVE, APPROVE, APPROVE, ABSTAIN])).toEqual([]);
  });

  it('REJECT and REQUEST_CHANGES are not approvals either', () => {
    expect(majority(4, [APPROVE, APPROVE, REJECT, REQUEST_CHANGES])).toEqual([
      expect.objectContaining({ needed: 3, approvals: 2 }),
    ]);
  });

  it('a committee with no member is never a majority', () => {
    expect(majority(0, [])).toEqual([expect.objectContaining({ needed: 1, approvals: 0, committeeSize: 0 })]);
  });
});

describe('the default pipeline', () => {
  it('allows exactly the SPEC table', () => {
    expect(allowedTargets(DEFAULT_PIPELINE, 'DRAFTING' as never)).toEqual(['PARTNER_REVIEW', 'ARCHIVED']);
    expect(allowedTargets(DEFAULT_PIPELINE, 'PARTNER_REVIEW' as never)).toEqual([
      'DRAFTING',
      'COMMITTEE_REVIEW',
      'ARCHIVED',
    ]);
    expect(allowedTargets(DEFAULT_PIPELINE, 'COMMITTEE_REVIEW' as never)).toEqual([
      'DRAFTING',
      'APPROVED',
      'ARCHIVED',
    ]);
    expect(allowedTargets(DEFAULT_PIPELINE, 'APPROVED' as never)).toEqual(['PUBLISHED', 'ARCHIVED']);
    expect(allowedTargets(DEFAULT_PIPELINE, 'ARCHIVED' as never)).toEqual([]);
    expect(
      rationaleRequired(findTransition(DEFAULT_PIPELINE, 'PUBLISHED' as never, 'ARCHIVED' as never)!),
    ).toBe(true);
  });

  it('survives validation, and a broken definition is refused with its path', () => {
    expect(parsePipeline(JSON.parse(JSON.stringify(DEFAULT_PIPELINE)))).toEqual(DEFAULT_PIPELINE);
    const broken = structuredClone(DEFAULT_PIPELINE) as unknown as {
      stages: Array<{ transitions: unknown[] }>;
    };
    broken.stages[1]!.transitions[0] = { to: 'NOWHERE', roles: ['LEAD'], gates: [] };
    expect(() => parsePipeline(broken)).toThrow(/stages\[1\]\.transitions\[0\]\.to/);
  });
});
