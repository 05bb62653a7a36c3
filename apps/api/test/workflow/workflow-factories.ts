/**
 * Operations and set-up helpers of the approval workflow tests (libs/workflow/README.md). Every
 * stage is reached through the real API: the lead submits, partners endorse, the committee votes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import Ajv2019 from 'ajv/dist/2019';
import type { ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

import { GraphQLResponse } from '@mc/testing';

import {
  addOutcome,
  Cast,
  CastMember,
  codeOf,
  colleagueOf,
  errorOf,
  EventRecord,
  institutionAdmin,
  join,
  makeDesign,
  OutcomeRecord,
  Person,
  proposeSkill,
  readEvents,
  SkillRecord,
  storedState,
} from '../designs/design-factories';
import { graphql } from '../gql';
import type {
  CompareQuery,
  CreateDesignInput,
  DecisionFieldsFragment,
  DecisionKind,
  DesignStage,
  SnapshotFieldsFragment,
} from '../gql/graphql';
import { TestApi } from '../test-api';

// ---------------------------------------------------------------------------------------------
// Operations, typed from the committed schema (`npm run codegen` regenerates ../gql)
// ---------------------------------------------------------------------------------------------

graphql(`
  fragment DecisionFields on Decision {
    id
    kind
    revision
    note
    createdAt
    user {
      id
      organization {
        id
        name
        kind
      }
    }
  }
`);

graphql(`
  fragment SnapshotFields on Snapshot {
    id
    revision
    stage
    takenAt
  }
`);

graphql(`
  fragment PublishedDesignFields on PublishedDesign {
    id
    title
    summary
    sector
    targetLearners
    prerequisites
    hours
    deliveryMode
    language
    assessmentApproach
    creditValue
    issuerCountry
    level
    publishedAt
    achievementUrl
    institution {
      id
      name
      kind
    }
    skills {
      name
      description
      priority
      frameworkRef {
        framework
        code
        label
        url
      }
    }
    outcomes {
      statement
      bloomLevel
      assessmentMethod
      position
    }
    endorsedBy {
      id
      name
      kind
    }
  }
`);

export const TRANSITION = graphql(`
  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {
    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {
      id
      stage
      revision
      snapshots {
        ...SnapshotFields
      }
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {
    recordDecision(designId: $designId, kind: $kind, note: $note) {
      ...DecisionFields
    }
  }
`);

export const WORKFLOW = graphql(`
  query Workflow($id: ID!) {
    design(id: $id) {
      id
      stage
      revision
      current: decisions {
        ...DecisionFields
      }
      all: decisions(currentRevisionOnly: false) {
        ...DecisionFields
      }
      snapshots {
        ...SnapshotFields
      }
    }
  }
`);

export const DECISIONS = graphql(`
  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {
    design(id: $id) {
      id
      revision
      decisions(currentRevisionOnly: $currentRevisionOnly) {
        ...DecisionFields
      }
    }
  }
`);

export const SNAPSHOTS = graphql(`
  query Snapshots($id: ID!) {
    design(id: $id) {
      id
      snapshots {
        ...SnapshotFields
      }
    }
  }
`);

export const COMPARE = graphql(`
  query Compare($fromId: ID!, $toId: ID!) {
    compareSnapshots(fromId: $fromId, toId: $toId) {
      path
      before
      after
    }
  }
`);

export const EXPORT_BADGE = graphql(`
  query Badge($designId: ID!) {
    exportOpenBadge(designId: $designId)
  }
`);

export const EXPORT_BRIEF = graphql(`
  query Brief($designId: ID!) {
    exportBrief(designId: $designId)
  }
`);

export const CATALOG = graphql(`
  query Catalog($first: Int, $after: String, $search: String, $sector: String, $deliveryMode: DeliveryMode) {
    publishedCatalog(
      first: $first
      after: $after
      search: $search
      sector: $sector
      deliveryMode: $deliveryMode
    ) {
      edges {
        cursor
        node {
          id
          title
          publishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** The catalog with every field of the public type. */
export const CATALOG_DETAIL = graphql(`
  query CatalogDetail($first: Int, $after: String, $search: String) {
    publishedCatalog(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          ...PublishedDesignFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const PUBLISHED_DESIGN = graphql(`
  query PublishedDesign($id: ID!) {
    publishedDesign(id: $id) {
      ...PublishedDesignFields
    }
  }
`);

/** Validates an OB 3.0 `Achievement` against the official 1EdTech schema shipped with libs/workflow. */
export const validAchievement: ValidateFunction = (() => {
  const schema = JSON.parse(
    readFileSync(
      resolve(
        __dirname,
        '../../../../libs/workflow/src/exports/testdata/ob_v3p0_achievementcredential_schema.json',
      ),
      'utf8',
    ),
  ) as { $id: string };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv.compile({ $ref: `${schema.$id}#/$defs/Achievement` });
})();

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

