/**
 * Builds the cast of a co-design test in a line. Everyone joins for real, through the public API:
 * the lead founds (or belongs to) a POST_SECONDARY organization and creates the design, colleagues
 * join the lead's organization through an organization invitation, partners found EMPLOYER or
 * COMMUNITY organizations of their own, and every participant joins the design by accepting an
 * invitation sent by the lead to their email.
 */
import { randomUUID } from 'node:crypto';

import { GraphQLResponse } from '@mc/testing';

import { graphql } from '../gql';
import type {
  AddCommentInput,
  AddOutcomeInput,
  CommentFieldsFragment,
  CreateDesignInput,
  CreateDesignMutation,
  DesignDetailFieldsFragment,
  DesignEventFieldsFragment,
  DesignFieldsFragment,
  DesignRole,
  OrganizationKind,
  OutcomeFieldsFragment,
  ProposeSkillInput,
  SkillFieldsFragment,
  UpdateDesignInput,
} from '../gql/graphql';
import {
  foundOrganization,
  InviteToOrganizationDocument,
  PASSWORD,
  SignedUp,
  SignUpDocument,
} from '../identity-factories';
import { TestApi } from '../test-api';

// ---------------------------------------------------------------------------------------------
// Operations, typed from the committed schema (`npm run codegen` regenerates ../gql)
// ---------------------------------------------------------------------------------------------

graphql(`
  fragment SkillFields on Skill {
    id
    name
    description
    priority
    version
    frameworkRef {
      framework
      code
      label
      url
    }
    proposedBy {
      id
    }
    coveredBy {
      id
    }
  }
`);

graphql(`
  fragment OutcomeFields on Outcome {
    id
    statement
    bloomLevel
    assessmentMethod
    position
    version
    skills {
      id
    }
  }
`);

graphql(`
  fragment CommentFields on Comment {
    id
    targetType
    targetId
    body
    parentId
    resolved
    createdAt
    author {
      id
    }
    mentions {
      id
    }
    replies {
      id
      parentId
      body
      author {
        id
      }
    }
  }
`);

graphql(`
  fragment DesignFields on Design {
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
    stage
    revision
    version
    createdAt
    updatedAt
    institution {
      id
      name
      kind
    }
  }
`);

graphql(`
  fragment DesignDetailFields on Design {
    ...DesignFields
    participants {
      role
      joinedAt
      user {
        id
        email
        displayName
        organization {
          id
          name
          kind
        }
      }
    }
    skills {
      ...SkillFields
    }
    outcomes {
      ...OutcomeFields
    }
    coverage {
      uncoveredSkills {
        id
      }
      uncoveredEssentialSkills {
        id
      }
    }
  }
`);

graphql(`
  fragment DesignEventFields on DesignEvent {
    seq
    type
    actor {
      id
    }
    data
    at
  }
`);

export const CREATE_DESIGN = graphql(`
  mutation CreateDesign($input: CreateDesignInput!) {
    createDesign(input: $input) {
      ...DesignFields
      participants {
        role
        joinedAt
        user {
          id
        }
      }
    }
  }
`);

export const UPDATE_DESIGN = graphql(`
  mutation UpdateDesign($id: ID!, $input: UpdateDesignInput!) {
    updateDesign(id: $id, input: $input) {
      ...DesignFields
    }
  }
`);

export const DESIGN = graphql(`
  query Design($id: ID!) {
    design(id: $id) {
      ...DesignDetailFields
    }
  }
`);

/** Only the id: the cheapest way to ask "may this user see this design?". */
export const DESIGN_ID = graphql(`
  query DesignId($id: ID!) {
    design(id: $id) {
      id
      title
    }
  }
`);

export const DESIGN_COMMENTS = graphql(`
  query DesignComments($id: ID!, $resolved: Boolean) {
    design(id: $id) {
      id
      comments(resolved: $resolved) {
        ...CommentFields
      }
    }
  }
`);

export const DESIGN_EVENTS = graphql(`
  query DesignEvents($id: ID!, $afterSeq: Int, $limit: Int) {
    design(id: $id) {
      id
      revision
      events(afterSeq: $afterSeq, limit: $limit) {
        ...DesignEventFields
      }
    }
  }
`);

