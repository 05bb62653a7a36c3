/**
 * The pipeline definition as the editor holds it: the same JSON `institutionPipeline` answers and
 * `updateInstitutionPipeline` takes (libs/workflow/README.md "The pipeline editor"). The API
 * validates; the editor shows its messages at the field they name.
 */
import type { DecisionKind, DesignRole, DesignStage } from '../../gql/graphql';

export type Quorum = 'majority' | 'twoThirds' | 'all' | { count: number } | { percent: number };

export type Gate =
  | { type: 'minimumContent'; skills: number; outcomes: number }
  | { type: 'essentialSkillsCovered' }
  | { type: 'partnerEndorsements'; minimum?: number }
  | { type: 'committeeVotes'; quorum: Quorum }
  | { type: 'rationale' }
  | { type: 'readiness' }
  | { type: 'unitSignOffs' };
export type GateType = Gate['type'];

export interface Transition {
  to: DesignStage;
  roles: DesignRole[];
  gates: Gate[];
}

export interface ServiceUnit {
  key: string;
  name: string;
  signers: string[];
}

export type StageKind = 'work' | 'review' | 'parallelReview' | 'final';

export interface Stage {
  stage: DesignStage;
  kind: StageKind;
  snapshot: boolean;
  decisions: Array<{ role: DesignRole; kinds: DecisionKind[] }>;
  units: ServiceUnit[];
  transitions: Transition[];
}

export interface Definition {
  name: string;
  stages: Stage[];
  fromAnyStage: Transition[];
}

export const ALL_STAGES: DesignStage[] = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'ARCHIVED',
];
export const ROLES: DesignRole[] = ['LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER'];
export const DECISION_KINDS: DecisionKind[] = ['ENDORSE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'ABSTAIN'];

/** The stages as people say them: the stage badge's words. */
export { STAGE_LABELS } from '../../ui/StageBadge';
export const ROLE_LABELS: Record<DesignRole, string> = {
  LEAD: 'Lead',
  FACULTY: 'Faculty',
  EMPLOYER_PARTNER: 'Employer partner',
  COMMITTEE_MEMBER: 'Committee member',
  OBSERVER: 'Observer',
};
export const KIND_LABELS: Record<StageKind, string> = {
  work: 'Work',
  review: 'Review',
  parallelReview: 'Parallel review (service units sign off)',
  final: 'Final (nothing leaves it)',
};
export const GATE_LABELS: Record<GateType, string> = {
  minimumContent: 'Minimum skills and outcomes',
  essentialSkillsCovered: 'No uncovered essential skill',
  partnerEndorsements: 'Partner endorsements',
  committeeVotes: 'Committee votes',
  rationale: 'Rationale required',
  readiness: 'Readiness (EU Annex I)',
  unitSignOffs: 'Every service unit signed off',
};
export const GATE_TYPES = Object.keys(GATE_LABELS) as GateType[];

export function newGate(type: GateType): Gate {
  switch (type) {
    case 'minimumContent':
      return { type, skills: 1, outcomes: 1 };
    case 'committeeVotes':
      return { type, quorum: 'majority' };
    default:
      return { type } as Gate;
  }
}

export function newStage(stage: DesignStage): Stage {
  return { stage, kind: 'work', snapshot: false, decisions: [], units: [], transitions: [] };
}

/** How a quorum reads in the diagram and the history. */
export function quorumText(quorum: Quorum): string {
  if (quorum === 'majority') return 'majority';
  if (quorum === 'twoThirds') return 'two thirds';
  if (quorum === 'all') return 'all';
  return 'count' in quorum ? `${quorum.count} votes` : `${quorum.percent} %`;
}

export function gateText(gate: Gate): string {
  switch (gate.type) {
    case 'minimumContent':
      return `≥ ${gate.skills} skills, ≥ ${gate.outcomes} outcomes`;
    case 'partnerEndorsements':
      return gate.minimum ? `≥ ${gate.minimum} endorsements` : 'every partner endorses';
    case 'committeeVotes':
      return `votes: ${quorumText(gate.quorum)}`;
    default:
      return GATE_LABELS[gate.type].toLowerCase();
  }
}

/** The id of the input that edits `path` (e.g. `stages[2].transitions[0].roles`). */
export function fieldId(path: string): string {
  return `pf-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

export interface FieldErrorItem {
  field: string;
  message: string;
}

/** The API's `BAD_USER_INPUT` field errors, by path. */
export function errorsByPath(fields: readonly FieldErrorItem[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of fields)
    map.set(f.field, map.has(f.field) ? `${map.get(f.field)}; ${f.message}` : f.message);
  return map;
}

/** A deep copy (a definition is plain JSON). */
export function cloneDefinition(definition: Definition): Definition {
  return JSON.parse(JSON.stringify(definition)) as Definition;
}