export type DecisionRecord = DecisionFieldsFragment;
export type SnapshotRecord = SnapshotFieldsFragment;
export type FieldChange = CompareQuery['compareSnapshots'][number];

export interface MissingGate {
  gate: string;
  message: string;
  [detail: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/** A transition attempt, answered as it comes (errors included). */
export function transition(person: Person, designId: string, to: DesignStage, rationale?: string) {
  // an omitted rationale is not the same request as `rationale: null`
  const variables = rationale === undefined ? { designId, to } : { designId, to, rationale };
  return person.client.request(TRANSITION, variables);
}

/** A transition that must succeed. */
export async function move(person: Person, designId: string, to: DesignStage, rationale?: string) {
  const result = await transition(person, designId, to, rationale);
  if (result.errors?.length || !result.data) {
    throw new Error(`transition to ${to} failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data.transitionDesign;
}

export function decision(person: Person, designId: string, kind: DecisionKind, note?: string) {
  const variables = note === undefined ? { designId, kind } : { designId, kind, note };
  return person.client.request(RECORD_DECISION, variables);
}

/** A decision that must be recorded. */
export async function decide(person: Person, designId: string, kind: DecisionKind, note?: string) {
  const result = await decision(person, designId, kind, note);
  if (result.errors?.length || !result.data) {
    throw new Error(`decision ${kind} failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data.recordDecision;
}

export async function readDecisions(person: Person, designId: string, currentRevisionOnly = true) {
  return (await person.client.ok(DECISIONS, { id: designId, currentRevisionOnly })).design.decisions;
}

export async function readSnapshots(person: Person, designId: string): Promise<SnapshotRecord[]> {
  return (await person.client.ok(SNAPSHOTS, { id: designId })).design.snapshots;
}

export async function compare(person: Person, fromId: string, toId: string): Promise<FieldChange[]> {
  return (await person.client.ok(COMPARE, { fromId, toId })).compareSnapshots;
}

/**
 * The design's Open Badges 3.0 Achievement. The schema types it as JSON, so the caller names the
 * shape it checks (and validates it with `validAchievement`).
 */
export async function exportBadge<T = Record<string, unknown>>(person: Person, designId: string): Promise<T> {
  return (await person.client.ok(EXPORT_BADGE, { designId })).exportOpenBadge as T;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Everything a refused workflow call must leave alone: the stage, revision, decisions (all
 * revisions), snapshots and the log, as the API shows them, and the log length as stored.
 */
export async function workflowState(api: TestApi, viewer: Person, designId: string) {
  const { design } = await viewer.client.ok(WORKFLOW, { id: designId });
  const events = await readEvents(viewer, designId, 0, 1000);
  const [stored] = await api.sql<{ n: string }>(
    'SELECT count(*) AS n FROM design_events WHERE design_id = $1',
    [designId],
  );
  return {
    stage: design.stage,
    revision: design.revision,
    current: byId(design.current),
    all: byId(design.all),
    snapshots: design.snapshots,
    events,
    storedEvents: Number(stored!.n),
  };
}

export async function stageChanges(viewer: Person, designId: string): Promise<EventRecord[]> {
  return (await readEvents(viewer, designId, 0, 1000)).filter((e) => e.type === 'stage.changed');
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export function extensionsOf(result: GraphQLResponse<unknown>): Record<string, unknown> {
  return (errorOf(result).extensions ?? {}) as Record<string, unknown>;
}

/** `extensions.missing` of a PRECONDITION_FAILED transition. */
export function missingOf(result: GraphQLResponse<unknown>): MissingGate[] {
  const missing = extensionsOf(result)['missing'];
  return Array.isArray(missing) ? (missing as MissingGate[]) : [];
}

export function gatesOf(result: GraphQLResponse<unknown>): string[] {
  return missingOf(result)
    .map((m) => m.gate)
    .sort();
}

export function gateOf(result: GraphQLResponse<unknown>, gate: string): MissingGate | undefined {
  return missingOf(result).find((m) => m.gate === gate);
}

export const idsOf = (list: Array<{ id: string }> | undefined): string[] =>
  (list ?? []).map((x) => x.id).sort();

// ---------------------------------------------------------------------------------------------
// Casts
// ---------------------------------------------------------------------------------------------

export type Pipeline<M extends CastMember> = Cast<M> & {
  skill: SkillRecord;
  outcome: OutcomeRecord;
  /** The participants with the EMPLOYER_PARTNER role. */
  partners: Person[];
  committee: Person[];
};

const PARTNER_MEMBERS: readonly CastMember[] = ['employer', 'employer2', 'community'];

/**
 * A design ready to be submitted: the named participants, `committee` committee members of the
 * lead's institution, one ESSENTIAL skill and one outcome covering it.
 */
export async function pipelineDesign<M extends CastMember = never>(
  api: TestApi,
  options: {
    with?: readonly M[];
    committee?: number;
    input?: Partial<CreateDesignInput>;
    /** The lead (ADMIN of their institution); a new institution's founder by default. */
    lead?: Person;
    /** Moved forward up to this stage the way its people would (see `advance`). */
    stage?: DesignStage;
  } = {},
): Promise<Pipeline<M>> {
  const cast = await makeDesign(api, { with: options.with ?? [], input: options.input, lead: options.lead });
  const members = cast as unknown as Record<string, Person | undefined>;
  const partners = PARTNER_MEMBERS.map((m) => members[m]).filter((p): p is Person => !!p);
  const committee: Person[] = [];
  for (let i = 0; i < (options.committee ?? 0); i += 1) {
    const member = await colleagueOf(api, cast.lead);
    await join(cast, member, 'COMMITTEE_MEMBER');
    committee.push(member);
  }
  const skill = await proposeSkill(partners[0] ?? cast.lead, cast.designId, {
    name: 'Reads electrical schematics',
    priority: 'ESSENTIAL',
  });
  const author = members['faculty'] ?? cast.lead;
  const outcome = await addOutcome(author, cast.designId, {
    statement: 'Learners trace a fault through a wiring schematic',
    skillIds: [skill.id],
  });
  const pipeline = { ...cast, skill, outcome, partners, committee } as Pipeline<M>;
  if (options.stage) await advance(pipeline, options.stage);
  return pipeline;
}

/** Every partner endorses (on the current revision). */
export async function endorseAll(p: { designId: string; partners: Person[] }) {
  for (const partner of p.partners) await decide(partner, p.designId, 'ENDORSE', 'Fits our hiring needs');
}

/** A majority of the committee approves. */
export async function majorityApproves(p: { designId: string; committee: Person[] }) {
  const needed = Math.floor(p.committee.length / 2) + 1;
  for (const member of p.committee.slice(0, needed))
    await decide(member, p.designId, 'APPROVE', 'Sound design');
}

const ORDER: readonly DesignStage[] = [
  'DRAFTING',
  'PARTNER_REVIEW',
  'COMMITTEE_REVIEW',
  'APPROVED',
  'PUBLISHED',
];

/**
 * Moves a design forward through the default pipeline up to `stage` (or archives it), the way
 * its people would: the lead submits, every partner endorses, a majority of the committee approves.
 */
export async function advance(
  p: { designId: string; lead: Person; partners: Person[]; committee: Person[] },
  stage: DesignStage,
  from: DesignStage = 'DRAFTING',
): Promise<void> {
  if (stage === 'ARCHIVED') {
    await move(p.lead, p.designId, 'ARCHIVED', 'No longer needed');
    return;
  }
  for (let i = ORDER.indexOf(from) + 1; i <= ORDER.indexOf(stage); i += 1) {
    const next = ORDER[i]!;
    if (next === 'COMMITTEE_REVIEW') await endorseAll(p);
    if (next === 'APPROVED') {
      await majorityApproves(p);
      await move(p.committee[0]!, p.designId, 'APPROVED');
    } else {
      await move(p.lead, p.designId, next);
    }
  }
}

/**
 * The whole cast of a workflow test: faculty, an employer partner, an observer, three committee
 * members, and an ADMIN of the institution who does not take part in the design.
 */
export type FullCast = Pipeline<'faculty' | 'employer' | 'observer'> & { admin: Person };

/** A design with the whole cast, moved forward up to `stage` the way its people would. */
export async function fullDesign(api: TestApi, stage?: DesignStage): Promise<FullCast> {
  const p = await pipelineDesign(api, { with: ['faculty', 'employer', 'observer'], committee: 3, stage });
  return { ...p, admin: await institutionAdmin(api, p) };
}

// ---------------------------------------------------------------------------------------------
// Nothing changed
// ---------------------------------------------------------------------------------------------

/** Row counts of every table of the database (workflow tables included, whatever their names). */
export async function rowCounts(api: TestApi): Promise<Record<string, number>> {
  const tables = await api.sql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await api.sql<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(row!.n);
  }
  return counts;
}

/**
 * Takes stock of a design (stage, revision, decisions, snapshots, log) and of the whole database,
 * and gives a check that nothing of it changed since.
 */
export async function watch(api: TestApi, viewer: Person, designId: string): Promise<() => Promise<void>> {
  const workflow = await workflowState(api, viewer, designId);
  const stored = await storedState(api);
  const counts = await rowCounts(api);
  return async () => {
    expect(await workflowState(api, viewer, designId)).toEqual(workflow);
    expect(await storedState(api)).toEqual(stored);
    expect(await rowCounts(api)).toEqual(counts);
  };
}

/** Expects `attempt` refused with `code`, and that nothing changed for the design (or anywhere). */
export async function expectRefused(
  api: TestApi,
  p: { designId: string; lead: Person },
  attempt: () => Promise<GraphQLResponse<unknown>>,
  code: string,
): Promise<GraphQLResponse<unknown>> {
  const unchanged = await watch(api, p.lead, p.designId);
  const result = await attempt();
  expect(codeOf(result)).toBe(code);
  await unchanged();
  return result;
}