export const DESIGNS = graphql(`
  query Designs($filter: DesignFilter, $first: Int, $after: String) {
    designs(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          summary
          stage
          createdAt
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

export const INVITE_TO_DESIGN = graphql(`
  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {
    inviteToDesign(designId: $designId, email: $email, role: $role) {
      id
      email
      role
      token
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      title
      participants {
        role
        user {
          id
        }
      }
    }
  }
`);

export const PROPOSE_SKILL = graphql(`
  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {
    proposeSkill(designId: $designId, input: $input) {
      ...SkillFields
    }
  }
`);

export const UPDATE_SKILL = graphql(`
  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {
    updateSkill(id: $id, input: $input) {
      ...SkillFields
    }
  }
`);

export const REMOVE_SKILL = graphql(`
  mutation RemoveSkill($id: ID!) {
    removeSkill(id: $id)
  }
`);

export const ADD_OUTCOME = graphql(`
  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {
    addOutcome(designId: $designId, input: $input) {
      ...OutcomeFields
    }
  }
`);

export const UPDATE_OUTCOME = graphql(`
  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {
    updateOutcome(id: $id, input: $input) {
      ...OutcomeFields
    }
  }
`);

export const REMOVE_OUTCOME = graphql(`
  mutation RemoveOutcome($id: ID!) {
    removeOutcome(id: $id)
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const RESOLVE_COMMENT = graphql(`
  mutation ResolveComment($id: ID!, $resolved: Boolean!) {
    resolveComment(id: $id, resolved: $resolved) {
      ...CommentFields
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Shapes: the generated ones under the names the tests use
// ---------------------------------------------------------------------------------------------

/** A signed-up user with a client carrying their token. */
export type Person = SignedUp;
export type SkillRecord = SkillFieldsFragment;
export type OutcomeRecord = OutcomeFieldsFragment;
export type CommentRecord = CommentFieldsFragment;
export type DesignRecord = DesignFieldsFragment;
export type DesignDetail = DesignDetailFieldsFragment;
/** A log entry; its `data` (JSON in the schema) is always an object. */
export type EventRecord = Omit<DesignEventFieldsFragment, 'data'> & { data: Record<string, unknown> };

/** The members a cast may have, and the design role and organization of each. */
export const CAST_MEMBERS = {
  faculty: { role: 'FACULTY', joins: 'institution' },
  faculty2: { role: 'FACULTY', joins: 'institution' },
  committee: { role: 'COMMITTEE_MEMBER', joins: 'institution' },
  employer: { role: 'EMPLOYER_PARTNER', joins: 'EMPLOYER' },
  employer2: { role: 'EMPLOYER_PARTNER', joins: 'EMPLOYER' },
  community: { role: 'EMPLOYER_PARTNER', joins: 'COMMUNITY' },
  observer: { role: 'OBSERVER', joins: 'EMPLOYER' },
} as const;
export type CastMember = keyof typeof CAST_MEMBERS;

export type Cast<M extends CastMember = never> = {
  api: TestApi;
  lead: Person;
  designId: string;
  design: DesignRecord;
  institution: { id: string; name: string; kind: string };
} & Record<M, Person>;

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

let sequence = 0;
/** A short token that makes emails, names and titles unique within a run. */
export function unique(prefix = 'u'): string {
  sequence += 1;
  return `${prefix}${sequence}${Math.random().toString(36).slice(2, 7)}`;
}

/** A user founding an organization of `kind` (ADMIN of it). */
export function founder(
  api: TestApi,
  kind: OrganizationKind,
  overrides: { email?: string; displayName?: string; orgName?: string } = {},
): Promise<Person> {
  const id = unique(kind.toLowerCase().replace('_', ''));
  return foundOrganization(api.client, {
    kind,
    email: overrides.email ?? `${id}@example.org`,
    displayName: overrides.displayName ?? `Person ${id}`,
    orgName: overrides.orgName ?? `${kind} org ${id}`,
  });
}

/** A user who joins `admin`'s organization through an organization invitation. */
export async function colleagueOf(
  api: TestApi,
  admin: Person,
  overrides: { email?: string; displayName?: string; orgRole?: 'ADMIN' | 'MEMBER' } = {},
): Promise<Person> {
  const id = unique('colleague');
  const email = overrides.email ?? `${id}@example.org`;
  const { inviteToOrganization } = await admin.client.ok(InviteToOrganizationDocument, {
    email,
    orgRole: overrides.orgRole ?? 'MEMBER',
  });
  const { signUp } = await api.client.ok(SignUpDocument, {
    input: {
      email,
      password: PASSWORD,
      displayName: overrides.displayName ?? `Colleague ${id}`,
      organizationInvitationToken: inviteToOrganization.token,
    },
  });
  return { token: signUp.accessToken, user: signUp.user, client: api.client.as(signUp.accessToken) };
}

/** A user of an organization of their own, unrelated to any design. */
export function outsider(api: TestApi, kind: OrganizationKind = 'EMPLOYER') {
  return founder(api, kind);
}

/** A second ADMIN of the design's institution who does not take part in the design. */
export function institutionAdmin(api: TestApi, cast: { lead: Person }): Promise<Person> {
  return colleagueOf(api, cast.lead, { orgRole: 'ADMIN' });
}

// ---------------------------------------------------------------------------------------------
// Designs and participants
// ---------------------------------------------------------------------------------------------

export async function createDesign(
  person: Person,
  input: Partial<CreateDesignInput> = {},
): Promise<CreateDesignMutation['createDesign']> {
  const { createDesign: design } = await person.client.ok(CREATE_DESIGN, {
    input: { title: `Design ${unique('d')}`, ...input },
  });
  return design;
}

/** The lead invites `person` to the design with `role`, and `person` accepts. */
export async function join(
  cast: { designId: string; lead: Person },
  person: Person,
  role: DesignRole,
): Promise<void> {
  const token = await invite(cast, person.user.email, role);
  await person.client.ok(ACCEPT_INVITATION, { token });
}

/** The lead's invitation token for `email`. */
export async function invite(cast: { designId: string; lead: Person }, email: string, role: DesignRole) {
  const { inviteToDesign } = await cast.lead.client.ok(INVITE_TO_DESIGN, {
    designId: cast.designId,
    email,
    role,
  });
  return inviteToDesign.token;
}

/**
 * A design with a lead (founder and ADMIN of a POST_SECONDARY organization) and the named
 * participants, all joined through real invitations.
 */
export async function makeDesign<M extends CastMember = never>(
  api: TestApi,
  options: { with?: readonly M[]; lead?: Person; input?: Partial<CreateDesignInput> } = {},
): Promise<Cast<M>> {
  const lead = options.lead ?? (await founder(api, 'POST_SECONDARY'));
  const design = await createDesign(lead, options.input);
  const cast = {
    api,
    lead,
    designId: design.id,
    design,
    institution: design.institution,
  } as unknown as Cast<M>;
  for (const member of options.with ?? []) {
    const { role, joins } = CAST_MEMBERS[member];
    const person = joins === 'institution' ? await colleagueOf(api, lead) : await founder(api, joins);
    await join(cast, person, role);
    (cast as Record<string, unknown>)[member] = person;
  }
  return cast;
}

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/** Edits the design's fields at its current version (read first), the way a form would. */
export async function editDesign(
  person: Person,
  designId: string,
  input: Omit<UpdateDesignInput, 'expectedVersion'>,
) {
  const { design } = await person.client.ok(DESIGN, { id: designId });
  const { updateDesign } = await person.client.ok(UPDATE_DESIGN, {
    id: designId,
    input: { ...input, expectedVersion: design.version },
  });
  return updateDesign;
}

export async function proposeSkill(
  person: Person,
  designId: string,
  input: Partial<ProposeSkillInput> = {},
): Promise<SkillRecord> {
  const { proposeSkill: skill } = await person.client.ok(PROPOSE_SKILL, {
    designId,
    input: { name: `Skill ${unique('s')}`, priority: 'IMPORTANT', ...input },
  });
  return skill;
}

export async function addOutcome(
  person: Person,
  designId: string,
  input: Partial<AddOutcomeInput> = {},
): Promise<OutcomeRecord> {
  const { addOutcome: outcome } = await person.client.ok(ADD_OUTCOME, {
    designId,
    input: { statement: `Learners can ${unique('o')}`, bloomLevel: 'APPLY', ...input },
  });
  return outcome;
}

export async function addComment(
  person: Person,
  input: Pick<AddCommentInput, 'designId'> & Partial<AddCommentInput>,
): Promise<CommentRecord> {
  const { addComment: comment } = await person.client.ok(ADD_COMMENT, {
    input: {
      targetType: 'DESIGN',
      targetId: input.designId,
      body: `A comment ${unique('c')}`,
      ...input,
    },
  });
  return comment;
}

export async function readDesign(person: Person, designId: string): Promise<DesignDetail> {
  return (await person.client.ok(DESIGN, { id: designId })).design;
}

export async function readComments(
  person: Person,
  designId: string,
  resolved?: boolean,
): Promise<CommentRecord[]> {
  // an omitted `resolved` (every comment) is not the same request as `resolved: null`
  const variables = resolved === undefined ? { id: designId } : { id: designId, resolved };
  return (await person.client.ok(DESIGN_COMMENTS, variables)).design.comments;
}

export async function readEvents(
  person: Person,
  designId: string,
  afterSeq = 0,
  limit = 100,
): Promise<EventRecord[]> {
  const { design } = await person.client.ok(DESIGN_EVENTS, { id: designId, afterSeq, limit });
  return design.events as EventRecord[];
}

/** A design with content, as the content mutations below need it. */
export interface EditableDesign {
  designId: string;
  lead: Person;
  faculty: Person;
  employer: Person;
  skill: { id: string; version: number };
  outcome: { id: string; version: number };
}

/**
 * Every content mutation (the design's fields, skills, outcomes), each a valid request by a
 * participant whose role allows it in DRAFTING, so that only the stage can refuse it.
 */
export const CONTENT_MUTATIONS: ReadonlyArray<
  [string, (c: EditableDesign) => Promise<GraphQLResponse<unknown>>]
> = [
  [
    'updateDesign',
    (c) =>
      c.lead.client.request(UPDATE_DESIGN, {
        id: c.designId,
        input: { expectedVersion: 1, title: 'Late edit' },
      }),
  ],
  [
    'proposeSkill',
    (c) =>
      c.employer.client.request(PROPOSE_SKILL, {
        designId: c.designId,
        input: { name: 'Late skill', priority: 'ESSENTIAL' },
      }),
  ],
  [
    'updateSkill',
    (c) =>
      c.lead.client.request(UPDATE_SKILL, {
        id: c.skill.id,
        input: { expectedVersion: c.skill.version, name: 'Late' },
      }),
  ],
  ['removeSkill', (c) => c.lead.client.request(REMOVE_SKILL, { id: c.skill.id })],
  [
    'addOutcome',
    (c) =>
      c.faculty.client.request(ADD_OUTCOME, {
        designId: c.designId,
        input: { statement: 'Late outcome', bloomLevel: 'APPLY' },
      }),
  ],
  [
    'updateOutcome',
    (c) =>
      c.faculty.client.request(UPDATE_OUTCOME, {
        id: c.outcome.id,
        input: { expectedVersion: c.outcome.version, statement: 'Late statement', skillIds: [] },
      }),
  ],
  ['removeOutcome', (c) => c.faculty.client.request(REMOVE_OUTCOME, { id: c.outcome.id })],
];

// ---------------------------------------------------------------------------------------------
// What is stored
// ---------------------------------------------------------------------------------------------

/** Row counts of every co-design table, and each design's stage, revision and version. */
export async function storedState(api: TestApi): Promise<Record<string, unknown>> {
  const [counts] = await api.sql<Record<string, string>>(
    `SELECT (SELECT count(*) FROM designs) AS designs,
            (SELECT count(*) FROM design_participants) AS participants,
            (SELECT count(*) FROM design_invitations) AS invitations,
            (SELECT count(*) FROM design_invitations WHERE accepted_at IS NOT NULL) AS accepted_invitations,
            (SELECT count(*) FROM skills) AS skills,
            (SELECT count(*) FROM outcomes) AS outcomes,
            (SELECT count(*) FROM outcome_skills) AS outcome_skills,
            (SELECT count(*) FROM comments) AS comments,
            (SELECT count(*) FROM comments WHERE resolved) AS resolved_comments,
            (SELECT count(*) FROM comment_mentions) AS comment_mentions,
            (SELECT count(*) FROM design_events) AS events`,
  );
  const designs = await api.sql<Record<string, unknown>>(
    `SELECT id, title, summary, sector, hours, stage, revision, version FROM designs ORDER BY id`,
  );
  const skills = await api.sql<Record<string, unknown>>(
    `SELECT id, name, description, priority, version FROM skills ORDER BY id`,
  );
  const outcomes = await api.sql<Record<string, unknown>>(
    `SELECT id, statement, bloom_level, assessment_method, position, version FROM outcomes ORDER BY id`,
  );
  return { counts, designs, skills, outcomes };
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export function errorOf(result: GraphQLResponse<unknown>) {
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0]!;
}

export function codeOf(result: GraphQLResponse<unknown>): string | undefined {
  return errorOf(result).extensions?.code;
}

/** The `extensions.fields[].field` names of a BAD_USER_INPUT answer. */
export function fieldsOf(result: GraphQLResponse<unknown>): string[] {
  const fields = errorOf(result).extensions?.['fields'];
  return Array.isArray(fields) ? fields.map((f: { field: string }) => f.field) : [];
}

/**
 * True when `field` is named, either exactly or as the parent of a named element
 * (`input.skillIds` matches `input.skillIds` and `input.skillIds.0`).
 */
export function namesField(result: GraphQLResponse<unknown>, field: string): boolean {
  return fieldsOf(result).some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
}

export const unknownId = (): string => randomUUID();
