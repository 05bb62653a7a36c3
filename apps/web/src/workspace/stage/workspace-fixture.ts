/**
 * Test helpers for the workspace parts: a design as the workspace query returns it, the props the
 * page hands each part, and an urql client that answers what a test says.
 */
import { Client, Exchange, getOperationName, makeResult } from 'urql';
import { filter, map, pipe } from 'wonka';

import type { DecisionKind, DesignRole, DesignStage } from '../../gql/graphql';
import type { WorkspaceDesign, WorkspaceMe } from '../design-query';
import { draftReadiness } from '../readiness/readiness-fixture';
import { DesignData, withPermissions } from '../test-permissions';
import type { WorkspacePartProps } from '../workspace-props';

import { PIPELINE_STAGES } from './pipeline';

export const ORG = {
  college: { id: 'org-college', name: 'Northern Polytechnic', kind: 'POST_SECONDARY' as const },
  aurora: { id: 'org-aurora', name: 'Aurora Electric', kind: 'EMPLOYER' as const },
  coast: { id: 'org-coast', name: 'Coast Builders', kind: 'EMPLOYER' as const },
};

export const PEOPLE = {
  lena: { id: 'u-lena', displayName: 'Lena Lead', email: 'lena@college.ca', organization: ORG.college },
  ana: { id: 'u-ana', displayName: 'Ana Lee', email: 'ana@aurora.com', organization: ORG.aurora },
  andre: { id: 'u-andre', displayName: 'Andre Novak', email: 'andre@coast.com', organization: ORG.coast },
  colin: {
    id: 'u-colin',
    displayName: 'Colin Committee',
    email: 'colin@college.ca',
    organization: ORG.college,
  },
};

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

export function participant(user: Person, role: DesignRole) {
  return { role, joinedAt: '2025-01-01T10:00:00.000Z', user };
}

/** A drafting design led by Lena; `myPermissions` as the API would answer them for `myRole` unless given. */
export function makeDesign(overrides: DesignData = {}): WorkspaceDesign {
  const design: Parameters<typeof withPermissions>[0] = {
    id: 'design-1',
    title: 'Industrial Electrical Troubleshooting',
    summary: null,
    sector: null,
    targetLearners: null,
    prerequisites: null,
    hours: null,
    deliveryMode: null,
    language: null,
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
    version: 2,
    myRole: 'LEAD',
    availableTransitions: [
      { to: 'PARTNER_REVIEW', rationaleRequired: false },
      { to: 'ARCHIVED', rationaleRequired: true },
    ],
    availableDecisions: [],
    committeeVotesNeeded: null,
    unitSignOffs: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-02T10:00:00.000Z',
    institution: { id: ORG.college.id, name: ORG.college.name },
    participants: [
      participant(PEOPLE.lena, 'LEAD'),
      participant(PEOPLE.ana, 'EMPLOYER_PARTNER'),
      participant(PEOPLE.andre, 'EMPLOYER_PARTNER'),
      participant(PEOPLE.colin, 'COMMITTEE_MEMBER'),
    ],
    skills: [
      {
        id: 'skill-wiring',
        name: 'Wiring',
        description: null,
        priority: 'ESSENTIAL',
        version: 1,
        frameworkRef: null,
        proposedBy: { id: PEOPLE.ana.id, displayName: PEOPLE.ana.displayName, organization: ORG.aurora },
        coveredBy: [],
      },
    ],
    outcomes: [
      {
        id: 'outcome-1',
        statement: 'Trace a fault through a wiring diagram',
        bloomLevel: 'APPLY',
        assessmentMethod: null,
        position: 1,
        version: 1,
        skills: [],
        issues: [],
      },
    ],
    comments: [],
    coverage: {
      uncoveredSkills: [{ id: 'skill-wiring' }],
      uncoveredEssentialSkills: [{ id: 'skill-wiring' }],
    },
    decisions: [],
    snapshots: [],
    derivedFrom: null,
    suggestions: [],
    ...overrides,
  };
  return withPermissions(design);
}

export function makeProps(
  design: WorkspaceDesign,
  me: WorkspaceMe = { id: PEOPLE.lena.id, displayName: PEOPLE.lena.displayName, email: PEOPLE.lena.email },
): WorkspacePartProps {
  return { design, me, presence: [], setFocus: jest.fn(), refresh: jest.fn() };
}

/** The user `role` in `stage`: `me` is the first participant holding that role. */
export function propsAs(role: DesignRole, stage: DesignStage, overrides: DesignData = {}) {
  const design = makeDesign({
    stage,
    myRole: role,
    availableTransitions: availableTransitions(DEFAULT_PIPELINE, stage, role).map(
      ({ to, rationaleRequired }) => ({
        to,
        rationaleRequired,
      }),
    ),
    availableDecisions: availableDecisions(DEFAULT_PIPELINE, stage, role),
    ...overrides,
  });
  const holder = design.participants.find((p) => p.role === role)?.user ?? PEOPLE.lena;
  return makeProps(design, { id: holder.id, displayName: holder.displayName, email: holder.email });
}

