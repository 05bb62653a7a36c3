import type { FrameworkRefInput, SkillPriority, UpdateSkillInput } from '../../gql/graphql';

export const PRIORITY_LABELS: Record<SkillPriority, string> = {
  ESSENTIAL: 'Essential',
  IMPORTANT: 'Important',
  NICE_TO_HAVE: 'Nice to have',
};

export const PRIORITIES: readonly SkillPriority[] = ['ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE'];

/** Outside frameworks the form suggests (any other name is accepted). */
export const FRAMEWORK_SUGGESTIONS = ['ESCO', 'O*NET', 'NOC'] as const;

/** The skill form's values, as typed. */
export interface SkillDraft {
  name: string;
  priority: SkillPriority;
  description: string;
  framework: string;
  code: string;
  label: string;
  url: string;
}

export const EMPTY_SKILL_DRAFT: SkillDraft = {
  name: '',
  priority: 'IMPORTANT',
  description: '',
  framework: '',
  code: '',
  label: '',
  url: '',
};

/** A skill as the API describes it: the workspace's skill or a CONFLICT's `extensions.current`. */
export interface SkillRecord {
  name: string;
  priority: SkillPriority;
  description?: string | null;
  frameworkRef?: { framework: string; code: string; label?: string | null; url?: string | null } | null;
}

export function draftOf(skill: SkillRecord): SkillDraft {
  return {
    name: skill.name,
    priority: skill.priority,
    description: skill.description ?? '',
    framework: skill.frameworkRef?.framework ?? '',
    code: skill.frameworkRef?.code ?? '',
    label: skill.frameworkRef?.label ?? '',
    url: skill.frameworkRef?.url ?? '',
  };
}

const text = (value: string) => value.trim();
const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** The framework reference of a draft: null when none is given. */
export function frameworkRefOf(draft: SkillDraft): FrameworkRefInput | null {
  if (!text(draft.framework) && !text(draft.code) && !text(draft.label) && !text(draft.url)) return null;
  return {
    framework: text(draft.framework),
    code: text(draft.code),
    label: optional(draft.label),
    url: optional(draft.url),
  };
}

/** Faults the form can tell before asking the API, by input field path (`name`, `frameworkRef.code`). */
export function validateSkillDraft(draft: SkillDraft): Array<{ field: string; message: string }> {
  const faults: Array<{ field: string; message: string }> = [];
  if (!text(draft.name)) faults.push({ field: 'input.name', message: 'must not be empty' });
  const ref = frameworkRefOf(draft);
  if (ref && !ref.framework)
    faults.push({ field: 'input.frameworkRef.framework', message: 'is needed for a framework reference' });
  if (ref && !ref.code)
    faults.push({ field: 'input.frameworkRef.code', message: 'is needed for a framework reference' });
  return faults;
}

type SkillChanges = Omit<UpdateSkillInput, 'expectedVersion'>;

/** What the draft changes of the skill it started from: only those fields are sent. */
export function skillChanges(base: SkillDraft, draft: SkillDraft): SkillChanges {
  const changes: SkillChanges = {};
  if (text(draft.name) !== text(base.name)) changes.name = text(draft.name);
  if (draft.priority !== base.priority) changes.priority = draft.priority;
  if (optional(draft.description) !== optional(base.description))
    changes.description = optional(draft.description);
  if (JSON.stringify(frameworkRefOf(draft)) !== JSON.stringify(frameworkRefOf(base)))
    changes.frameworkRef = frameworkRefOf(draft);
  return changes;
}

/** A record with some changes applied (what "mine" would be once saved over "theirs"). */
export function applySkillChanges(record: SkillRecord, changes: SkillChanges): SkillRecord {
  return {
    name: changes.name ?? record.name,
    priority: changes.priority ?? record.priority,
    description: changes.description !== undefined ? changes.description : record.description,
    frameworkRef: changes.frameworkRef !== undefined ? changes.frameworkRef : record.frameworkRef,
  };
}

export function frameworkText(ref: SkillRecord['frameworkRef']): string {
  if (!ref) return '';
  return `${ref.framework} ${ref.code}${ref.label ? ` — ${ref.label}` : ''}${ref.url ? ` (${ref.url})` : ''}`;
}

/** The rows a conflict shows for a skill. */
export function skillRows(record: SkillRecord): Array<{ label: string; value: string }> {
  return [
    { label: 'Name', value: record.name },
    { label: 'Priority', value: PRIORITY_LABELS[record.priority] ?? record.priority },
    { label: 'Description', value: record.description ?? '' },
    { label: 'Framework reference', value: frameworkText(record.frameworkRef) },
  ];
}
