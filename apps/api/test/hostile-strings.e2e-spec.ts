/**
 * Every string a client can send gets a clean answer (SPEC "Errors"). The cases come from the live
 * schema, not from a hand list: every string-typed argument and input-object field (recursively,
 * `ID`s and lists of strings included) of every mutation, every query and every field that takes
 * arguments. Each call is otherwise valid (real design, skill, outcome, comment and invitation,
 * sent by a user allowed to make it), so without the text rule it would reach the database; with
 * it, each hostile string is refused with BAD_USER_INPUT naming the field, and no row of any table
 * changes. The same calls with ordinary text (tab, newline, emoji) succeed and store it.
 */
import { randomUUID } from 'node:crypto';

import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { GraphQLResponse } from '@mc/testing';

import {
  addComment,
  addOutcome,
  codeOf,
  fieldsOf,
  founder,
  invite,
  makeDesign,
  Person,
  proposeSkill,
  unique,
} from './designs/design-factories';
import { InviteToOrganizationDocument, PASSWORD } from './identity-factories';
import { startTestApi, TestApi } from './test-api';

const HOSTILE = [
  ['a NUL byte', 'a\u0000b'],
  ['a lone high surrogate', 'x\ud800'],
  ['a lone low surrogate', '\udc00x'],
  ['a control character (bell)', 'ding\u0007'],
] as const;

/** Scalars that are not text; every other scalar (String, ID, custom ones) carries client text. */
const NOT_TEXT = new Set(['Int', 'Float', 'Boolean']);

/** Enum values that make an otherwise valid call (the first value of the others will do). */
const ENUM_VALUES: Record<string, string> = {
  CommentTarget: 'DESIGN',
  DesignRole: 'OBSERVER',
  OrgRole: 'MEMBER',
  DesignStage: 'PARTNER_REVIEW',
  DecisionKind: 'ENDORSE',
  OrganizationKind: 'EMPLOYER',
  SkillPriority: 'ESSENTIAL',
  BloomLevel: 'APPLY',
};

/** Optional fields left out of the ordinary calls: they contradict another field of the same call. */
const CONFLICTING_OPTIONALS = new Set(['organizationInvitationToken', 'parentId']);

/**
 * The mutations this test knows how to call so that they succeed. Their ordinary calls must
 * succeed and store the text; a mutation added later (called with generic values) must at least
 * not refuse ordinary text nor fail with INTERNAL_SERVER_ERROR. Add it here once it succeeds.
 */
const KNOWN = new Set([
  'acceptInvitation',
  'addComment',
  'addOutcome',
  'createDesign',
  'inviteToDesign',
  'inviteToOrganization',
  'logIn',
  'markNotificationsRead',
  'proposeSkill',
  'recordDecision',
  'removeOutcome',
  'removeParticipant',
  'removeSkill',
  'resolveComment',
  'signUp',
  'transitionDesign',
  'updateDesign',
  'updateOutcome',
  'updateSkill',
]);

/** Known mutations whose ordinary call uses up its record: they run after the others, in this order. */
const USES_UP = [
  'transitionDesign',
  'recordDecision',
  'resolveComment',
  'removeOutcome',
  'removeSkill',
  'removeParticipant',
  'acceptInvitation',
];

interface Fixtures {
  lead: Person;
  designId: string;
  skillId: string;
  outcomeId: string;
  commentId: string;
  /** A faculty member of the design, whom `removeParticipant` may take out. */
  faculty: Person;
  /** A second design of the same lead, ready to be submitted, for the workflow mutations. */
  reviewId: string;
  reviewPartner: Person;
  /** Invited to the design, not yet joined: the one who may accept `invitationToken`. */
  invitee: Person;
  invitationToken: string;
  organizationInvitationToken: string;
}

let api: TestApi;
let schema: GraphQLSchema;
let fx: Fixtures;

