/**
 * Reuse (README "Reuse"): duplicating a published or visible design into a new draft of one's own
 * institution, and revising a published credential while the catalog keeps the published one.
 */
import {
  addComment,
  codeOf,
  colleagueOf,
  DESIGN,
  founder,
  join,
  outsider,
  Person,
  readEvents,
  unknownId,
  UPDATE_DESIGN,
} from '../designs/design-factories';
import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import { advance, CATALOG, fullDesign, PUBLISHED_DESIGN, rowCounts } from './workflow-factories';

const DUPLICATE = graphql(`
  mutation DuplicateDesign($id: ID!) {
    duplicateDesign(id: $id) {
      id
      title
      summary
      hours
      deliveryMode
      stage
      myRole
      institution {
        id
      }
      derivedFrom {
        id
        title
      }
    }
  }
`);

const DERIVED_LIST = graphql(`
  query DerivedList {
    designs(first: 50) {
      edges {
        node {
          id
          derivedFrom {
            id
            title
          }
        }
      }
    }
  }
`);

const REVISE = graphql(`
  mutation ReviseDesign($id: ID!) {
    reviseDesign(id: $id) {
      id
      stage
      myRole
      institution {
        id
      }
      derivedFrom {
        id
      }
    }
  }
`);

const COPY_CONTENT = graphql(`
  query CopyContent($id: ID!) {
    design(id: $id) {
      id
      title
      summary
      targetLearners
      prerequisites
      hours
      deliveryMode
      language
      assessmentApproach
      creditValue
      level
      stage
      revision
      myPermissions {
        canRevise
      }
      skills {
        id
        name
        description
        priority
        frameworkRef {
          framework
          code
          label
          url
        }
        proposedBy {
          id
        }
      }
      outcomes {
        id
        statement
        bloomLevel
        assessmentMethod
        position
        skills {
          id
        }
      }
      participants {
        role
        user {
          id
        }
      }
      comments {
        id
      }
      decisions {
        id
      }
      invitations {
        email
      }
    }
  }
`);

