import { DataSource } from 'typeorm';

import { graphql } from '../gql';
import type { AddCommentWithLinksMutation } from '../gql/graphql';
import { startTestApi, TestApi } from '../test-api';

import {
  addComment,
  addOutcome,
  Cast,
  createDesign,
  join,
  makeDesign,
  proposeSkill,
  readDesign,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/**
 * How many SQL statements the API's DataSource sent while `work` ran, counted where TypeORM reports
 * every statement it runs (`dataSource.logger.logQuery`, called whatever the `logging` option).
 * It stands beside `api.countQueries` (the shared counter), so that a counter that is not wired in
 * (always 0) cannot make "the same count" pass vacuously.
 */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const logger = api.app.get(DataSource).logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args: Parameters<typeof original>) => {
    count += 1;
    return original(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

/**
 * The fewest statements `work` costs over three runs, by `counter`. Loads of one kind are batched
 * per tick, and now and then (about one run in six here) one kind is split over two batches,
 * depending on when the database answers: the same query then costs one statement more, whatever
 * the number of parents. The fewest of three runs removes that noise; an N+1 adds statements per
 * parent on every run and still shows in full.
 */
async function fewest(
  counter: (work: () => Promise<unknown>) => Promise<number>,
  work: () => Promise<unknown>,
) {
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) counts.push(await counter(work));
  return Math.min(...counts);
}

describe('the statement counters', () => {
  it('api.countQueries counts the statements the API runs for a request', async () => {
    const cast = await makeDesign(api);
    const counted = await api.countQueries(() => readDesign(cast.lead, cast.designId));
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBe(await countStatements(() => readDesign(cast.lead, cast.designId)));
  });

  it('countStatements counts the statements the API runs for a request', async () => {
    const cast = await makeDesign(api);
    expect(await countStatements(() => readDesign(cast.lead, cast.designId))).toBeGreaterThan(0);
  });
});

/** One query selecting every nested field of a design. */
const EVERYTHING = graphql(`
  query Everything($id: ID!) {
    design(id: $id) {
      ...DesignFields
      myPermissions {
        canEdit
        canProposeSkills
        canAddOutcomes
        canComment
        canResolveAnyComment
        canInvite
        canRemoveParticipants
      }
      participants {
        role
        joinedAt
        user {
          ...UserFields
        }
      }
      skills {
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
          displayName
          organization {
            id
            name
          }
        }
        coveredBy {
          id
          statement
          position
          myPermissions {
            canEdit
          }
        }
        myPermissions {
          canEdit
          canRemove
          canComment
        }
      }
      outcomes {
        id
        statement
        bloomLevel
        assessmentMethod
        position
        version
        skills {
          id
          name
          priority
          myPermissions {
            canEdit
          }
        }
        myPermissions {
          canEdit
          canRemove
          canComment
        }
      }
      comments {
        id
        targetType
        targetId
        body
        parentId
        resolved
        createdAt
        author {
          id
          displayName
          organization {
            name
          }
        }
        mentions {
          id
          displayName
        }
        replies {
          id
          body
          author {
            id
            displayName
          }
          mentions {
            id
          }
        }
      }
      open: comments(resolved: false) {
        id
      }
      coverage {
        uncoveredSkills {
          id
          name
        }
        uncoveredEssentialSkills {
          id
          name
        }
      }
      readiness {
        ready
        items {
          framework
          element
          met
          field
          message
        }
      }
      events(afterSeq: 0, limit: 100) {
        seq
        type
        actor {
          id
          displayName
          organization {
            name
          }
        }
        data
        at
      }
    }
  }
`);

const TO_PARTNER_REVIEW = graphql(`
  mutation ToPartnerReview($designId: ID!) {
    transitionDesign(designId: $designId, to: PARTNER_REVIEW) {
      id
    }
  }
`);
const ENDORSE = graphql(`
  mutation Endorse($designId: ID!) {
    recordDecision(designId: $designId, kind: ENDORSE) {
      id
    }
  }
`);

type Team = Cast<'faculty' | 'employer' | 'community' | 'observer'>;

/** A design with `outcomes` outcomes and proportionally many skills and comments (with replies and mentions). */
async function populated(outcomes: number): Promise<Team> {
  const cast = await makeDesign(api, { with: ['faculty', 'employer', 'community', 'observer'] });
  const skillCount = Math.max(3, Math.round(outcomes * 0.6));
  const commentCount = Math.max(3, Math.round(outcomes * 0.6));
  const skills: string[] = [];
  for (let i = 0; i < skillCount; i++) {
    const proposer = [cast.employer, cast.community, cast.lead][i % 3]!;
    const skill = await proposeSkill(proposer, cast.designId, {
      priority: (['ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE'] as const)[i % 3],
      frameworkRef: i % 2 ? { framework: 'ESCO', code: `S${i}`, label: `skill ${i}` } : undefined,
    });
    skills.push(skill.id);
  }
  const outcomeIds: string[] = [];
  for (let i = 0; i < outcomes; i++) {
    // Leave the last skill uncovered so that coverage has something to list.
    const covered = [skills[i % (skillCount - 1)]!, skills[(i + 1) % (skillCount - 1)]!];
    const outcome = await addOutcome([cast.faculty, cast.lead][i % 2]!, cast.designId, { skillIds: covered });
    outcomeIds.push(outcome.id);
  }
  for (let i = 0; i < commentCount; i++) {
    const author = [cast.employer, cast.faculty, cast.observer, cast.community][i % 4]!;
    const target =
      i % 3 === 0
        ? { targetType: 'DESIGN' as const, targetId: cast.designId }
        : i % 3 === 1
          ? { targetType: 'SKILL' as const, targetId: skills[i % skillCount]! }
          : { targetType: 'OUTCOME' as const, targetId: outcomeIds[i % outcomes]! };
    const comment = await addComment(author, {
      designId: cast.designId,
      ...target,
      body: `Comment ${i} for @${cast.faculty.user.email} and @${cast.employer.user.email}`,
    });
    await addComment(cast.lead, {
      designId: cast.designId,
      ...target,
      parentId: comment.id,
      body: `Reply ${i} to @${cast.community.user.email}`,
    });
  }
  return cast;
}

describe('design(id) with every nested field', () => {
  it('runs the same number of SQL statements for 5 outcomes as for 100 (no N+1)', async () => {
    const small = await populated(5);
    const big = await populated(100);

    // Warm up (first-use caches), and check the answers are complete.
    const smallAnswer = await small.lead.client.ok(EVERYTHING, { id: small.designId });
    const bigAnswer = await big.lead.client.ok(EVERYTHING, { id: big.designId });
    expect(smallAnswer.design.outcomes).toHaveLength(5);
    expect(bigAnswer.design.outcomes).toHaveLength(100);
    expect(bigAnswer.design.skills).toHaveLength(60);
    expect(bigAnswer.design.participants).toHaveLength(5);
    expect(bigAnswer.design.outcomes.every((o) => o.skills.length === 2)).toBe(true);
    expect(bigAnswer.design.coverage.uncoveredSkills).toHaveLength(1);
    expect(bigAnswer.design.events).toHaveLength(100);
    const topLevel = bigAnswer.design.comments.filter((c) => c.replies.length > 0);
    expect(topLevel).toHaveLength(60);
    expect(topLevel.every((c) => c.mentions.length === 2)).toBe(true);

    const readSmall = () => small.lead.client.ok(EVERYTHING, { id: small.designId });
    const readBig = () => big.lead.client.ok(EVERYTHING, { id: big.designId });
    const smallCount = await fewest(api.countQueries, readSmall);
    expect(smallCount).toBeGreaterThan(0);
    expect(await fewest(api.countQueries, readBig)).toBe(smallCount);
    // The same, counted where TypeORM reports each statement, independently of the shared counter.
    const smallStatements = await fewest(countStatements, readSmall);
    expect(smallStatements).toBeGreaterThan(0);
    expect(await fewest(countStatements, readBig)).toBe(smallStatements);
  }, 180_000);
});

describe('designs with nested fields', () => {
  const list = (events: string) => `
    query List($first: Int) {
      designs(first: $first) {
        totalCount
        edges { cursor node {
          id title stage
          institution { name }
          participants { role user { id displayName organization { name } } }
          skills { id proposedBy { id } coveredBy { id } }
          outcomes { id skills { id } }
          coverage { uncoveredEssentialSkills { id } }
          readiness { ready items { element met field message } }
          comments { id author { id } mentions { id } replies { id } }
          ${events}
        } }
      }
    }`;
  const CONTENT = list('');
  const WITH_EVENTS = list('events(limit: 10) { seq type actor { id } }');

  let few: Cast<'faculty' | 'employer'>;
  let many: Cast<'faculty' | 'employer'>;

  beforeAll(async () => {
    few = await makeDesign(api, { with: ['faculty', 'employer'] });
    many = await makeDesign(api, { with: ['faculty', 'employer'] });
    // Each design has a partner, a skill, an outcome covering it, a comment with a mention, and
    // the partner's endorsement in partner review (which readiness looks up, organization and all).
    const fill = async (lead: Cast['lead'], partner: Cast['lead'], designId: string) => {
      const skill = await proposeSkill(lead, designId);
      await addOutcome(lead, designId, { skillIds: [skill.id] });
      await addComment(lead, { designId, body: `For @${partner.user.email}` });
      await lead.client.ok(TO_PARTNER_REVIEW, { designId });
      await partner.client.ok(ENDORSE, { designId });
    };
    // `few.lead` leads 2 designs; `many.lead` leads 12.
    await fill(few.lead, few.employer, few.designId);
    const second = await createDesign(few.lead);
    await join({ designId: second.id, lead: few.lead }, few.employer, 'EMPLOYER_PARTNER');
    await fill(few.lead, few.employer, second.id);
    await fill(many.lead, many.employer, many.designId);
    for (let i = 0; i < 11; i++) {
      const design = await createDesign(many.lead);
      await join({ designId: design.id, lead: many.lead }, many.employer, 'EMPLOYER_PARTNER');
      await fill(many.lead, many.employer, design.id);
    }
  }, 120_000);

  async function compare(query: string) {
    const fewAnswer = await few.lead.client.ok<{ designs: { totalCount: number } }>(query, { first: 20 });
    const manyAnswer = await many.lead.client.ok<{ designs: { totalCount: number } }>(query, { first: 20 });
    expect(fewAnswer.designs.totalCount).toBe(2);
    expect(manyAnswer.designs.totalCount).toBe(12);
    const readFew = () => few.lead.client.ok(query, { first: 20 });
    const readMany = () => many.lead.client.ok(query, { first: 20 });
    const fewCount = await fewest(api.countQueries, readFew);
    expect(fewCount).toBeGreaterThan(0);
    expect({ designs: 12, statements: await fewest(api.countQueries, readMany) }).toEqual({
      designs: 12,
      statements: fewCount,
    });
    const fewStatements = await fewest(countStatements, readFew);
    expect(fewStatements).toBeGreaterThan(0);
    expect(await fewest(countStatements, readMany)).toBe(fewStatements);
  }

  it('runs the same number of SQL statements for 2 designs as for 12 (participants, skills, outcomes, coverage, comments)', async () => {
    await compare(CONTENT);
  });

  it('runs the same number of SQL statements for 2 designs as for 12 when each design’s events are selected', async () => {
    await compare(WITH_EVENTS);
  });
});

const ADD_COMMENT_ID_ONLY = graphql(`
  mutation AddCommentIdOnly($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

const ADD_COMMENT_WITH_LINKS = graphql(`
  mutation AddCommentWithLinks($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      author {
        id
        organization {
          id
        }
      }
      mentions {
        id
      }
      replies {
        id
      }
    }
  }
`);

/**
 * The statements the API ran while `work` ran and for a moment after (a read started but not
 * awaited by the answer would still show), as TypeORM reports them.
 */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const logger = api.app.get(DataSource).logger;
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (...args: Parameters<typeof original>) => {
    seen.push(args[0]);
    return original(...args);
  };
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

/**
 * A read of a comment's mentions or of its design's comments (the thread): both touch the mentions
 * table. (Users are read either way: the mutation matches @mentions against the participants.)
 */
const LINK_READ = /comment_mentions/;

describe('a mutation’s answer', () => {
  // The links of a record a mutation answers are plain properties read on first access: a client
  // that asks for the id alone costs no read of the author, the mentions or the thread.
  it('reads a comment’s author, mentions and replies only when the query selects them', async () => {
    const cast = await makeDesign(api);
    const input = { designId: cast.designId, targetType: 'DESIGN' as const, targetId: cast.designId };
    const bare = await statementsOf(() =>
      cast.lead.client.ok(ADD_COMMENT_ID_ONLY, { input: { ...input, body: 'Only the id, please.' } }),
    );
    let answer: AddCommentWithLinksMutation | undefined;
    const linked = await statementsOf(async () => {
      answer = await cast.lead.client.ok(ADD_COMMENT_WITH_LINKS, {
        input: { ...input, body: 'With who wrote it.' },
      });
    });
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.filter((sql) => LINK_READ.test(sql))).toEqual([]);
    expect(linked.filter((sql) => LINK_READ.test(sql)).length).toBeGreaterThan(0);
    expect(answer?.addComment).toEqual({
      id: expect.any(String),
      author: { id: cast.lead.user.id, organization: { id: cast.institution.id } },
      mentions: [],
      replies: [],
    });
  });
});
