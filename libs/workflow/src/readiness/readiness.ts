/**
 * How complete a design is by the frameworks a committee answers to: the EU Council
 * Recommendation on micro-credentials (2022/C 243/02), Annex I, mandatory elements, and the
 * characteristics of B.C.'s Micro-Credential Framework (2021). A pure function of the record, so
 * that the `Design.readiness` field, the `readiness` gate and the brief say the same.
 */
import { LEVEL_NOT_APPLICABLE } from '@mc/designs';

export type ReadinessFrameworkId = 'EU_ANNEX_I' | 'BC_MICRO_CREDENTIAL';

export interface ReadinessItem {
  framework: ReadinessFrameworkId;
  /** The element's name in the framework. */
  element: string;
  met: boolean;
  /** The Design field (or "outcomes", "skills") that meets it, where one does. */
  field: string | null;
  message: string;
}

export interface Readiness {
  /** Every EU Annex I element that a design can carry is met (SPEC "Quality"). */
  ready: boolean;
  items: ReadinessItem[];
}

/** What readiness looks at: the record's fields, its outcomes and skills, and the endorsements. */
export interface ReadinessFacts {
  fields: {
    title: string | null;
    hours: number | null;
    issuerCountry: string | null;
    level: string | null;
    assessmentApproach: string | null;
    participationForm: string | null;
    qualityAssurance: string | null;
    creditValue: number | null;
    stackability: string | null;
  };
  /** Name of the institution that owns the design and awards the credential. */
  institutionName: string;
  outcomes: Array<{ skillIds: readonly string[] }>;
  skillCount: number;
  /** Partner organizations whose ENDORSE stands on the current revision. */
  endorsingOrganizations: readonly string[];
}

const blank = (value: string | null | undefined): boolean => !value || value.trim() === '';

/** EU Annex I elements that only apply "where applicable": listed, but not part of `ready`. */
const WHERE_APPLICABLE = new Set(['Level']);

function item(
  framework: ReadinessFrameworkId,
  element: string,
  field: string | null,
  met: boolean,
  ifMet: string,
  ifMissing: string,
): ReadinessItem {
  return { framework, element, met, field, message: met ? ifMet : ifMissing };
}

function euItems(facts: ReadinessFacts): ReadinessItem[] {
  const f = facts.fields;
  const eu = (element: string, field: string | null, met: boolean, ifMet: string, ifMissing: string) =>
    item('EU_ANNEX_I', element, field, met, ifMet, ifMissing);
  return [
    // Learner and date belong to each issued credential rather than to the design: the Open Badges
    // format carries them (the recipient in `credentialSubject`, the date in `validFrom`).
    eu(
      'Identification of the learner',
      null,
      true,
      'Met by the credential format: each issued badge names the learner who earned it.',
      '',
    ),
    eu('Title', 'title', !blank(f.title), 'The design has a title.', 'Give the micro-credential a title.'),
    eu(
      'Country or region of the issuer',
      'issuerCountry',
      !blank(f.issuerCountry),
      `Issued in ${f.issuerCountry ?? ''}.`,
      'Set the issuing country or region as a code, such as CA or CA-BC.',
    ),
    eu(
      'Awarding body',
      'institution',
      !blank(facts.institutionName),
      `Awarded by ${facts.institutionName}.`,
      'The design needs an institution that awards it.',
    ),
    eu(
      'Date of issuing',
      null,
      true,
      'Met by the credential format: each issued badge carries the date it was issued.',
      '',
    ),
    eu(
      'Learning outcomes',
      'outcomes',
      facts.outcomes.length > 0,
      `${facts.outcomes.length} learning outcome${facts.outcomes.length === 1 ? '' : 's'}.`,
      'Add at least one learning outcome: what a learner can do after earning it.',
    ),
    eu(
      'Notional workload',
      'hours',
      f.hours !== null && f.hours > 0,
      `${f.hours ?? 0} hours of learning.`,
      'Set the hours of learning a typical learner needs (the notional workload).',
    ),
    eu(
      'Level',
      'level',
      !blank(f.level),
      f.level === LEVEL_NOT_APPLICABLE
        ? 'Marked as not tied to a qualification level.'
        : `Level ${f.level ?? ''}.`,
      'Set the qualification level, such as "EQF 5" or "BCQF 3", or mark it "not applicable".',
    ),
    eu(
      'Type of assessment',
      'assessmentApproach',
      !blank(f.assessmentApproach),
      'The assessment approach is described.',
      'Describe how learners are assessed (the assessment approach).',
    ),
    eu(
      'Form of participation',
      'participationForm',
      !blank(f.participationForm),
      'The form of participation is described.',
      'Say how learners take part: online or on site, supervised or not, identity checked or not.',
    ),
    eu(
      'Type of quality assurance',
      'qualityAssurance',
      !blank(f.qualityAssurance),
      'The quality assurance is named.',
      'Name the body or process that assures the quality of this micro-credential.',
    ),
  ];
}

function bcItems(facts: ReadinessFacts): ReadinessItem[] {
  const f = facts.fields;
  const bc = (element: string, field: string | null, met: boolean, ifMet: string, ifMissing: string) =>
    item('BC_MICRO_CREDENTIAL', element, field, met, ifMet, ifMissing);
  const mapped = facts.outcomes.some((outcome) => outcome.skillIds.length > 0);
  const recognizedBy = f.creditValue !== null ? 'creditValue' : 'stackability';
  return [
    bc(
      'Short duration',
      'hours',
      f.hours !== null && f.hours > 0,
      `${f.hours ?? 0} hours of learning.`,
      'Set the hours of learning, so readers can see it is a short credential.',
    ),
    bc(
      'Competency-based',
      'outcomes',
      mapped,
      'Learning outcomes are mapped to the skills they build.',
      facts.skillCount === 0
        ? 'Add the skills the credential builds, and map each outcome to the skills it covers.'
        : 'Map at least one learning outcome to the skills it covers.',
    ),
    bc(
      'Aligned with industry, employer or community needs',
      null,
      facts.endorsingOrganizations.length > 0,
      `Endorsed by ${facts.endorsingOrganizations.join(', ')}.`,
      'At least one partner organization must endorse the current version in partner review.',
    ),
    bc(
      'Assessed',
      'assessmentApproach',
      !blank(f.assessmentApproach),
      'The assessment approach is described.',
      'Describe how learners are assessed.',
    ),
    bc(
      'Recognized',
      recognizedBy,
      f.creditValue !== null || !blank(f.stackability),
      'Recognized for further learning (credit value or pathways).',
      'Give a credit value or describe the pathways into larger credentials (stackability).',
    ),
  ];
}

export function computeReadiness(facts: ReadinessFacts): Readiness {
  const items = [...euItems(facts), ...bcItems(facts)];
  return { ready: missing(items).length === 0, items };
}

/** The EU Annex I elements `ready` waits for and the design does not meet yet. */
export function missingForReady(readiness: Readiness): ReadinessItem[] {
  return missing(readiness.items);
}

function missing(items: readonly ReadinessItem[]): ReadinessItem[] {
  return items.filter((i) => i.framework === 'EU_ANNEX_I' && !i.met && !WHERE_APPLICABLE.has(i.element));
}
