import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspacePartProps } from '../workspace-props';

import { StageBar } from './StageBar';
import { mockClient, MutationCall, participant, PEOPLE, present, propsAs } from './workspace-fixture';

type Answer = Parameters<typeof mockClient>[0];

function renderBar(props: WorkspacePartProps, answer: Answer = () => ({ data: {} })) {
  const mock = mockClient(answer);
  render(
    <Provider value={mock.client}>
      <StageBar {...props} />
    </Provider>,
  );
  return mock;
}

const buttonNames = () =>
  screen
    .queryAllByRole('button')
    .map((button) => button.textContent)
    .sort();

const refusal = (code: string, extensions: object = {}): ReturnType<Answer> => ({
  errors: [{ message: 'refused', extensions: { code, ...extensions } }],
});

describe('StageBar', () => {
  it('shows the pipeline as an ordered list with the current stage marked', () => {
    renderBar(propsAs('LEAD', 'PARTNER_REVIEW'));
    const stages = within(screen.getByRole('list', { name: 'Stages' })).getAllByRole('listitem');
    expect(stages.map((s) => s.textContent?.replace(/\s*\(.*\)$/, ''))).toEqual([
      'Drafting',
      'Partner review',
      'Committee review',
      'Approved',
      'Published',
      'Archived',
    ]);
    const current = stages.filter((s) => s.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Partner review');
  });

  it('offers a lead in drafting to submit to partner review or archive, and no decisions', () => {
    renderBar(propsAs('LEAD', 'DRAFTING'));
    expect(buttonNames()).toEqual(['Archive', 'Submit to partner review']);
  });

  it('offers an employer partner in partner review to endorse, request changes or send back', () => {
    renderBar(propsAs('EMPLOYER_PARTNER', 'PARTNER_REVIEW'));
    expect(buttonNames()).toEqual(['Endorse', 'Request changes', 'Send back to drafting']);
    expect(screen.getByLabelText('Note')).toBeTruthy();
  });

  it('offers a committee member before the majority to vote or send it back, not yet to approve', () => {
    renderBar(propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW'));
    expect(buttonNames()).toEqual([
      'Abstain',
      'Request changes',
      'Send back to drafting',
      'Vote approve',
      'Vote reject',
    ]);
    expect(screen.getByTestId('committee-tally').textContent).toBe(
      'Approvals: 0 of 1 needed (1 committee member). 1 more approval needed.',
    );
  });

  it('once the majority approves, offers the move as the next step instead of the votes', () => {
    const committee = [PEOPLE.colin, PEOPLE.lena, PEOPLE.ana];
    const vote = (user: (typeof committee)[number], kind: 'APPROVE' | 'REJECT') => ({
      id: `d-${user.id}`,
      kind,
      note: null,
      revision: 1,
      createdAt: '2025-02-01T10:00:00.000Z',
      user: { id: user.id, displayName: user.displayName },
    });
    const participants = committee.map((user) => participant(user, 'COMMITTEE_MEMBER'));
    const { unmount } = render(
      <Provider value={mockClient(() => ({ data: {} })).client}>
        <StageBar
          {...propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW', {
            revision: 1,
            participants,
            decisions: [vote(PEOPLE.colin, 'APPROVE'), vote(PEOPLE.lena, 'REJECT')],
          })}
        />
      </Provider>,
    );
    expect(screen.getByTestId('committee-tally').textContent).toContain(
      'Approvals: 1 of 2 needed (3 committee members). 1 more approval needed.',
    );
    expect(screen.queryByRole('button', { name: 'Approve design' })).toBeNull();
    unmount();

    renderBar(
      propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW', {
        revision: 1,
        participants,
        decisions: [vote(PEOPLE.colin, 'APPROVE'), vote(PEOPLE.ana, 'APPROVE')],
      }),
    );
    expect(screen.getByTestId('committee-tally').textContent).toContain('The majority is reached');
    expect(screen.getByText(/Next step:/)).toBeTruthy();
    expect(buttonNames()).toEqual(['Approve design', 'Send back to drafting']);
  });

  it('offers nothing to an employer partner in drafting', () => {
    renderBar(propsAs('EMPLOYER_PARTNER', 'DRAFTING'));
    expect(buttonNames()).toEqual([]);
  });

  it('offers nothing to an observer in review', () => {
    renderBar(
      propsAs('OBSERVER', 'COMMITTEE_REVIEW', {
        participants: [participant(PEOPLE.lena, 'LEAD'), participant(PEOPLE.ana, 'OBSERVER')],
      }),
    );
    expect(buttonNames()).toEqual([]);
  });

  it('asks a rationale before sending the design back, and sends it with the move', async () => {
    const user = userEvent.setup();
    const props = propsAs('EMPLOYER_PARTNER', 'PARTNER_REVIEW');
    const { calls } = renderBar(props, () => ({
      data: { transitionDesign: { id: 'design-1', stage: 'DRAFTING' } },
    }));
    await user.click(screen.getByRole('button', { name: 'Send back to drafting' }));
    expect(calls).toHaveLength(0);
    await user.type(screen.getByLabelText('Rationale'), 'The safety outcome is missing');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(calls).toEqual<MutationCall[]>([
      {
        operation: 'TransitionDesign',
        variables: { designId: 'design-1', to: 'DRAFTING', rationale: 'The safety outcome is missing' },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
  });

  it('records a decision with its optional note', async () => {
    const user = userEvent.setup();
    const { calls } = renderBar(propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW'), () => ({
      data: { recordDecision: { id: 'dec-1', kind: 'APPROVE' } },
    }));
    await user.type(screen.getByLabelText('Note'), 'Well aligned');
    await user.click(screen.getByRole('button', { name: 'Vote approve' }));
    expect(calls).toEqual([
      {
        operation: 'RecordDecision',
        variables: { designId: 'design-1', kind: 'APPROVE', note: 'Well aligned' },
      },
    ]);
  });

  it('lists every missing item of a PRECONDITION_FAILED refusal', async () => {
    const user = userEvent.setup();
    renderBar(propsAs('LEAD', 'DRAFTING'), () =>
      refusal('PRECONDITION_FAILED', {
        stage: 'DRAFTING',
        missing: [
          {
            gate: 'uncoveredEssentialSkills',
            message: 'every ESSENTIAL skill must be covered by an outcome',
            skills: [
              { id: 's1', name: 'Wiring' },
              { id: 's2', name: 'Lockout procedures' },
            ],
          },
        ],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit to partner review' }));
    const alert = await screen.findByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Essential skill “Wiring” is not covered by any outcome',
      'Essential skill “Lockout procedures” is not covered by any outcome',
    ]);
  });

  it('names the partner organizations that have not endorsed, and the approvals still needed', async () => {
    const user = userEvent.setup();
    let answer: ReturnType<Answer> = refusal('PRECONDITION_FAILED', {
      missing: [
        {
          gate: 'partnerEndorsements',
          message: 'every partner organization must endorse this revision',
          organizations: [{ id: 'org-coast', name: 'Coast Builders' }],
        },
      ],
    });
    renderBar(propsAs('LEAD', 'PARTNER_REVIEW'), () => answer);
    await user.click(screen.getByRole('button', { name: 'Submit to committee review' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Coast Builders has not endorsed');

    answer = refusal('PRECONDITION_FAILED', {
      missing: [
        {
          gate: 'committeeApprovals',
          message: 'a majority of the committee must approve this revision',
          needed: 3,
          approvals: 1,
          committeeSize: 5,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Submit to committee review' }));
    expect((await screen.findByRole('alert')).textContent).toContain('2 more approvals needed');
  });

  it('says readably when the role may not make the move, or someone else moved first', async () => {
    const user = userEvent.setup();
    let answer = refusal('FORBIDDEN');
    const props = propsAs('LEAD', 'DRAFTING');
    renderBar(props, () => answer);
    await user.click(screen.getByRole('button', { name: 'Submit to partner review' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/may not move it to Partner review/);

    answer = refusal('CONFLICT', { current: { id: 'design-1', stage: 'ARCHIVED' } });
    await user.click(screen.getByRole('button', { name: 'Submit to partner review' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Someone else moved the design.*Archived/);
    expect(props.refresh).toHaveBeenCalled();
  });

  it("lists the current revision's decisions", () => {
    renderBar(
      propsAs('LEAD', 'PARTNER_REVIEW', {
        revision: 4,
        decisions: [
          {
            id: 'd1',
            kind: 'ENDORSE',
            note: 'Looks right',
            revision: 4,
            createdAt: '2025-02-01T10:00:00.000Z',
            user: { id: PEOPLE.ana.id, displayName: PEOPLE.ana.displayName },
          },
        ],
      }),
    );
    const decisions = screen.getByRole('heading', { name: 'Decisions on revision 4' }).parentElement;
    const items = within(present(decisions)).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toMatch(/^Ana Lee endorsed: Looks right/);
    // Aurora has endorsed; Coast Builders has not.
    expect(screen.getByText(/Endorsements:/).textContent).toMatch(
      /Aurora Electric \(endorsed\).*Coast Builders \(waiting\)/,
    );
  });
});

describe('StageBar in a parallel review', () => {
  const units = [
    {
      unit: 'library',
      name: 'Library',
      signedAt: null,
      signedBy: null,
      canSignOff: true,
    },
    {
      unit: 'registrar',
      name: 'Registrar',
      signedAt: '2026-01-02T10:00:00.000Z',
      signedBy: { id: PEOPLE.lena.id, displayName: PEOPLE.lena.displayName },
      canSignOff: false,
    },
  ];

  it('lists every service unit with its sign-off, and signs off for the caller’s unit', async () => {
    const mock = renderBar(propsAs('OBSERVER', 'PARTNER_REVIEW', { unitSignOffs: units }), () => ({
      data: { signOffDesign: { id: 'd', stage: 'PARTNER_REVIEW' } },
    }));
    const panel = screen.getByRole('group', { name: 'Service sign-offs' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Library: waiting Sign off for Library',
      `Registrar: signed off by ${PEOPLE.lena.displayName}`,
    ]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Sign off for Library' }));
    expect(mock.calls.find((c) => c.operation === 'SignOffDesign')?.variables).toEqual({
      designId: expect.any(String),
      unit: 'library',
    });
  });

  it('shows no sign-off panel outside a parallel review', () => {
    renderBar(propsAs('LEAD', 'PARTNER_REVIEW'));
    expect(screen.queryByRole('group', { name: 'Service sign-offs' })).toBeNull();
  });
});