beforeAll(async () => {
  api = await startTestApi();
  const introspection = await api.client.ok<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection);

  const main = await makeDesign(api, { with: ['faculty', 'employer'] });
  const skill = await proposeSkill(main.lead, main.designId);
  const outcome = await addOutcome(main.lead, main.designId, { skillIds: [skill.id] });
  const comment = await addComment(main.employer, { designId: main.designId });
  const review = await makeDesign(api, { lead: main.lead, with: ['employer'] });
  const essential = await proposeSkill(review.employer, review.designId, { priority: 'ESSENTIAL' });
  await addOutcome(main.lead, review.designId, { skillIds: [essential.id] });
  const invitee = await founder(api, 'EMPLOYER');
  const invitationToken = await invite(main, invitee.user.email, 'OBSERVER');
  const { inviteToOrganization } = await main.lead.client.ok(InviteToOrganizationDocument, {
    email: `${unique('colleague')}@example.org`,
    orgRole: 'MEMBER',
  });
  fx = {
    lead: main.lead,
    designId: main.designId,
    skillId: skill.id,
    outcomeId: outcome.id,
    commentId: comment.id,
    faculty: main.faculty,
    reviewId: review.designId,
    reviewPartner: review.employer,
    invitee,
    invitationToken,
    organizationInvitationToken: inviteToOrganization.token,
  };
});
afterAll(() => api?.close());

// ---------------------------------------------------------------------------------------------
// The cases, from the schema
// ---------------------------------------------------------------------------------------------

/** A text-carrying place in a field's arguments: `input.frameworkRef.code`, `ids` (a list). */
interface TextPath {
  path: string;
  list: boolean;
  /** String or ID: BAD_USER_INPUT must name it. A custom scalar may be refused by its own parser. */
  plain: boolean;
}

function textPaths(type: GraphQLInputType, at: string, depth = 0): TextPath[] {
  const nullable = getNullableType(type);
  const list = isListType(nullable);
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth > 5) return [];
    return Object.values(named.getFields()).flatMap((f) => textPaths(f.type, `${at}.${f.name}`, depth + 1));
  }
  if (isScalarType(named) && !NOT_TEXT.has(named.name)) {
    return [{ path: at, list, plain: named.name === 'String' || named.name === 'ID' }];
  }
  return [];
}

type Operation = 'mutation' | 'query';

interface FieldCase {
  operation: Operation;
  /** `Query`, `Mutation`, or the object type whose field it is (reached through `design(id)`). */
  parent: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every field with a text argument, of every type a client can reach. */
function fieldCases(): FieldCase[] {
  const cases: FieldCase[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => textPaths(a.type, a.name).length)) {
        const operation = type === schema.getMutationType() ? 'mutation' : 'query';
        cases.push({ operation, parent: type.name, field });
      }
    }
  }
  return cases;
}

