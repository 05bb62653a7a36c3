/**
 * Test data for the workspace parts of this folder and its neighbours (skills, outcomes,
 * alignment): a design as the workspace query returns it, and a stand-in urql client whose
 * mutations answer what the test says. Used by *.spec.tsx only.
 */
import { CombinedError, Client } from 'urql';
import { fromValue } from 'wonka';

import type { WorkspaceDesign, WorkspaceSkill } from '../design-query';
import { draftReadiness } from '../readiness/readiness-fixture';
import { DesignData, OutcomeData, SkillData, withPermissions } from '../test-permissions';
import type { WorkspacePartProps } from '../workspace-props';

export const ME = { id: 'user-lead', displayName: 'Lena Faculty', email: 'lena@college.ca' };

const COLLEGE = { id: 'org-college', name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' as const };
const EMPLOYER = { id: 'org-employer', name: 'Aurora Electric', kind: 'EMPLOYER' as const };

export function skill(
  id: string,
  name: string,
  priority: WorkspaceSkill['priority'],
  extra: Partial<SkillData> = {},
) {
  return {
    id,
    name,
    description: null,
    priority,
    version: 1,
    frameworkRef: null,
    proposedBy: {
      id: 'user-employer',
      displayName: 'Emma Employer',
      organization: { id: EMPLOYER.id, name: EMPLOYER.name },
    },
    coveredBy: [],
    ...extra,
  } satisfies SkillData;
}

export function outcome(
  id: string,
  position: number,
  statement: string,
  skillIds: string[],
  extra: Partial<OutcomeData> = {},
) {
  return {
    id,
    statement,
    bloomLevel: 'APPLY',
    assessmentMethod: null,
    position,
    version: 1,
    skills: skillIds.map((s) => ({ id: s })),
    issues: [],
    ...extra,
  } satisfies OutcomeData;
}

/**
 * A drafting design led by ME, with an employer partner; coverage computed from the outcomes, and
 * `myPermissions` as the API would answer them for `myRole` unless given.
 */
export function makeDesign(overrides: DesignData = {}): WorkspaceDesign {
  const skills = overrides.skills ?? [];
  const outcomes = overrides.outcomes ?? [];
  const covered = new Set(outcomes.flatMap((o) => o.skills.map((s) => s.id)));
  const uncovered = skills.filter((s) => !covered.has(s.id));
  const design: Parameters<typeof withPermissions>[0] = {
    id: 'design-1',
    title: 'Industrial Electrical Troubleshooting',
    summary: null,
    sector: 'Energy',
    targetLearners: null,
    prerequisites: null,
    hours: 40,
    deliveryMode: 'HYBRID',
    language: 'en',
    assessmentApproach: null,
    participationForm: null,
    qualityAssurance: null,
    creditValue: null,
    stackability: null,
    price: null,
    validityPeriod: null,
    issuerCountry: null,
    level: null,
    readiness: draftReadiness(),
    stage: 'DRAFTING',
    revision: 3,
    version: 3,
    myRole: 'LEAD',
    availableTransitions: [
      { to: 'PARTNER_REVIEW', rationaleRequired: false },
      { to: 'ARCHIVED', rationaleRequired: true },
    ],
    availableDecisions: [],
    committeeVotesNeeded: null,
    unitSignOffs: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    institution: { id: COLLEGE.id, name: COLLEGE.name },
    participants: [
      { role: 'LEAD', joinedAt: '2025-01-01T10:00:00.000Z', user: { ...ME, organization: COLLEGE } },
      {
        role: 'EMPLOYER_PARTNER',
        joinedAt: '2025-01-01T10:00:00.000Z',
        user: {
          id: 'user-employer',
          displayName: 'Emma Employer',
          email: 'emma@aurora.com',
          organization: EMPLOYER,
        },
      },
    ],
    comments: [],
    coverage: {
      uncoveredSkills: uncovered.map((s) => ({ id: s.id })),
      uncoveredEssentialSkills: uncovered
        .filter((s) => s.priority === 'ESSENTIAL')
        .map((s) => ({ id: s.id })),
    },
    decisions: [],
    snapshots: [],
    derivedFrom: null,
    suggestions: [],
    ...overrides,
    skills,
    outcomes,
  };
  return withPermissions(design);
}

export function partProps(design: WorkspaceDesign, me = ME) {
  return {
    design,
    me,
    presence: [],
    setFocus: jest.fn<void, Parameters<WorkspacePartProps['setFocus']>>(),
    refresh: jest.fn<void, []>(),
  } satisfies WorkspacePartProps;
}

/** What a mocked mutation answers: data, or a GraphQL error with its extensions. */
export type MockAnswer =
  { data: Record<string, unknown> } | { error: { message: string; extensions: Record<string, unknown> } };

/**
 * A stand-in for urql's client: every mutation is recorded (operation name and variables) and
 * answered by `answer`, one result, as the real client would after a round trip.
 */
export function mockClient(
  answer: (call: { operation: string; variables: Record<string, unknown> }) => MockAnswer,
) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const executeMutation = jest.fn(
    (request: { query: { definitions: ReadonlyArray<unknown> }; variables: unknown }) => {
      const definition = request.query.definitions[0] as { name?: { value: string } };
      const call = {
        operation: definition.name?.value ?? '',
        variables: request.variables as Record<string, unknown>,
      };
      calls.push(call);
      const result = answer(call);
      return fromValue({
        operation: request,
        data: 'data' in result ? result.data : undefined,
        error: 'error' in result ? new CombinedError({ graphQLErrors: [result.error] }) : undefined,
        stale: false,
        hasNext: false,
      });
    },
  );
  return { client: { executeMutation } as unknown as Client, calls, executeMutation };
}
