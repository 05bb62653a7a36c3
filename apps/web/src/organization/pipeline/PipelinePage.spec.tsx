import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';

import { mockClient } from '../../workspace/stage/workspace-fixture';

import type { Definition } from './pipeline-model';
import { PipelinePage } from './PipelinePage';

const ADMIN = { id: 'u-admin', displayName: 'Ada Admin', orgRole: 'ADMIN' };

/** The default pipeline as the API answers it (libs/workflow DEFAULT_PIPELINE), trimmed to what the tests touch. */
function definition(): Definition {
  return {
    name: 'default',
    stages: [
      {
        stage: 'DRAFTING',
        kind: 'work',
        snapshot: false,
        decisions: [],
        units: [],
        transitions: [
          {
            to: 'COMMITTEE_REVIEW',
            roles: ['LEAD'],
            gates: [{ type: 'minimumContent', skills: 1, outcomes: 1 }],
          },
        ],
      },
      {
        stage: 'COMMITTEE_REVIEW',
        kind: 'review',
        snapshot: true,
        decisions: [{ role: 'COMMITTEE_MEMBER', kinds: ['APPROVE', 'REJECT'] }],
        units: [],
        transitions: [
          {
            to: 'APPROVED',
            roles: ['COMMITTEE_MEMBER'],
            gates: [{ type: 'committeeVotes', quorum: 'majority' }],
          },
          { to: 'DRAFTING', roles: ['COMMITTEE_MEMBER'], gates: [{ type: 'rationale' }] },
        ],
      },
      { stage: 'APPROVED', kind: 'work', snapshot: false, decisions: [], units: [], transitions: [] },
      { stage: 'ARCHIVED', kind: 'final', snapshot: false, decisions: [], units: [], transitions: [] },
    ],
    fromAnyStage: [{ to: 'ARCHIVED', roles: ['LEAD'], gates: [{ type: 'rationale' }] }],
  };
}

type Answer = Parameters<typeof mockClient>[0];

function renderPage(
  save: Answer = () => ({ data: { updateInstitutionPipeline: definition() } }),
  orgRole = 'ADMIN',
) {
  const mock = mockClient((call) => {
    if (call.operation === 'MyOrganization')
      return {
        data: {
          me: {
            ...ADMIN,
            orgRole,
            organization: { id: 'org', name: 'Coast College', kind: 'POST_SECONDARY' },
          },
        },
      };
    if (call.operation === 'InstitutionPipelineEditor')
      return {
        data: {
          institutionPipeline: definition(),
          institutionPipelineVersions: [
            { version: 1, definition: definition(), createdAt: '2026-01-02T10:00:00.000Z', createdBy: ADMIN },
            { version: 0, definition: definition(), createdAt: null, createdBy: null },
          ],
          organizationMembers: [
            { id: 'u-lib', displayName: 'Libby Librarian', active: true },
            { id: 'u-gone', displayName: 'Gone Member', active: false },
          ],
        },
      };
    return save(call);
  });
  render(
    <Provider value={mock.client}>
      <MemoryRouter>
        <PipelinePage />
      </MemoryRouter>
    </Provider>,
  );
  return mock;
}

describe('PipelinePage', () => {
  it('shows the stages in order, the flow as an SVG diagram and the history of versions', async () => {
    renderPage();
    const stages = await screen.findByRole('list', { name: 'Pipeline stages' });
    expect(
      within(stages)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['1. Drafting', '2. Committee review', '3. Approved', '4. Archived']);
    const diagram = screen.getByRole('img', { name: /Flow of default/ });
    expect(diagram.tagName.toLowerCase()).toBe('svg');
    expect(within(diagram).getByText('COMMITTEE_MEMBER · votes: majority')).toBeTruthy();
    const versions = within(screen.getByRole('list', { name: 'Versions' })).getAllByRole('listitem');
    expect(versions.map((v) => v.textContent)).toEqual([
      expect.stringMatching(/^Version 1: default, .* by Ada Admin/),
      expect.stringMatching(/^Version 0: the default pipeline/),
    ]);
  });

  it('changes a quorum, saves it, and the diagram follows', async () => {
    const mock = renderPage();
    await screen.findByRole('list', { name: 'Pipeline stages' });
    const quorum = screen.getAllByLabelText('Quorum')[0] as HTMLSelectElement;
    await userEvent.selectOptions(quorum, 'twoThirds');
    expect(screen.getByText('COMMITTEE_MEMBER · votes: two thirds')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const saved = mock.calls.find((c) => c.operation === 'SaveInstitutionPipeline');
    const sent = saved?.variables['definition'] as Definition;
    expect(sent.stages[1]?.transitions[0]?.gates).toEqual([{ type: 'committeeVotes', quorum: 'twoThirds' }]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringMatching(/^Saved/));
  });

  it('shows the API’s validation messages at the field they name', async () => {
    renderPage(() => ({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'stages[1].transitions[0].gates[0].quorum.percent',
                message: 'a quorum must be between 1 and 100 %',
              },
              { field: 'stages[1].transitions[1].roles', message: 'a transition needs at least one role' },
              { field: 'stages[3]', message: 'unreachable stage ARCHIVED' },
            ],
          },
        },
      ],
    }));
    await screen.findByRole('list', { name: 'Pipeline stages' });
    await userEvent.selectOptions(screen.getAllByLabelText('Quorum')[0] as HTMLSelectElement, 'percent');
    const percent = screen.getByLabelText('Percent of the committee') as HTMLInputElement;
    await userEvent.clear(percent);
    await userEvent.type(percent, '150');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not saved/);
    expect(percent.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(percent.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'a quorum must be between 1 and 100 %',
    );
    const roles = screen.getAllByRole('group', { name: 'Roles' })[2] as HTMLElement;
    expect(document.getElementById(roles.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'a transition needs at least one role',
    );
    expect(
      within(screen.getByRole('listitem', { name: 'Archived' })).getByText('unreachable stage ARCHIVED'),
    ).toBeTruthy();
  });

  it('names the designs that a removed stage would strand', async () => {
    renderPage(() => ({
      errors: [
        {
          message: 'Designs sit in a stage this version removes: APPROVED',
          extensions: {
            code: 'PRECONDITION_FAILED',
            designs: [{ id: 'd1', title: 'Welding basics', stage: 'APPROVED' }],
          },
        },
      ],
    }));
    await screen.findByRole('list', { name: 'Pipeline stages' });
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Welding basics' }).getAttribute('href')).toBe(
      '/designs/d1',
    );
  });

  it('a parallel review stage gets service units signed for by active members', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Pipeline stages' });
    const committee = screen.getByRole('listitem', { name: 'Committee review' });
    await userEvent.selectOptions(
      within(committee).getAllByRole('combobox')[0] as HTMLSelectElement,
      'parallelReview',
    );
    await userEvent.click(within(committee).getByRole('button', { name: 'Add unit' }));
    const signers = within(committee).getByLabelText('Signed by') as HTMLSelectElement;
    expect(Array.from(signers.options).map((o) => o.textContent)).toEqual(['Libby Librarian']);
    expect(screen.getByText('units: Unit 1')).toBeTruthy();
  });

  it('tells a member who is not an admin that only admins edit the pipeline', async () => {
    renderPage(undefined, 'MEMBER');
    expect(await screen.findByText(/Only your institution’s admins edit its pipeline/)).toBeTruthy();
  });
});
