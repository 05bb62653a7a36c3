import type { DeliveryMode } from '../../gql/graphql';
import type { WorkspaceDesign } from '../design-query';

/** The fields of the design record the workspace edits inline, in the order it shows them. */
export type DesignFieldKey =
  | 'title'
  | 'summary'
  | 'sector'
  | 'targetLearners'
  | 'prerequisites'
  | 'hours'
  | 'deliveryMode'
  | 'language'
  | 'assessmentApproach'
  | 'participationForm'
  | 'qualityAssurance'
  | 'creditValue'
  | 'stackability'
  | 'price'
  | 'validityPeriod'
  | 'issuerCountry'
  | 'level';

export type DesignFieldValue = string | number | null;

/** The parts of the record, in the words a faculty member uses for them. */
export type DesignFieldSection = 'about' | 'delivery' | 'recognition';

export const DESIGN_FIELD_SECTIONS: ReadonlyArray<{ key: DesignFieldSection; title: string }> = [
  { key: 'about', title: 'About the credential' },
  { key: 'delivery', title: 'Delivery' },
  { key: 'recognition', title: 'Assessment and recognition' },
];

export interface DesignFieldDef {
  key: DesignFieldKey;
  label: string;
  section: DesignFieldSection;
  kind: 'text' | 'textarea' | 'number' | 'select';
  /** Shown under the input (and tied to it with aria-describedby). */
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Wide values (long texts) take a whole row. */
  wide?: boolean;
}

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  ONLINE: 'Online',
  IN_PERSON: 'In person',
  HYBRID: 'Hybrid',
};

export const DESIGN_FIELDS: readonly DesignFieldDef[] = [
  { key: 'title', label: 'Title', section: 'about', kind: 'text', required: true, wide: true },
  { key: 'summary', label: 'Summary', section: 'about', kind: 'textarea', wide: true },
  { key: 'sector', label: 'Sector', section: 'about', kind: 'text' },
  { key: 'targetLearners', label: 'Target learners', section: 'about', kind: 'textarea' },
  { key: 'prerequisites', label: 'Prerequisites', section: 'about', kind: 'textarea' },
  {
    key: 'language',
    label: 'Language',
    section: 'about',
    kind: 'text',
    hint: 'A language tag such as en or fr-CA',
  },
  {
    key: 'issuerCountry',
    label: 'Country or region of the issuer',
    section: 'about',
    kind: 'text',
    hint: 'An ISO code: CA for Canada, CA-BC for British Columbia',
  },
  {
    key: 'level',
    label: 'Level',
    section: 'about',
    kind: 'text',
    hint: 'Framework and level, such as EQF 5 or BCQF 3, or "not applicable"',
  },
  {
    key: 'hours',
    label: 'Hours of learning',
    section: 'delivery',
    kind: 'number',
    min: 0.01,
    max: 10000,
    hint: 'Notional workload',
  },
  {
    key: 'deliveryMode',
    label: 'Delivery mode',
    section: 'delivery',
    kind: 'select',
    options: Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({ value, label })),
  },
  {
    key: 'participationForm',
    label: 'Form of participation',
    section: 'delivery',
    kind: 'textarea',
    hint: 'Online or on site, supervised or not, identity checked or not',
  },
  {
    key: 'price',
    label: 'Price',
    section: 'delivery',
    kind: 'text',
    hint: 'What a learner pays, such as CAD 450 or free',
  },
  { key: 'assessmentApproach', label: 'Assessment approach', section: 'recognition', kind: 'textarea' },
  {
    key: 'qualityAssurance',
    label: 'Quality assurance body',
    section: 'recognition',
    kind: 'textarea',
    hint: 'The body or process that assures its quality',
  },
  {
    key: 'creditValue',
    label: 'Credit value',
    section: 'recognition',
    kind: 'number',
    min: 0,
    max: 1000,
    hint: 'e.g. ECTS or institutional credits',
  },
  {
    key: 'stackability',
    label: 'Stackability',
    section: 'recognition',
    kind: 'textarea',
    hint: 'Pathways into larger credentials',
  },
  {
    key: 'validityPeriod',
    label: 'Validity period',
    section: 'recognition',
    kind: 'text',
    hint: 'How long the credential stays valid, such as 3 years or no expiry',
  },
];

/** The id of a field's place in the design record, which the readiness panel links to. */
export function designFieldAnchor(key: string): string {
  return `design-field-${key}`;
}

export function fieldValue(
  design: Pick<WorkspaceDesign, DesignFieldKey>,
  key: DesignFieldKey,
): DesignFieldValue {
  return design[key] ?? null;
}

/** How a stored value reads on screen ("" for nothing). */
export function displayValue(def: DesignFieldDef, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (def.key === 'deliveryMode') return DELIVERY_MODE_LABELS[value as DeliveryMode] ?? String(value);
  return String(value);
}

/** The stored value as the text of an input. */
export function toDraft(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The draft as the value to send: trimmed text (blank clears an optional field), a number, or an
 * error sentence when it cannot be one.
 */
export function parseDraft(
  def: DesignFieldDef,
  draft: string,
): { value: DesignFieldValue } | { error: string } {
  const text = draft.trim();
  if (def.kind === 'number') {
    if (text === '') return { value: null };
    const number = Number(text);
    if (!Number.isFinite(number)) return { error: 'must be a number' };
    return { value: number };
  }
  if (def.required && text === '') return { error: 'must not be empty' };
  return { value: text === '' ? null : text };
}

/** Same stored value? (numbers compare as numbers, texts trimmed, blank and null alike.) */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;
  const x = norm(a);
  const y = norm(b);
  if (typeof x === 'string' && typeof y === 'string') return x.trim() === y.trim();
  return x === y;
}