export interface MutationCall {
  /** The operation's name: `TransitionDesign`, `AddComment`, `DesignHistory` … */
  operation: string;
  variables: Record<string, unknown>;
}

export type Answer = (call: MutationCall) => {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
};

/**
 * An urql client for component tests, without a network: every query and mutation is recorded
 * and answered by `answer` (data, or GraphQL errors with their `extensions`).
 */
export function mockClient(answer: Answer) {
  const calls: MutationCall[] = [];
  const answering: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        const call = {
          operation: getOperationName(operation.query) ?? '',
          variables: operation.variables as Record<string, unknown>,
        };
        calls.push(call);
        const { data, errors } = answer(call);
        return makeResult(operation, errors ? { data: null, errors } : { data });
      }),
    );
  const client = new Client({ url: 'http://api.test/graphql', exchanges: [answering] });
  return { client, calls };
}

/** The value, which the test expects to be there (a clear failure, and no `!`, when it is not). */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, found none');
  return value;
}

/** What the API answers under the default pipeline (libs/workflow's DEFAULT_PIPELINE). */
interface TransitionRule {
  from: DesignStage | '*';
  to: DesignStage;
  roles: DesignRole[];
  rationaleRequired: boolean;
}

interface DecisionRule {
  stage: DesignStage;
  role: DesignRole;
  kinds: DecisionKind[];
}

interface Pipeline {
  transitions: TransitionRule[];
  decisions: DecisionRule[];
  finalStages: DesignStage[];
}

const DEFAULT_PIPELINE: Pipeline = {
  transitions: [
    { from: 'DRAFTING', to: 'PARTNER_REVIEW', roles: ['LEAD'], rationaleRequired: false },
    { from: 'PARTNER_REVIEW', to: 'DRAFTING', roles: ['LEAD', 'EMPLOYER_PARTNER'], rationaleRequired: true },
    { from: 'PARTNER_REVIEW', to: 'COMMITTEE_REVIEW', roles: ['LEAD'], rationaleRequired: false },
    { from: 'COMMITTEE_REVIEW', to: 'DRAFTING', roles: ['COMMITTEE_MEMBER'], rationaleRequired: true },
    { from: 'COMMITTEE_REVIEW', to: 'APPROVED', roles: ['COMMITTEE_MEMBER'], rationaleRequired: false },
    { from: 'APPROVED', to: 'PUBLISHED', roles: ['LEAD'], rationaleRequired: false },
    { from: '*', to: 'ARCHIVED', roles: ['LEAD'], rationaleRequired: true },
  ],
  decisions: [
    { stage: 'PARTNER_REVIEW', role: 'EMPLOYER_PARTNER', kinds: ['ENDORSE', 'REQUEST_CHANGES'] },
    {
      stage: 'COMMITTEE_REVIEW',
      role: 'COMMITTEE_MEMBER',
      kinds: ['APPROVE', 'REJECT', 'REQUEST_CHANGES', 'ABSTAIN'],
    },
  ],
  finalStages: ['ARCHIVED'],
};

/** The rule for moving from `from` to `to` (a rule for that very stage wins over a '*' one). */
function findTransition(pipeline: Pipeline, from: DesignStage, to: DesignStage): TransitionRule | undefined {
  return (
    pipeline.transitions.find((rule) => rule.from === from && rule.to === to) ??
    (pipeline.finalStages.includes(from) || from === to
      ? undefined
      : pipeline.transitions.find((rule) => rule.from === '*' && rule.to === to))
  );
}

/** The moves `role` may make from `stage`, in pipeline order (forward first, archive last). */
function availableTransitions(
  pipeline: Pipeline,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): TransitionRule[] {
  if (!role) return [];
  const targets = [...new Set(pipeline.transitions.map((rule) => rule.to))];
  const rules = targets
    .map((to) => findTransition(pipeline, stage, to))
    .filter((rule): rule is TransitionRule => !!rule && rule.roles.includes(role));
  const order = (rule: TransitionRule) =>
    rule.to === 'ARCHIVED' ? 2 : PIPELINE_STAGES.indexOf(rule.to) < PIPELINE_STAGES.indexOf(stage) ? 1 : 0;
  return rules.sort((a, b) => order(a) - order(b));
}

/** The decisions `role` may record in `stage`. */
function availableDecisions(
  pipeline: Pipeline,
  stage: DesignStage,
  role: DesignRole | null | undefined,
): DecisionKind[] {
  if (!role) return [];
  return pipeline.decisions
    .filter((rule) => rule.stage === stage && rule.role === role)
    .flatMap((r) => r.kinds);
}
