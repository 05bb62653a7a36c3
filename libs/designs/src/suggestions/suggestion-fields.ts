import { CommentTarget, DESIGN_LIMITS as L } from '../designs.enums';

/** A text field one may suggest wording for: its length limit, and whether it may be empty. */
export interface SuggestibleField {
  readonly max: number;
}

/**
 * The text fields of each target, by their GraphQL names, with the limits of their update inputs
 * (so an accepted suggestion is text an update could have written). Coded fields (language,
 * country, level) and numbers are not wording: they are edited, not suggested.
 */
export const SUGGESTIBLE_FIELDS: Readonly<Record<CommentTarget, Readonly<Record<string, SuggestibleField>>>> =
  {
    [CommentTarget.DESIGN]: {
      title: { max: L.title },
      summary: { max: L.summary },
      sector: { max: L.shortText },
      targetLearners: { max: L.longText },
      prerequisites: { max: L.longText },
      assessmentApproach: { max: L.longText },
      participationForm: { max: L.longText },
      qualityAssurance: { max: L.longText },
      stackability: { max: L.longText },
      price: { max: L.shortText },
      validityPeriod: { max: L.shortText },
    },
    [CommentTarget.SKILL]: { name: { max: L.skillName }, description: { max: L.longText } },
    [CommentTarget.OUTCOME]: { statement: { max: L.statement }, assessmentMethod: { max: L.longText } },
  };

export function suggestibleField(target: CommentTarget, field: string): SuggestibleField | null {
  const fields = SUGGESTIBLE_FIELDS[target];
  return Object.prototype.hasOwnProperty.call(fields, field) ? (fields[field] ?? null) : null;
}
