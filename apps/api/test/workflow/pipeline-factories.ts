/**
 * Operations and definitions of the pipeline editor tests (libs/workflow/README.md "The pipeline
 * editor"). Definitions are published through `updateInstitutionPipeline`, as an admin would.
 */
import { Person } from '../designs/design-factories';
import { graphql } from '../gql';

export const INSTITUTION_PIPELINE = graphql(`
  query InstitutionPipeline {
    institutionPipeline
  }
`);

export const PIPELINE_VERSIONS = graphql(`
  query PipelineVersions {
    institutionPipelineVersions {
      version
      definition
      createdAt
      createdBy {
        id
      }
    }
  }
`);

export const UPDATE_PIPELINE = graphql(`
  mutation UpdatePipeline($definition: JSON!) {
    updateInstitutionPipeline(definition: $definition)
  }
`);

export const SIGN_OFF = graphql(`
  mutation SignOff($designId: ID!, $unit: String!) {
    signOffDesign(designId: $designId, unit: $unit) {
      id
      stage
      unitSignOffs {
        unit
        name
        signedAt
        signedBy {
          id
        }
        canSignOff
      }
    }
  }
`);

export const UNIT_SIGN_OFFS = graphql(`
  query UnitSignOffs($id: ID!) {
    design(id: $id) {
      id
      stage
      unitSignOffs {
        unit
        name
        signedAt
        signedBy {
          id
        }
        canSignOff
      }
    }
  }
`);

export function updatePipeline(admin: Person, definition: unknown) {
  return admin.client.request(UPDATE_PIPELINE, { definition });
}

export async function publishPipeline(admin: Person, definition: unknown): Promise<unknown> {
  return (await admin.client.ok(UPDATE_PIPELINE, { definition })).updateInstitutionPipeline;
}

export function signOff(person: Person, designId: string, unit: string) {
  return person.client.request(SIGN_OFF, { designId, unit });
}

type Json = Record<string, unknown>;
const stage = (name: string, rest: Json = {}): Json => ({
  stage: name,
  kind: 'work',
  snapshot: false,
  decisions: [],
  units: [],
  transitions: [],
  ...rest,
});
const archive = { to: 'ARCHIVED', roles: ['LEAD'], gates: [{ type: 'rationale' }] };
const FINAL = stage('ARCHIVED', { kind: 'final' });
const COMMITTEE_DECISIONS = [{ role: 'COMMITTEE_MEMBER', kinds: ['APPROVE', 'REJECT', 'ABSTAIN'] }];

/** No partner review; a committee approves with `quorum`; faculty may publish. */
export function fastTrack(quorum: unknown = 'majority', name = 'fast track'): Json {
  return {
    name,
    stages: [
      stage('DRAFTING', {
        transitions: [
          {
            to: 'COMMITTEE_REVIEW',
            roles: ['LEAD'],
            gates: [{ type: 'minimumContent', skills: 1, outcomes: 1 }],
          },
        ],
      }),
      stage('COMMITTEE_REVIEW', {
        kind: 'review',
        snapshot: true,
        decisions: COMMITTEE_DECISIONS,
        transitions: [
          { to: 'APPROVED', roles: ['COMMITTEE_MEMBER'], gates: [{ type: 'committeeVotes', quorum }] },
          { to: 'DRAFTING', roles: ['COMMITTEE_MEMBER'], gates: [{ type: 'rationale' }] },
        ],
      }),
      stage('APPROVED', { transitions: [{ to: 'PUBLISHED', roles: ['LEAD', 'FACULTY'], gates: [] }] }),
      stage('PUBLISHED'),
      FINAL,
    ],
    fromAnyStage: [archive],
  };
}

/**
 * Drafting, then a parallel review in PARTNER_REVIEW by the library and the registrar (each
 * signed for by the given people), then approval once both signed off, then publication.
 */
export function parallelReview(signers: { library: string[]; registrar: string[] }): Json {
  return {
    name: 'service review',
    stages: [
      stage('DRAFTING', {
        transitions: [
          {
            to: 'PARTNER_REVIEW',
            roles: ['LEAD'],
            gates: [{ type: 'minimumContent', skills: 1, outcomes: 1 }],
          },
        ],
      }),
      stage('PARTNER_REVIEW', {
        kind: 'parallelReview',
        snapshot: true,
        units: [
          { key: 'library', name: 'Library', signers: signers.library },
          { key: 'registrar', name: 'Registrar', signers: signers.registrar },
        ],
        transitions: [
          { to: 'APPROVED', roles: ['LEAD'], gates: [{ type: 'unitSignOffs' }] },
          { to: 'DRAFTING', roles: ['LEAD'], gates: [{ type: 'rationale' }] },
        ],
      }),
      stage('APPROVED', { transitions: [{ to: 'PUBLISHED', roles: ['LEAD'], gates: [] }] }),
      stage('PUBLISHED'),
      FINAL,
    ],
    fromAnyStage: [archive],
  };
}

/** The default pipeline as the API answers it (version 0). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function defaultDefinition(person: Person): Promise<Record<string, any>> {
  return (await person.client.ok(INSTITUTION_PIPELINE)).institutionPipeline as Json;
}
