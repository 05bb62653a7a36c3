/**
 * The gates of the approval pipeline as pure functions of what a design holds now. Each returns
 * what is missing (nothing: the gate is open), so that a refusal can list everything at once.
 */
import { DesignRole, SkillPriority } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';
import { missingForReady, Readiness } from '../readiness/readiness';

import { GateId } from './pipeline.definition';

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
}

export interface MissingItem {
  gate: string;
  message: string;
  [detail: string]: unknown;
}

const GATE_CHECKS: Record<GateId, (facts: GateFacts) => MissingItem[]> = {
  hasSkillsAndOutcomes: (facts) => [
    ...(facts.skills.length === 0 ? [{ gate: 'skills', message: 'at least one skill is needed' }] : []),
    ...(facts.outcomeCount === 0 ? [{ gate: 'outcomes', message: 'at least one outcome is needed' }] : []),
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

  partnerEndorsements: (facts) => {
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

  committeeMajority: (facts) => {
    const committee = new Set(
      facts.participants.filter((p) => p.role === DesignRole.COMMITTEE_MEMBER).map((p) => p.userId),
    );
    const approvals = facts.decisions.filter(
      (d) => d.kind === DecisionKind.APPROVE && committee.has(d.userId),
    ).length;
    const needed = Math.floor(committee.size / 2) + 1;
    return approvals >= needed
      ? []
      : [
          {
            gate: 'committeeApprovals',
            message: 'a majority of the committee must approve this revision',
            needed,
            approvals,
            committeeSize: committee.size,
          },
        ];
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

export function evaluateGates(gates: readonly GateId[], facts: GateFacts): MissingItem[] {
  return gates.flatMap((gate) => GATE_CHECKS[gate](facts));
}