/** How a query reaches a field of a type other than Query: the types a `design(id)` answer holds. */
function reachOf(parent: string): { open: string; close: string } | null {
  if (parent === 'Query' || parent === 'Mutation') return { open: '', close: '' };
  if (parent === 'Design') return { open: 'design(id: $reachDesignId) { ', close: ' }' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Otherwise valid calls
// ---------------------------------------------------------------------------------------------

interface Call {
  query: string;
  variables: Record<string, unknown>;
  caller: Person | null;
  /** The ordinary texts put in free-text fields (to find them stored afterwards). */
  texts: string[];
}

function callerOf(name: string): Person | null {
  if (name === 'logIn' || name === 'signUp') return null;
  if (name === 'acceptInvitation') return fx.invitee;
  if (name === 'recordDecision') return fx.reviewPartner;
  return fx.lead;
}

const designOf = (name: string) =>
  name === 'transitionDesign' || name === 'recordDecision' ? fx.reviewId : fx.designId;

/** The record an `id` argument names, and the table holding its version. */
function recordOf(name: string): { id: string; table: string | null } {
  if (/Skill/.test(name)) return { id: fx.skillId, table: 'skills' };
  if (/Outcome/.test(name)) return { id: fx.outcomeId, table: 'outcomes' };
  if (/Comment/.test(name)) return { id: fx.commentId, table: null };
  return { id: designOf(name), table: 'designs' };
}

/**
 * The arguments of an otherwise valid call of `field`, with `hostile` at `target` (when given).
 * Optional arguments and fields are filled for ordinary calls, and only on the way to `target`
 * for hostile ones (so the target is the only thing that can be wrong).
 */
async function buildCall(
  c: FieldCase,
  target?: { path: TextPath; value: string },
  ordinaryText?: (field: string) => string,
): Promise<Call> {
  const name = c.field.name;
  const texts: string[] = [];
  const record = recordOf(name);
  const [row] = record.table
    ? await api.sql<{ version: number }>(`SELECT version FROM ${record.table} WHERE id = $1`, [record.id])
    : [];
  const version = row?.version ?? 1;

  const text = (field: string, type: GraphQLNamedType): string => {
    switch (field) {
      case 'designId':
      case 'targetId':
        return designOf(name);
      case 'id':
        return record.id;
      case 'parentId':
        return fx.commentId;
      case 'userId':
        return fx.faculty.user.id;
      case 'skillIds':
        return fx.skillId;
      case 'ids':
      case 'fromId':
      case 'toId':
        return randomUUID();
      case 'email':
        return name === 'logIn' ? fx.lead.user.email : `${unique('someone')}@example.org`;
      case 'password':
      case 'currentPassword':
        return PASSWORD;
      case 'newPassword':
        return `${PASSWORD} renewed`;
      case 'token':
        return fx.invitationToken;
      case 'organizationInvitationToken':
        return fx.organizationInvitationToken;
      case 'language':
        return 'en';
      case 'issuerCountry':
        return 'CA-BC';
      case 'level':
        return 'EQF 5';
      case 'url':
        return 'https://example.org/skills/1';
      case 'after':
        return Buffer.from('0').toString('base64');
    }
    if (type.name === 'ID') return designOf(name);
    if (type.name === 'DateTime') return new Date().toISOString();
    if (!ordinaryText) return `Valid ${field}`;
    const ordinary = ordinaryText(field);
    texts.push(ordinary);
    return ordinary;
  };

  const value = (type: GraphQLInputType, field: string, at: string): unknown => {
    if (target && target.path.path === at) return target.path.list ? [target.value] : target.value;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [value(nullable.ofType as GraphQLInputType, field, at)];
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      const object: Record<string, unknown> = {};
      for (const f of Object.values(named.getFields())) {
        const path = `${at}.${f.name}`;
        const onTheWay = target?.path.path === path || target?.path.path.startsWith(`${path}.`);
        const ordinaryOptional = !target && !CONFLICTING_OPTIONALS.has(f.name);
        // Sign-up needs an organization (or an invitation token) although neither is required alone.
        const needed = f.name === 'organization';
        if (isNonNullType(f.type) || onTheWay || ordinaryOptional || needed) {
          object[f.name] = value(f.type, f.name, path);
        }
      }
      return object;
    }
    if (isEnumType(named)) return ENUM_VALUES[named.name] ?? named.getValues()[0]!.value;
    if (named.name === 'Int') return field === 'expectedVersion' ? version : 1;
    if (named.name === 'Float') return 1;
    if (named.name === 'Boolean') return true;
    return text(field, named);
  };

  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of c.field.args) {
    const onTheWay = target?.path.path === arg.name || target?.path.path.startsWith(`${arg.name}.`);
    const ordinaryOptional = !target && !CONFLICTING_OPTIONALS.has(arg.name);
    if (!isNonNullType(arg.type) && !onTheWay && !ordinaryOptional) continue;
    variables[arg.name] = value(arg.type, arg.name, arg.name);
    definitions.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const reach = reachOf(c.parent)!;
  if (reach.open) {
    definitions.push('$reachDesignId: ID!');
    variables['reachDesignId'] = fx.designId;
  }
  const selection = isLeafType(getNamedType(c.field.type)) ? '' : ' { __typename }';
  const call = `${name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
  const query = `${c.operation} Case${definitions.length ? `(${definitions.join(', ')})` : ''} { ${reach.open}${call}${reach.close} }`;
  return { query, variables, caller: callerOf(name), texts };
}

function send(call: Call): Promise<GraphQLResponse<unknown>> {
  return api.client.as(call.caller?.token).request(call.query, call.variables);
}

/** The messages of the text rule (libs/shared/errors/src/text-input.ts). */
const TEXT_RULE_REASON = /NUL|surrogate|control character/;

function fieldsOfAll(result: GraphQLResponse<unknown>): Array<{ field: string; message: string }> {
  return (result.errors ?? []).flatMap((e) => {
    const fields = e.extensions?.['fields'];
    return Array.isArray(fields) ? (fields as Array<{ field: string; message: string }>) : [];
  });
}

// ---------------------------------------------------------------------------------------------
// What is stored
// ---------------------------------------------------------------------------------------------

/** A digest of every row of every table of this test's database. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await api.sql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const digests = tables.map(
    ({ table_name: t }) =>
      `(SELECT md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM "${t}" r) AS "${t}"`,
  );
  const [row] = await api.sql<Record<string, string>>(`SELECT ${digests.join(', ')}`);
  return row!;
}

/**
 * Waits (up to 5 s) until no mail is on its way: the queue's worker marks a delivery sent after the
 * call that caused it has answered (a fixture's invitation, say), which would show as a change made
 * by whatever call runs next.
 */
async function mailSettled(): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const [row] = await api.sql<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM mail_deliveries WHERE status = 'QUEUED'`,
    );
    if (!row?.waiting || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether `text` is stored in any text or JSON column (as itself, or JSON-escaped). */
async function isStored(text: string): Promise<boolean> {
  const columns = await api.sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb')`,
  );
  const escaped = JSON.stringify(text).slice(1, -1);
  const probes = columns.map(
    ({ table_name: t, column_name: c }) =>
      `SELECT 1 FROM "${t}" WHERE position($1 in "${c}"::text) > 0 OR position($2 in "${c}"::text) > 0`,
  );
  const found = await api.sql(`SELECT EXISTS (${probes.join(' UNION ALL ')}) AS found`, [text, escaped]);
  return (found[0] as { found: boolean }).found;
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('every text argument of the live schema', () => {
  it('is reachable by this test (a field of a new type needs a way in, see reachOf)', () => {
    const unreachable = fieldCases()
      .filter((c) => !reachOf(c.parent))
      .map((c) => `${c.parent}.${c.field.name}`);
    expect(unreachable).toEqual([]);
    // Sanity: the schema really is the one with text arguments everywhere.
    expect(fieldCases().filter((c) => c.operation === 'mutation').length).toBeGreaterThan(15);
  });

  it('refuses each hostile string with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const c of fieldCases()) {
      for (const path of c.field.args.flatMap((a) => textPaths(a.type, a.name))) {
        for (const [kind, hostile] of HOSTILE) {
          cases += 1;
          const label = `${c.parent}.${c.field.name} ${path.path} with ${kind}`;
          const call = await buildCall(c, { path, value: hostile });
          await mailSettled();
          const before = await fingerprint();
          const result = await send(call);
          const after = await fingerprint();
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          const code = result.errors?.length ? codeOf(result) : 'no error';
          // Named, and by the text rule (not by chance, e.g. as "must be a valid email address").
          const named =
            !path.plain ||
            fieldsOfAll(result).some(
              (f) =>
                (f.field === path.path || f.field.startsWith(`${path.path}.`)) &&
                TEXT_RULE_REASON.test(f.message),
            );
          if (code !== 'BAD_USER_INPUT' || !named || changed.length) {
            failures.push(
              `${label}: ${code}, fields ${JSON.stringify(result.errors?.length ? fieldsOf(result) : [])}` +
                (changed.length ? `, changed ${changed.join(', ')}` : ''),
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // 19 mutations and the queries have well over 200 text places × 4 strings today.
    expect(cases).toBeGreaterThan(200);
    // Hundreds of calls, each with two fingerprints of the database: minutes on a loaded machine.
  }, 180_000);

  it('accepts the same calls with ordinary text (tab, newline, emoji) and stores it as sent', async () => {
    // Unknown mutations last: called with generic values, they must not spoil the known ones.
    const order = (name: string) =>
      !KNOWN.has(name) ? USES_UP.length + 1 : USES_UP.includes(name) ? USES_UP.indexOf(name) + 1 : 0;
    const cases = fieldCases()
      .filter((c) => c.operation === 'mutation')
      .sort((a, b) => order(a.field.name) - order(b.field.name));
    expect(await isStored(`never sent ${randomUUID()}`)).toBe(false);
    const failures: string[] = [];
    for (const c of cases) {
      const call = await buildCall(
        c,
        undefined,
        (field) => `Ordinary ${field} ${unique('t')}\twith a tab,\nnewline 🎓`,
      );
      const result = await send(call);
      if (!KNOWN.has(c.field.name)) {
        const refusedText = fieldsOfAll(result).some((f) => TEXT_RULE_REASON.test(f.message));
        const code = result.errors?.[0]?.extensions?.code;
        if (refusedText || code === 'INTERNAL_SERVER_ERROR') {
          failures.push(`${c.field.name} (not in KNOWN): ${JSON.stringify(result.errors)}`);
        }
        continue;
      }
      if (result.errors?.length) {
        failures.push(`${c.field.name}: ${JSON.stringify(result.errors)}`);
        continue;
      }
      for (const text of call.texts) {
        if (!(await isStored(text))) failures.push(`${c.field.name}: ${JSON.stringify(text)} not stored`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('strings written in the query itself', () => {
  const createDesign = (literal: string) =>
    `mutation { createDesign(input: { title: "${literal}" }) { id } }`;

  it.each([
    ['a NUL escape', '\\u0000'],
    ['a bell escape', 'ding\\u0007'],
    ['a NUL escape in braces syntax', 'a\\u{0}b'],
    // graphql-js takes raw control characters in a string literal as they are (GraphQL 2021).
    ['a raw control character', 'ding\u0007'],
    ['a raw NUL', 'a\u0000b'],
  ])('refuses %s in an inline literal with BAD_USER_INPUT naming the field', async (_kind, literal) => {
    await mailSettled();
    const before = await fingerprint();
    const result = await fx.lead.client.request(createDesign(literal));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['input.title']);
    expect(await fingerprint()).toEqual(before);
  });

  it.each([
    ['a lone surrogate escape', 'x\\ud800'],
    ['a raw lone surrogate', 'x\ud800'],
  ])('refuses %s as a malformed query (BAD_USER_INPUT), storing nothing', async (_kind, literal) => {
    await mailSettled();
    const before = await fingerprint();
    const result = await fx.lead.client.request(createDesign(literal));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await fingerprint()).toEqual(before);
  });

  it('accepts a tab, a newline and an emoji written as escapes', async () => {
    const result = await fx.lead.client.request<{ createDesign: { title: string } }>(
      'mutation { createDesign(input: { title: "Tab\\there, new\\nline \\ud83c\\udf93" }) { title } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createDesign.title).toBe('Tab\there, new\nline 🎓');
  });
});

describe('queries with text arguments', () => {
  it.each(HOSTILE)('designs(filter: { search }) refuses %s naming filter.search', async (_kind, hostile) => {
    const result = await fx.lead.client.request(
      'query ($search: String) { designs(filter: { search: $search }) { totalCount } }',
      { search: hostile },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['filter.search']);
  });

  it('still finds designs by a search with a tab, a newline or an emoji in it', async () => {
    const result = await fx.lead.client.request<{ designs: { totalCount: number } }>(
      'query ($search: String) { designs(filter: { search: $search }) { totalCount } }',
      { search: 'Design\t\n🎓' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.designs.totalCount).toBe(0);
  });
});
