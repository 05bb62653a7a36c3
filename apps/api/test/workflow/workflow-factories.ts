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
  colleagueOf,
  errorOf,
  join,
  makeDesign,
  OutcomeRecord,
  Person,
  proposeSkill,
  readEvents,
  SkillRecord,
  EventRecord,
  storedState,
} from '../designs/design-factories';
import { TestApi } from '../test-api';

// ---------------------------------------------------------------------------------------------
// Operations (the names of /work/shared/contract/schema.graphql)
// ---------------------------------------------------------------------------------------------

export const DECISION_FIELDS = `id kind revision note createdAt user { id organization { id name kind } }`;
export const SNAPSHOT_FIELDS = `id revision stage takenAt`;

export const TRANSITION = `
  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {
    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {
      id stage revision snapshots { ${SNAPSHOT_FIELDS} }
    }
  }`;

export const RECORD_DECISION = `
  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {
    recordDecision(designId: $designId, kind: $kind, note: $note) { ${DECISION_FIELDS} }
  }`;

export const WORKFLOW = `
  query Workflow($id: ID!) {
    design(id: $id) {
      id stage revision
      current: decisions { ${DECISION_FIELDS} }
      all: decisions(currentRevisionOnly: false) { ${DECISION_FIELDS} }
      snapshots { ${SNAPSHOT_FIELDS} }
    }
  }`;

export const DECISIONS = `
  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {
    design(id: $id) { id revision decisions(currentRevisionOnly: $currentRevisionOnly) { ${DECISION_FIELDS} } }
  }`;

export const SNAPSHOTS = `query Snapshots($id: ID!) { design(id: $id) { id snapshots { ${SNAPSHOT_FIELDS} } } }`;

export const COMPARE = `
  query Compare($fromId: ID!, $toId: ID!) { compareSnapshots(fromId: $fromId, toId: $toId) { path before after } }`;

export const EXPORT_BADGE = `query Badge($designId: ID!) { exportOpenBadge(designId: $designId) }`;
export const EXPORT_BRIEF = `query Brief($designId: ID!) { exportBrief(designId: $designId) }`;

export const PUBLISHED_DESIGN_FIELDS = `
  id title summary sector targetLearners prerequisites hours deliveryMode language assessmentApproach
  creditValue issuerCountry level publishedAt achievementUrl
  institution { id name kind }
  skills { name description priority frameworkRef { framework code label url } }
  outcomes { statement bloomLevel assessmentMethod position }
  endorsedBy { id name kind }`;

export const CATALOG = `
  query Catalog($first: Int, $after: String, $search: String) {
    publishedCatalog(first: $first, after: $after, search: $search) {
      edges { cursor node { id title publishedAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`;

/** The catalog with every field of the public type. */
export const CATALOG_DETAIL = `
  query CatalogDetail($first: Int, $after: String, $search: String) {
    publishedCatalog(first: $first, after: $after, search: $search) {
      edges { cursor node { ${PUBLISHED_DESIGN_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`;

export const PUBLISHED_DESIGN = `
  query PublishedDesign($id: ID!) { publishedDesign(id: $id) { ${PUBLISHED_DESIGN_FIELDS} } }`;

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

export interface DecisionRecord {
  id: string;
  kind: string;
  revision: number;
  note: string | null;
  createdAt: string;
  user: { id: string; organization: { id: string; name: string; kind: string } };
}

export interface SnapshotRecord {
  id: string;
  revision: number;
  stage: string;
  takenAt: string;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface MissingGate {
  gate: string;
  message: string;
  [detail: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/** A transition attempt, answered as it comes (errors included). */
export function transition(
  person: Person,
  designId: string,
  to: string,
  rationale?: string,
): Promise<
  GraphQLResponse<{
    transitionDesign: { id: string; stage: string; revision: number; snapshots: SnapshotRecord[] };
  }>
> {
  const variables: Record<string, unknown> = { designId, to };
  if (rationale !== undefined) variables['rationale'] = rationale;
  return person.client.request(TRANSITION, variables);
}

/** A transition that must succeed. */
export async function move(person: Person, designId: string, to: string, rationale?: string) {
  const result = await transition(person, designId, to, rationale);
  if (result.errors?.length || !result.data) {
    throw new Error(`transition to ${to} failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data.transitionDesign;
}

export function decision(
  person: Person,
  designId: string,
  kind: string,
  note?: string,
): Promise<GraphQLResponse<{ recordDecision: DecisionRecord }>> {
  const variables: Record<string, unknown> = { designId, kind };
  if (note !== undefined) variables['note'] = note;
  return person.client.request(RECORD_DECISION, variables);
}

/** A decision that must be recorded. */
export async function decide(person: Person, designId: string, kind: string, note?: string) {
  const result = await decision(person, designId, kind, note);
  if (result.errors?.length || !result.data) {
    throw new Error(`decision ${kind} failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data.recordDecision;
}

export async function readDecisions(person: Person, designId: string, currentRevisionOnly = true) {
  return (
    await person.client.ok<{ design: { decisions: DecisionRecord[] } }>(DECISIONS, {
      id: designId,
      currentRevisionOnly,
    })
  ).design.decisions;
}

export async function readSnapshots(person: Person, designId: string): Promise<SnapshotRecord[]> {
  return (await person.client.ok<{ design: { snapshots: SnapshotRecord[] } }>(SNAPSHOTS, { id: designId }))
    .design.snapshots;
}

export async function compare(person: Person, fromId: string, toId: string): Promise<FieldChange[]> {
  return (await person.client.ok<{ compareSnapshots: FieldChange[] }>(COMPARE, { fromId, toId }))
    .compareSnapshots;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Everything a refused workflow call must leave alone: the stage, revision, decisions (all
 * revisions), snapshots and the log, as the API shows them, and the log length as stored.
 */
export async function workflowState(api: TestApi, viewer: Person, designId: string) {
  const { design } = await viewer.client.ok<{
    design: {
      id: string;
      stage: string;
      revision: number;
      current: DecisionRecord[];
      all: DecisionRecord[];
      snapshots: SnapshotRecord[];
    };
  }>(WORKFLOW, { id: designId });
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
  options: { with?: readonly M[]; committee?: number; input?: Record<string, unknown> } = {},
): Promise<Pipeline<M>> {
  const cast = await makeDesign(api, { with: options.with ?? [], input: options.input });
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
  return { ...cast, skill, outcome, partners, committee } as Pipeline<M>;
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

const ORDER = ['DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED'];

/**
 * Moves a design forward through the default pipeline up to `stage` (or archives it), the way
 * its people would: the lead submits, every partner endorses, a majority of the committee approves.
 */
export async function advance(
  p: { designId: string; lead: Person; partners: Person[]; committee: Person[] },
  stage: string,
  from = 'DRAFTING',
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
