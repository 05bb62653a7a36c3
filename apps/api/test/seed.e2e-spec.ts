import { GraphQLClient } from '@mc/testing';

import { SEED_DOMAIN, seedDemo } from '../src/seed-demo';

import { graphql } from './gql';
import { LogInDocument } from './identity-factories';
import { startTestApi, TestApi } from './test-api';

let api: TestApi;

/** What the demo should have filled in, for every design the lead sees. */
const SEEDED_DESIGNS = graphql(`
  query SeededDesigns {
    designs {
      totalCount
      edges {
        node {
          title
          skills {
            id
          }
          outcomes {
            id
          }
          participants {
            role
          }
          comments {
            mentions {
              id
            }
            replies {
              id
            }
          }
          coverage {
            uncoveredEssentialSkills {
              name
            }
          }
        }
      }
    }
  }
`);
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('the demo seed', () => {
  it('builds a living workspace through the API, prints fresh passwords, and runs only once', async () => {
    let n = 0;
    const result = await seedDemo(`${api.url}/graphql`, () => `generated-password-${++n}`);
    if (result === 'already-seeded') throw new Error('fresh database reported as seeded');
    expect(result.people.map((p) => p.description)).toEqual(
      expect.arrayContaining(['program committee member', 'employer partner', 'community partner']),
    );
    expect(result.people.filter((p) => p.description === 'program committee member')).toHaveLength(3);
    expect(new Set(result.people.map((p) => p.password)).size).toBe(result.people.length);

    const lead = result.people[0]!;
    const { logIn } = await api.client.ok(LogInDocument, {
      email: lead.email,
      password: lead.password,
    });
    const asLead = new GraphQLClient(api.url, logIn.accessToken);
    const { designs } = await asLead.ok(SEEDED_DESIGNS);
    expect(designs.totalCount).toBe(2);
    const battery = designs.edges.find((e) => e.node.title.startsWith('Battery'))!.node;
    expect(battery.skills.length).toBeGreaterThanOrEqual(3);
    expect(battery.outcomes.length).toBeGreaterThanOrEqual(2);
    expect(battery.participants).toHaveLength(7);
    expect(battery.coverage.uncoveredEssentialSkills.map((s) => s.name)).toEqual([
      'Thermal runaway response',
    ]);
    expect(battery.comments.some((c) => c.mentions.length > 0 && c.replies.length > 0)).toBe(true);

    expect(await seedDemo(`${api.url}/graphql`, () => 'another-password-x')).toBe('already-seeded');
    const [{ count }] = await api.sql<{ count: string }>(`SELECT count(*) FROM users WHERE email LIKE $1`, [
      `%@${SEED_DOMAIN}`,
    ]);
    expect(Number(count)).toBe(result.people.length);
  });
});
