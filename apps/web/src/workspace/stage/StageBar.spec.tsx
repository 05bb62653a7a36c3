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

/** The bar's writes (its look-ups of the latest send-back left out). */
const writes = (calls: MutationCall[]) => calls.filter((call) => !call.operation.startsWith('SendBack'));

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
    expect(screen.getByTestId('committee-tally').textContent).toContain('The approvals needed are in');
    expect(screen.getByText(/Next step:/)).toBeTruthy();
    expect(buttonNames()).toEqual(['Approve design', 'Send back to drafting']);
  });

  it('counts against the pipeline quorum the API names (all three), not a majority', () => {
    const committee = [PEOPLE.colin, PEOPLE.lena, PEOPLE.ana];
    const vote = (user: (typeof committee)[number]) => ({
      id: `d-${user.id}`,
      kind: 'APPROVE' as const,
      note: null,
      revision: 1,
      createdAt: '2025-02-01T10:00:00.000Z',
      user: { id: user.id, displayName: user.displayName },
    });
    const participants = committee.map((user) => participant(user, 'COMMITTEE_MEMBER'));
    renderBar(
      propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW', {
        revision: 1,
        participants,
        committeeVotesNeeded: 3,
        decisions: [vote(PEOPLE.colin), vote(PEOPLE.ana)],
      }),
    );
    const tally = screen.getByTestId('committee-tally').textContent;
    expect(tally).toContain('Approvals: 2 of 3 needed (3 committee members). 1 more approval needed.');
    expect(tally).not.toMatch(/majority/i);
    expect(screen.queryByText(/Next step:/)).toBeNull();
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
    expect(writes(calls)).toHaveLength(0);
    await user.type(screen.getByLabelText('Rationale'), 'The safety outcome is missing');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(writes(calls)).toEqual<MutationCall[]>([
      {
        operation: 'TransitionDesign',
        variables: { designId: 'design-1', to: 'DRAFTING', rationale: 'The safety outcome is missing' },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
  });

  it('shows the latest send-back with who sent it back, from where, and why', async () => {
    const entry = (seq: number, to: string, from: string, name: string, rationale: string | null) => ({
      seq,
      type: 'stage.changed',
      actor: { id: `u-${seq}`, displayName: name },
      data: { from, to, rationale },
      at: '2026-11-30T10:00:00.000Z',
    });
    // 130 entries: the latest page (31..130) has the newest send-back; an older one is on the page before.
    type Entry = {
      seq: number;
      type: string;
      actor: { id: string; displayName: string } | null;
      data: object;
      at: string;
    };
    const events: Entry[] = Array.from({ length: 130 }, (_, i) => ({
      seq: i + 1,
      type: 'design.updated',
      actor: null,
      data: {},
      at: '2026-11-30T09:00:00.000Z',
    }));
    events[9] = entry(10, 'DRAFTING', 'PARTNER_REVIEW', 'Emma Employer', 'An old reason');
    events[99] = entry(
      100,
      'DRAFTING',
      'COMMITTEE_REVIEW',
      'Colin Committee',
      'The safety outcome is missing',
    );
    events[109] = entry(110, 'PARTNER_REVIEW', 'DRAFTING', 'Lena Faculty', null);
    const { calls } = renderBar(propsAs('LEAD', 'DRAFTING'), ({ operation, variables }) => {
      if (operation === 'SendBackHead') return { data: { design: { id: 'design-1', lastSeq: 130 } } };
      const after = variables['afterSeq'] as number;
      const limit = variables['limit'] as number;
      return { data: { design: { id: 'design-1', events: events.slice(after, after + limit) } } };
    });
    const note = await screen.findByTestId('last-send-back');
    expect(note.textContent).toContain('Colin Committee sent the design back from Committee review');
    expect(note.textContent).toContain('“The safety outcome is missing”'.slice(1, -1));
    expect(within(note).getByRole('heading').textContent).toBe('Sent back to drafting');
    expect(calls.filter((c) => c.operation === 'SendBackPage').map((c) => c.variables)).toEqual([
      { id: 'design-1', afterSeq: 30, limit: 100 },
    ]);
  });

  it('looks further back for an older send-back', async () => {
    const events = [
      {
        seq: 1,
        type: 'stage.changed',
        actor: { id: 'u', displayName: 'Emma Employer' },
        data: { from: 'PARTNER_REVIEW', to: 'DRAFTING', rationale: 'Add the lockout step' },
        at: '2026-11-30T10:00:00.000Z',
      },
      ...Array.from({ length: 149 }, (_, i) => ({
        seq: i + 2,
        type: 'design.updated',
        actor: null,
        data: {},
        at: '2026-11-30T11:00:00.000Z',
      })),
    ];
    const { calls } = renderBar(propsAs('LEAD', 'PARTNER_REVIEW'), ({ operation, variables }) => {
      if (operation === 'SendBackHead') return { data: { design: { id: 'design-1', lastSeq: 150 } } };
      const after = variables['afterSeq'] as number;
      return {
        data: {
          design: { id: 'design-1', events: events.slice(after, after + (variables['limit'] as number)) },
        },
      };
    });
    const note = await screen.findByTestId('last-send-back');
    expect(note.textContent).toContain('Emma Employer sent the design back from Partner review');
    expect(note.textContent).toContain('Add the lockout step');
    expect(within(note).getByRole('heading').textContent).toBe('Last sent back');
    expect(calls.filter((c) => c.operation === 'SendBackPage').map((c) => c.variables['afterSeq'])).toEqual([
      50, 0,
    ]);
  });

  it('shows no send-back when the log has none', async () => {
    const { calls } = renderBar(propsAs('LEAD', 'DRAFTING'), ({ operation }) =>
      operation === 'SendBackHead'
        ? { data: { design: { id: 'design-1', lastSeq: 2 } } }
        : { data: { design: { id: 'design-1', events: [] } } },
    );
    await screen.findByRole('button', { name: 'Archive' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.some((c) => c.operation === 'SendBackPage')).toBe(true);
    expect(screen.queryByTestId('last-send-back')).toBeNull();
  });

  it('does not announce a stage the design no longer has', async () => {
    const user = userEvent.setup();
    const mock = mockClient(() => ({
      data: { transitionDesign: { id: 'design-1', stage: 'PARTNER_REVIEW' } },
    }));
    const drafting = propsAs('LEAD', 'DRAFTING');
    const view = (props: WorkspacePartProps) => (
      <Provider value={mock.client}>
        <StageBar {...props} />
      </Provider>
    );
    const { rerender } = render(view(drafting));
    await user.click(screen.getByRole('button', { name: 'Submit to partner review' }));
    const live = screen.getByTestId('stage-announcement');
    // The reload has not come yet: the design is still shown in drafting, so nothing is announced.
    expect(live.textContent).toBe('');
    rerender(view(propsAs('LEAD', 'PARTNER_REVIEW')));
    expect(live.textContent).toBe('The design moved to Partner review.');
    // Someone sent it back meanwhile: the sentence about partner review is gone.
    rerender(view(propsAs('LEAD', 'DRAFTING')));
    expect(live.textContent).toBe('');
  });

  it('records a decision with its optional note', async () => {
    const user = userEvent.setup();
    const { calls } = renderBar(propsAs('COMMITTEE_MEMBER', 'COMMITTEE_REVIEW'), () => ({
      data: { recordDecision: { id: 'dec-1', kind: 'APPROVE' } },
    }));
    await user.type(screen.getByLabelText('Note'), 'Well aligned');
    await user.click(screen.getByRole('button', { name: 'Vote approve' }));
    expect(writes(calls)).toEqual([
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
