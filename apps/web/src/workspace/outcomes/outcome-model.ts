import type { BloomLevel, UpdateOutcomeInput } from '../../gql/graphql';
import type { WorkspaceDesign, WorkspaceOutcome } from '../design-query';

/** Bloom's taxonomy, from the lowest level to the highest. */
export const BLOOM_LEVELS: readonly BloomLevel[] = [
  'REMEMBER',
  'UNDERSTAND',
  'APPLY',
  'ANALYZE',
  'EVALUATE',
  'CREATE',
];

export const BLOOM_LABELS: Record<BloomLevel, string> = {
  REMEMBER: 'Remember',
  UNDERSTAND: 'Understand',
  APPLY: 'Apply',
  ANALYZE: 'Analyze',
  EVALUATE: 'Evaluate',
  CREATE: 'Create',
};

/** The outcomes in their order (`position` 1…n). */
export function orderedOutcomes(design: Pick<WorkspaceDesign, 'outcomes'>): WorkspaceOutcome[] {
  return [...design.outcomes].sort((a, b) => a.position - b.position);
}

/** The outcome form's values, as typed. */
export interface OutcomeDraft {
  statement: string;
  bloomLevel: BloomLevel;
  assessmentMethod: string;
  skillIds: string[];
}

export const EMPTY_OUTCOME_DRAFT: OutcomeDraft = {
  statement: '',
  bloomLevel: 'APPLY',
  assessmentMethod: '',
  skillIds: [],
};

/** An outcome as the API describes it: the workspace's outcome or a CONFLICT's `extensions.current`. */
export interface OutcomeRecord {
  statement: string;
  bloomLevel: BloomLevel;
  assessmentMethod?: string | null;
  position?: number;
  /** The workspace lists `skills { id }`; a conflict's record carries `skillIds`. */
  skills?: ReadonlyArray<{ id: string }>;
  skillIds?: readonly string[];
}

export function skillIdsOf(record: OutcomeRecord): string[] {
  return [...(record.skillIds ?? record.skills?.map((s) => s.id) ?? [])].sort();
}

export function outcomeDraftOf(record: OutcomeRecord): OutcomeDraft {
  return {
    statement: record.statement,
    bloomLevel: record.bloomLevel,
    assessmentMethod: record.assessmentMethod ?? '',
    skillIds: skillIdsOf(record),
  };
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

type OutcomeChanges = Omit<UpdateOutcomeInput, 'expectedVersion' | 'position'>;

/** What the draft changes of the outcome it started from: only those fields are sent. */
export function outcomeChanges(base: OutcomeDraft, draft: OutcomeDraft): OutcomeChanges {
  const changes: OutcomeChanges = {};
  if (draft.statement.trim() !== base.statement.trim()) changes.statement = draft.statement.trim();
  if (draft.bloomLevel !== base.bloomLevel) changes.bloomLevel = draft.bloomLevel;
  if (optional(draft.assessmentMethod) !== optional(base.assessmentMethod))
    changes.assessmentMethod = optional(draft.assessmentMethod);
  if (!sameIds(draft.skillIds, base.skillIds)) changes.skillIds = [...draft.skillIds];
  return changes;
}

export function applyOutcomeChanges(record: OutcomeRecord, changes: OutcomeChanges): OutcomeRecord {
  return {
    statement: changes.statement ?? record.statement,
    bloomLevel: changes.bloomLevel ?? record.bloomLevel,
    assessmentMethod:
      changes.assessmentMethod !== undefined ? changes.assessmentMethod : record.assessmentMethod,
    position: record.position,
    skillIds: changes.skillIds ? changes.skillIds.map(String) : skillIdsOf(record),
  };
}

export function validateOutcomeDraft(draft: OutcomeDraft): Array<{ field: string; message: string }> {
  return draft.statement.trim() ? [] : [{ field: 'input.statement', message: 'must not be empty' }];
}

/** The rows a conflict shows for an outcome (skill ids named by the design's skills). */
export function outcomeRows(
  record: OutcomeRecord,
  skills: ReadonlyArray<{ id: string; name: string }>,
): Array<{ label: string; value: string }> {
  const names = skillIdsOf(record)
    .map((id) => skills.find((s) => s.id === id)?.name ?? 'A removed skill')
    .sort((a, b) => a.localeCompare(b));
  return [
    { label: 'Statement', value: record.statement },
    { label: 'Bloom level', value: BLOOM_LABELS[record.bloomLevel] ?? record.bloomLevel },
    { label: 'Assessment method', value: record.assessmentMethod ?? '' },
    { label: 'Covers skills', value: names.join(', ') },
  ];
}