const SUPERSEDED = graphql(`
  query Superseded($id: ID!) {
    publishedDesign(id: $id) {
      id
      title
      supersededBy {
        id
        title
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** A published design with every record field, a framework-referenced skill, two outcomes, comments. */
async function publishedSource() {
  const cast = await fullDesign(api);
  await cast.lead.client.ok(UPDATE_DESIGN, {
    id: cast.designId,
    input: {
      expectedVersion: (await cast.lead.client.ok(DESIGN, { id: cast.designId })).design.version,
      summary: 'Find and fix faults in control circuits.',
      targetLearners: 'Electricians',
      prerequisites: 'A journeyperson ticket',
      hours: 40,
      deliveryMode: 'HYBRID',
      language: 'en',
      assessmentApproach: 'Practical lab assessment',
      creditValue: 3,
      level: 'EQF 5',
    },
  });
  await addComment(cast.employer, { designId: cast.designId, body: 'Looks right to us' });
  await advance(cast, 'PUBLISHED');
  return cast;
}

const shape = (design: Awaited<ReturnType<typeof read>>) => ({
  fields: {
    title: design.title,
    summary: design.summary,
    targetLearners: design.targetLearners,
    prerequisites: design.prerequisites,
    hours: design.hours,
    deliveryMode: design.deliveryMode,
    language: design.language,
    assessmentApproach: design.assessmentApproach,
    creditValue: design.creditValue,
    level: design.level,
  },
  skills: design.skills.map((s) => ({
    name: s.name,
    description: s.description,
    priority: s.priority,
    frameworkRef: s.frameworkRef,
  })),
  // The alignment by names, so that it compares across the two designs' ids.
  outcomes: design.outcomes.map((o) => ({
    statement: o.statement,
    bloomLevel: o.bloomLevel,
    assessmentMethod: o.assessmentMethod,
    position: o.position,
    covers: o.skills.map((s) => design.skills.find((k) => k.id === s.id)!.name).sort(),
  })),
});

async function read(person: Person, id: string) {
  return (await person.client.ok(COPY_CONTENT, { id })).design;
}

describe('duplicateDesign', () => {
  it('copies a published design of another institution: fields, skills with framework refs, outcomes with alignment; nothing else', async () => {
    const source = await publishedSource();
    const copier = await founder(api, 'POST_SECONDARY');
    const { duplicateDesign: copy } = await copier.client.ok(DUPLICATE, { id: source.designId });

    expect(copy.stage).toBe('DRAFTING');
    expect(copy.myRole).toBe('LEAD');
    expect(copy.institution.id).toBe(copier.user.organization.id);
    const original = await read(source.lead, source.designId);
    expect(copy.derivedFrom).toEqual({ id: source.designId, title: original.title });

    const copied = await read(copier, copy.id);
    expect(shape(copied)).toEqual(shape(original));
    expect(copied.skills.length).toBeGreaterThan(0);
    expect(copied.outcomes[0]!.skills.length).toBeGreaterThan(0);
    // New records, not shared ones.
    expect(copied.skills.map((s) => s.id)).not.toEqual(expect.arrayContaining([original.skills[0]!.id]));
    // The absent parts: only the copier takes part; no comments, decisions, invitations; a fresh log.
    expect(copied.participants).toEqual([{ role: 'LEAD', user: { id: copier.user.id } }]);
    expect(copied.comments).toEqual([]);
    expect(copied.decisions).toEqual([]);
    expect(copied.invitations).toEqual([]);
    expect(copied.skills.every((s) => s.proposedBy.id === copier.user.id)).toBe(true);
    const events = await readEvents(copier, copy.id);
    expect(events.map((e) => e.type)).toEqual(['design.created']);
    expect(events[0]!.data).toEqual({
      kind: 'DUPLICATE',
      derivedFrom: { id: source.designId, title: original.title },
    });
    // The source is untouched and still in the catalog.
    expect((await read(source.lead, source.designId)).stage).toBe('PUBLISHED');
  });

  it('a list of copies reads their sources together: the same statements for 2 copies as for 6', async () => {
    const sources = [await publishedSource(), await publishedSource()];
    const few = await founder(api, 'POST_SECONDARY');
    const many = await founder(api, 'POST_SECONDARY');
    for (const source of sources) await few.client.ok(DUPLICATE, { id: source.designId });
    for (let i = 0; i < 3; i++) {
      for (const source of sources) await many.client.ok(DUPLICATE, { id: source.designId });
    }
    const statements = async (person: Person) => {
      const counts: number[] = [];
      // The fewest of three: now and then a batch splits over two ticks (see n-plus-one.e2e-spec.ts).
      for (let i = 0; i < 3; i++) counts.push(await api.countQueries(() => person.client.ok(DERIVED_LIST)));
      return Math.min(...counts);
    };
    const { designs } = await many.client.ok(DERIVED_LIST);
    expect(designs.edges).toHaveLength(6);
    expect(new Set(designs.edges.map((e) => e.node.derivedFrom?.id))).toEqual(
      new Set(sources.map((source) => source.designId)),
    );
    expect(await statements(many)).toBe(await statements(few));
  }, 120_000);

  it('copies an unpublished design the caller may see, with no derivedFrom; others’ drafts are NOT_FOUND like unknown ids', async () => {
    const source = await fullDesign(api);
    const { duplicateDesign: copy } = await source.faculty.client.ok(DUPLICATE, { id: source.designId });
    expect(copy.derivedFrom).toBeNull();
    expect(copy.institution.id).toBe(source.lead.user.organization.id);

    const stranger = await founder(api, 'POST_SECONDARY');
    const before = await rowCounts(api);
    for (const id of [source.designId, unknownId()]) {
      expect(codeOf(await stranger.client.request(DUPLICATE, { id }))).toBe('NOT_FOUND');
    }
    expect(await rowCounts(api)).toEqual(before);
  });

  it('is refused to an employer (FORBIDDEN) even for a published design, and nothing is created', async () => {
    const source = await publishedSource();
    const employer = await outsider(api, 'EMPLOYER');
    const before = await rowCounts(api);
    expect(codeOf(await employer.client.request(DUPLICATE, { id: source.designId }))).toBe('FORBIDDEN');
    expect(codeOf(await employer.client.request(DUPLICATE, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect(await rowCounts(api)).toEqual(before);
  });
});

describe('reviseDesign', () => {
  it('starts a draft with the same team; the catalog keeps the published one until the revision is published, then shows the newest and keeps the older at its URL, superseded', async () => {
    const source = await publishedSource();
    const { reviseDesign: revision } = await source.lead.client.ok(REVISE, { id: source.designId });
    expect(revision.stage).toBe('DRAFTING');
    expect(revision.myRole).toBe('LEAD');
    expect(revision.institution.id).toBe(source.lead.user.organization.id);
    expect(revision.derivedFrom).toEqual({ id: source.designId });

    const original = await read(source.lead, source.designId);
    const revised = await read(source.lead, revision.id);
    expect(shape(revised)).toEqual(shape(original));
    const team = (d: typeof original) => d.participants.map((p) => `${p.user.id}:${p.role}`).sort();
    expect(team(revised)).toEqual(team(original));
    // Partners keep their own skills in the revision.
    expect(revised.skills.map((s) => s.proposedBy.id)).toEqual(original.skills.map((s) => s.proposedBy.id));
    expect(revised.comments).toEqual([]);
    expect(revised.decisions).toEqual([]);

    const inCatalog = async () =>
      (await api.client.ok(CATALOG, { first: 100 })).publishedCatalog.edges.map((e) => e.node.id);
    expect(await inCatalog()).toContain(source.designId);
    expect(await inCatalog()).not.toContain(revision.id);

    // A second revision while one is under way is refused.
    expect(codeOf(await source.lead.client.request(REVISE, { id: source.designId }))).toBe(
      'PRECONDITION_FAILED',
    );

    await source.lead.client.ok(UPDATE_DESIGN, {
      id: revision.id,
      input: {
        expectedVersion: (await source.lead.client.ok(DESIGN, { id: revision.id })).design.version,
        title: 'Industrial troubleshooting, 2nd edition',
      },
    });
    await advance({ ...source, designId: revision.id }, 'PUBLISHED');

    const listed = await inCatalog();
    expect(listed).toContain(revision.id);
    expect(listed).not.toContain(source.designId);
    const old = await api.client.ok(SUPERSEDED, { id: source.designId });
    expect(old.publishedDesign.supersededBy).toEqual({
      id: revision.id,
      title: 'Industrial troubleshooting, 2nd edition',
    });
    expect((await api.client.ok(SUPERSEDED, { id: revision.id })).publishedDesign.supersededBy).toBeNull();
    expect((await api.client.ok(PUBLISHED_DESIGN, { id: source.designId })).publishedDesign.id).toBe(
      source.designId,
    );
    // The older credential's files stay at their URLs.
    const achievement = await fetch(`${api.url}/credentials/${source.designId}/achievement.json`);
    expect(achievement.status).toBe(200);
    // The superseded one can no longer be revised: the newest is.
    expect(codeOf(await source.lead.client.request(REVISE, { id: source.designId }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('is the lead’s alone (FORBIDDEN for others who take part), only of a PUBLISHED design (PRECONDITION_FAILED), NOT_FOUND for outsiders', async () => {
    const source = await publishedSource();
    const stranger = await founder(api, 'POST_SECONDARY');
    const before = await rowCounts(api);
    expect(codeOf(await source.faculty.client.request(REVISE, { id: source.designId }))).toBe('FORBIDDEN');
    expect(codeOf(await source.admin.client.request(REVISE, { id: source.designId }))).toBe('FORBIDDEN');
    expect(codeOf(await stranger.client.request(REVISE, { id: source.designId }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger.client.request(REVISE, { id: unknownId() }))).toBe('NOT_FOUND');
    expect(await rowCounts(api)).toEqual(before);

    const draft = await fullDesign(api);
    const draftBefore = await rowCounts(api);
    expect(codeOf(await draft.lead.client.request(REVISE, { id: draft.designId }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(await rowCounts(api)).toEqual(draftBefore);
    expect((await read(source.lead, source.designId)).myPermissions.canRevise).toBe(true);
    expect((await read(source.faculty, source.designId)).myPermissions.canRevise).toBe(false);
    expect((await read(draft.lead, draft.designId)).myPermissions.canRevise).toBe(false);
  });
});

describe('a colleague', () => {
  it('joins a revision with the role they had', async () => {
    const source = await publishedSource();
    const newcomer = await colleagueOf(api, source.lead);
    await join(source, newcomer, 'OBSERVER');
    expect(codeOf(await newcomer.client.request(REVISE, { id: source.designId }))).toBe('FORBIDDEN');
    const { reviseDesign: revision } = await source.lead.client.ok(REVISE, { id: source.designId });
    const roles = (await read(newcomer, revision.id)).participants.find(
      (p) => p.user.id === newcomer.user.id,
    );
    expect(roles?.role).toBe('OBSERVER');
  });
});
