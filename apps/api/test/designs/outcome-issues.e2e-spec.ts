import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import { addOutcome, codeOf, makeDesign, outsider, unknownId } from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const OUTCOME_ISSUES = graphql(`
  query OutcomeIssues($id: ID!) {
    design(id: $id) {
      outcomes {
        id
        statement
        issues {
          code
          message
        }
      }
    }
  }
`);

const UPDATE_OUTCOME_ISSUES = graphql(`
  mutation UpdateOutcomeIssues($id: ID!, $input: UpdateOutcomeInput!) {
    updateOutcome(id: $id, input: $input) {
      version
      issues {
        code
        message
      }
    }
  }
`);

const ADD_OUTCOME_ISSUES = graphql(`
  mutation AddOutcomeIssues($designId: ID!, $input: AddOutcomeInput!) {
    addOutcome(designId: $designId, input: $input) {
      issues {
        code
      }
    }
  }
`);

describe('Outcome.issues', () => {
  it('answers the checks of each outcome: the examples of the SPEC, and none for a good one', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const statements = [
      ['Understand SQL joins', 'UNDERSTAND', ['VAGUE_VERB']],
      ['List the stages of a data pipeline', 'CREATE', ['LEVEL_MISMATCH']],
      ['Design a data pipeline that joins two sources', 'CREATE', []],
      ['SQL joins', 'APPLY', ['NO_ACTION_VERB']],
    ] as const;
    for (const [statement, bloomLevel] of statements)
      await addOutcome(cast.lead, cast.designId, { statement, bloomLevel });

    // A partner reads them too: whoever may read an outcome reads its issues.
    const { design } = await cast.employer.client.ok(OUTCOME_ISSUES, { id: cast.designId });
    expect(
      design.outcomes.map((outcome) => [outcome.statement, outcome.issues.map((issue) => issue.code)]),
    ).toEqual(statements.map(([statement, , codes]) => [statement, codes]));
    const mismatch = design.outcomes[1].issues[0];
    expect(mismatch.message).toContain('fits Remember, not Create');
  });

  it('follows the statement and the level: an update answers the new issues', async () => {
    const cast = await makeDesign(api);
    const outcome = await addOutcome(cast.lead, cast.designId, {
      statement: 'List the stages of a data pipeline',
      bloomLevel: 'REMEMBER',
    });
    const { updateOutcome: raised } = await cast.lead.client.ok(UPDATE_OUTCOME_ISSUES, {
      id: outcome.id,
      input: { expectedVersion: outcome.version, bloomLevel: 'CREATE' },
    });
    expect(raised.issues.map((issue) => issue.code)).toEqual(['LEVEL_MISMATCH']);
    const { updateOutcome: fixed } = await cast.lead.client.ok(UPDATE_OUTCOME_ISSUES, {
      id: outcome.id,
      input: { expectedVersion: raised.version, statement: 'Design a data pipeline' },
    });
    expect(fixed.issues).toEqual([]);
    const { addOutcome: added } = await cast.lead.client.ok(ADD_OUTCOME_ISSUES, {
      designId: cast.designId,
      input: { statement: 'Be aware of data privacy', bloomLevel: 'REMEMBER' },
    });
    expect(added.issues).toEqual([{ code: 'VAGUE_VERB' }]);
  });

  it('costs no SQL statement: the same count with or without the field', async () => {
    const cast = await makeDesign(api);
    for (let i = 0; i < 5; i++) await addOutcome(cast.lead, cast.designId, { statement: `SQL joins ${i}` });
    const WITHOUT = graphql(`
      query OutcomesWithoutIssues($id: ID!) {
        design(id: $id) {
          outcomes {
            id
            statement
          }
        }
      }
    `);
    const counts = async (work: () => Promise<unknown>) => {
      const all: number[] = [];
      for (let i = 0; i < 3; i++) all.push(await api.countQueries(work));
      return Math.min(...all);
    };
    const without = await counts(() => cast.lead.client.ok(WITHOUT, { id: cast.designId }));
    const withIssues = await counts(() => cast.lead.client.ok(OUTCOME_ISSUES, { id: cast.designId }));
    expect(without).toBeGreaterThan(0);
    expect(withIssues).toBe(without);
  });

  it('is NOT_FOUND with its outcome for someone outside the design, as for an unknown id', async () => {
    const cast = await makeDesign(api);
    await addOutcome(cast.lead, cast.designId, { statement: 'Understand SQL joins' });
    const stranger = await outsider(api);
    expect(codeOf(await stranger.client.request(OUTCOME_ISSUES, { id: cast.designId }))).toBe('NOT_FOUND');
    expect(codeOf(await stranger.client.request(OUTCOME_ISSUES, { id: unknownId() }))).toBe('NOT_FOUND');
  });
});
