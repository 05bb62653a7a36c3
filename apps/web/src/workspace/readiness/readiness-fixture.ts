/**
 * `Design.readiness` as the API answers it, for *.spec.tsx fixtures only: the app itself shows what
 * the API computed and computes nothing.
 */
import type { WorkspaceDesign } from '../design-query';

type Readiness = WorkspaceDesign['readiness'];
type Item = Readiness['items'][number];

const eu = (element: string, field: string | null, met: boolean, message: string): Item => ({
  framework: 'EU_ANNEX_I',
  element,
  field,
  met,
  message,
});
const bc = (element: string, field: string | null, met: boolean, message: string): Item => ({
  framework: 'BC_MICRO_CREDENTIAL',
  element,
  field,
  met,
  message,
});

/** A draft with a title, hours and an outcome, lacking the rest. */
export function draftReadiness(): Readiness {
  return {
    ready: false,
    items: [
      eu('Identification of the learner', null, true, 'Met by the credential format.'),
      eu('Title', 'title', true, 'The design has a title.'),
      eu(
        'Country or region of the issuer',
        'issuerCountry',
        false,
        'Set the issuing country or region as a code, such as CA or CA-BC.',
      ),
      eu('Awarding body', 'institution', true, 'Awarded by Northern Lights Polytechnic.'),
      eu('Date of issuing', null, true, 'Met by the credential format.'),
      eu('Learning outcomes', 'outcomes', true, '1 learning outcome.'),
      eu('Notional workload', 'hours', true, '40 hours of learning.'),
      eu('Level', 'level', false, 'Set the qualification level, or mark it "not applicable".'),
      eu('Type of assessment', 'assessmentApproach', true, 'The assessment approach is described.'),
      eu('Form of participation', 'participationForm', false, 'Say how learners take part.'),
      eu('Type of quality assurance', 'qualityAssurance', true, 'The quality assurance is named.'),
      bc('Short duration', 'hours', true, '40 hours of learning.'),
      bc('Competency-based', 'outcomes', true, 'Learning outcomes are mapped to the skills they build.'),
      bc(
        'Aligned with industry, employer or community needs',
        null,
        false,
        'At least one partner organization must endorse the current version in partner review.',
      ),
      bc('Assessed', 'assessmentApproach', true, 'The assessment approach is described.'),
      bc('Recognized', 'stackability', false, 'Give a credit value or describe the pathways.'),
    ],
  };
}

/** Every item met. */
export function readyReadiness(): Readiness {
  const readiness = draftReadiness();
  return { ready: true, items: readiness.items.map((item) => ({ ...item, met: true })) };
}
