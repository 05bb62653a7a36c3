import type { WorkspaceDesign } from '../design-query';
import { DESIGN_FIELDS } from '../fields/design-field-defs';

export type SuggestionTargetType = 'DESIGN' | 'SKILL' | 'OUTCOME';

/** One text field someone may suggest wording for, with its text now. */
export interface SuggestibleField {
  targetType: SuggestionTargetType;
  targetId: string;
  field: string;
  /** "Summary", "Skill “Wiring” › Description". */
  label: string;
  text: string | null;
}

/** The design's fields that are wording (the API takes suggestions for these; codes and numbers are edited). */
export const DESIGN_WORDING_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'summary',
  'sector',
  'targetLearners',
  'prerequisites',
  'assessmentApproach',
  'participationForm',
  'qualityAssurance',
  'stackability',
  'price',
  'validityPeriod',
]);

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Every field of the design, its skills and its outcomes that one may suggest wording for. */
export function suggestibleFields(design: WorkspaceDesign): SuggestibleField[] {
  const record = design as unknown as Record<string, unknown>;
  const fields: SuggestibleField[] = DESIGN_FIELDS.filter((def) => DESIGN_WORDING_FIELDS.has(def.key)).map(
    (def) => ({
      targetType: 'DESIGN',
      targetId: design.id,
      field: def.key,
      label: def.label,
      text: (record[def.key] as string | null | undefined) ?? null,
    }),
  );
  for (const skill of design.skills) {
    const name = `Skill “${clip(skill.name)}”`;
    fields.push({
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'name',
      label: `${name} › Name`,
      text: skill.name,
    });
    fields.push({
      targetType: 'SKILL',
      targetId: skill.id,
      field: 'description',
      label: `${name} › Description`,
      text: skill.description ?? null,
    });
  }
  design.outcomes.forEach((outcome, index) => {
    const name = `Outcome ${index + 1}`;
    fields.push({
      targetType: 'OUTCOME',
      targetId: outcome.id,
      field: 'statement',
      label: `${name} › Statement`,
      text: outcome.statement,
    });
    fields.push({
      targetType: 'OUTCOME',
      targetId: outcome.id,
      field: 'assessmentMethod',
      label: `${name} › Assessment method`,
      text: outcome.assessmentMethod ?? null,
    });
  });
  return fields;
}

/** The label of a suggestion's field, or a plain one when its record is gone. */
export function fieldLabelOf(
  design: WorkspaceDesign,
  target: { targetType: string; targetId: string; field: string },
): string {
  const found = suggestibleFields(design).find(
    (f) => f.targetType === target.targetType && f.targetId === target.targetId && f.field === target.field,
  );
  return found?.label ?? target.field;
}
