/**
 * The gates of the approval pipeline as pure functions of what a design holds now. Each returns
 * what is missing (nothing: the gate is open), so that a refusal can list everything at once.
 */
import { DesignRole, SkillPriority } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';
import { missingForReady, Readiness } from '../readiness/readiness';

import { Gate, Quorum, ServiceUnit } from './pipeline.definition';

export interface GateFacts {
  skills: Array<{ id: string; name: string; priority: SkillPriority | string }>;
  outcomeCount: number;
  /** Skill ids covered by at least one outcome. */
  coveredSkillIds: ReadonlySet<string>;
  participants: Array<{ userId: string; role: DesignRole; organizationId: string; organizationName: string }>;
  /** Standing decisions on the current revision. */
  decisions: Array<{ userId: string; kind: DecisionKind }>;
  /** The design's readiness against EU Annex I and the B.C. framework (`readiness.ts`). */
  readiness: Readiness;
  /** The service units of the stage the design is in (a parallel review), and their sign-offs. */
  units: ServiceUnit[];
  signedUnits: ReadonlySet<string>;
}

export interface MissingItem {
  gate: string;
  message: string;
  [detail: string]: unknown;
}

/** The votes a quorum needs out of a committee of `size`. */
export function votesNeeded(quorum: Quorum, size: number): number {
  if (quorum === 'majority') return Math.floor(size / 2) + 1;
  if (quorum === 'twoThirds') return Math.max(1, Math.ceil((2 * size) / 3));
  if (quorum === 'all') return Math.max(1, size);
  if ('count' in quorum) return quorum.count;
  return Math.max(1, Math.ceil((quorum.percent * size) / 100 - 1e-9));
}

function quorumLabel(quorum: Quorum): string {
  if (typeof quorum === 'string')
    return { majority: 'a majority', twoThirds: 'two thirds', all: 'every member' }[quorum];
  return 'count' in quorum ? `${quorum.count}` : `${quorum.percent} %`;
}

type Checks = { [T in Gate['type']]: (facts: GateFacts, gate: Extract<Gate, { type: T }>) => MissingItem[] };

const GATE_CHECKS: Checks = {
  rationale: () => [], // judged by the transition service, which holds the rationale

  minimumContent: (facts, gate) => [
    ...(facts.skills.length < gate.skills
      ? [
          {
            gate: 'skills',
            message:
              gate.skills === 1
                ? 'at least one skill is needed'
                : `at least ${gate.skills} skills are needed`,
            needed: gate.skills,
            count: facts.skills.length,
          },
        ]
      : []),
    ...(facts.outcomeCount < gate.outcomes
      ? [
          {
            gate: 'outcomes',
            message:
              gate.outcomes === 1
                ? 'at least one outcome is needed'
                : `at least ${gate.outcomes} outcomes are needed`,
            needed: gate.outcomes,
            count: facts.outcomeCount,
          },
        ]
      : []),
  ],

  essentialSkillsCovered: (facts) => {
    const uncovered = facts.skills.filter(
      (s) => s.priority === SkillPriority.ESSENTIAL && !facts.coveredSkillIds.has(s.id),
    );
    return uncovered.length
      ? [
          {
            gate: 'uncoveredEssentialSkills',
            message: 'every ESSENTIAL skill must be covered by an outcome',
            skills: uncovered.map(({ id, name }) => ({ id, name })),
          },
        ]
      : [];
  },

  partnerEndorsements: (facts, gate) => {
    const partners = facts.participants.filter((p) => p.role === DesignRole.EMPLOYER_PARTNER);
    if (partners.length === 0) {
      return [
        { gate: 'partnerEndorsements', message: 'no partner organization takes part yet', organizations: [] },
      ];
    }
    const endorsedBy = new Set(
      facts.decisions.filter((d) => d.kind === DecisionKind.ENDORSE).map((d) => d.userId),
    );
    const organizations = new Map<string, { id: string; name: string; endorsed: boolean }>();
    for (const partner of partners) {
      const entry = organizations.get(partner.organizationId) ?? {
        id: partner.organizationId,
        name: partner.organizationName,
        endorsed: false,
      };
      entry.endorsed ||= endorsedBy.has(partner.userId);
      organizations.set(partner.organizationId, entry);
    }
    const waiting = [...organizations.values()]
      .filter((o) => !o.endorsed)
      .map(({ id, name }) => ({ id, name }));
    if (gate.minimum !== undefined) {
      const endorsed = organizations.size - waiting.length;
      return endorsed >= gate.minimum
        ? []
        : [
            {
              gate: 'partnerEndorsements',
              message: `at least ${gate.minimum} partner organization(s) must endorse this revision`,
              needed: gate.minimum,
              endorsed,
              organizations: waiting,
            },
          ];
    }
    return waiting.length
      ? [
          {
            gate: 'partnerEndorsements',
            message: 'every partner organization must endorse this revision',
            organizations: waiting,
          },
        ]
      : [];
  },

  committeeVotes: (facts, gate) => {
    const committee = new Set(
      facts.participants.filter((p) => p.role === DesignRole.COMMITTEE_MEMBER).map((p) => p.userId),
    );
    const approvals = facts.decisions.filter(
      (d) => d.kind === DecisionKind.APPROVE && committee.has(d.userId),
    ).length;
    const needed = votesNeeded(gate.quorum, committee.size);
    return approvals >= needed
      ? []
      : [
          {
            gate: 'committeeApprovals',
            message: `${quorumLabel(gate.quorum)} of the committee must approve this revision (${needed} of ${committee.size})`,
            quorum: gate.quorum,
            needed,
            approvals,
            committeeSize: committee.size,
          },
        ];
  },

  unitSignOffs: (facts) => {
    const waiting = facts.units.filter((u) => !facts.signedUnits.has(u.key));
    return waiting.length
      ? [
          {
            gate: 'unitSignOffs',
            message: `every service unit must sign off: waiting for ${waiting.map((u) => u.name).join(', ')}`,
            units: waiting.map(({ key, name }) => ({ key, name })),
          },
        ]
      : [];
  },

  readiness: (facts) => {
    const missing = missingForReady(facts.readiness);
    return missing.length
      ? [
          {
            gate: 'readiness',
            message: 'every mandatory element of EU Annex I must be met',
            items: missing.map(({ element, field, message }) => ({ element, field, message })),
          },
        ]
      : [];
  },
};

export function evaluateGates(gates: readonly Gate[], facts: GateFacts): MissingItem[] {
  return gates.flatMap((gate) =>
    (GATE_CHECKS[gate.type] as (f: GateFacts, g: Gate) => MissingItem[])(facts, gate),
  );
}
