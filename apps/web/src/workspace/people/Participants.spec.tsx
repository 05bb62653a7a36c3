import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import { mockClient, present, propsAs } from '../stage/workspace-fixture';
import type { WorkspacePartProps } from '../workspace-props';

import { Participants } from './Participants';
import { PresenceAvatars } from './PresenceAvatars';

function renderPeople(props: WorkspacePartProps) {
  const mock = mockClient(({ operation }) =>
    operation === 'PendingInvitations'
      ? { data: { design: { id: 'design-1', invitations: [] } } }
      : operation === 'InviteToDesign'
        ? {
            data: {
              inviteToDesign: {
                id: 'inv-1',
                email: 'new@aurora.com',
                role: 'OBSERVER',
                token: 'tok-123',
                expiresAt: '2025-01-08T10:00:00.000Z',
              },
            },
          }
        : { data: { removeParticipant: { id: 'design-1' } } },
  );
  render(
    <Provider value={mock.client}>
      <Participants {...props} />
    </Provider>,
  );
  return mock;
}

describe('Participants', () => {
  it('lists everyone with role and organization; only the lead gets the invite form', () => {
    renderPeople(propsAs('EMPLOYER_PARTNER', 'DRAFTING'));
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByText('Ana Lee').closest('li')?.textContent).toContain(
      'Employer partner · Aurora Electric',
    );
    expect(within(people).queryByRole('button', { name: 'Invite' })).toBeNull();
    expect(within(people).queryByRole('button', { name: 'Remove' })).toBeNull();
  });

  it('invites by email and role, then shows the invitation link and copies it', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { calls } = renderPeople(propsAs('LEAD', 'DRAFTING'));
    await user.type(screen.getByLabelText('Email'), 'new@aurora.com');
    await user.selectOptions(screen.getByLabelText('Role'), 'Observer');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(calls.filter((call) => call.operation !== 'PendingInvitations')).toEqual([
      {
        operation: 'InviteToDesign',
        variables: { designId: 'design-1', email: 'new@aurora.com', role: 'OBSERVER' },
      },
    ]);
    const link = `${window.location.origin}/invitations/tok-123`;
    expect((screen.getByLabelText('Invitation link') as HTMLInputElement).value).toBe(link);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(await screen.findByText('Link copied.')).toBeTruthy();
  });

  it('removes a participant only after a confirmation, and never offers to remove the lead themself', async () => {
    const user = userEvent.setup();
    const props = propsAs('LEAD', 'DRAFTING');
    const { calls } = renderPeople(props);
    const lead = present(screen.getByText('Lena Lead').closest('li'));
    expect(within(lead).queryByRole('button', { name: 'Remove' })).toBeNull();
    const ana = present(screen.getByText('Ana Lee').closest('li'));
    await user.click(within(ana).getByRole('button', { name: 'Remove' }));
    expect(calls.filter((call) => call.operation !== 'PendingInvitations')).toHaveLength(0);
    await user.click(within(ana).getByRole('button', { name: 'Confirm removal' }));
    expect(calls.filter((call) => call.operation !== 'PendingInvitations')).toEqual([
      { operation: 'RemoveParticipant', variables: { designId: 'design-1', userId: 'u-ana' } },
    ]);
    expect(props.refresh).toHaveBeenCalled();
  });
});

describe('PresenceAvatars', () => {
  it('shows each person here once, me first as "You", with initials and the full name', () => {
    const props = propsAs('LEAD', 'DRAFTING');
    props.presence = [
      { userId: 'u-ana', displayName: 'Ana Lee', role: 'EMPLOYER_PARTNER', focus: null },
      { userId: 'u-lena', displayName: 'Lena Lead', role: 'LEAD', focus: null },
      { userId: 'u-ana', displayName: 'Ana Lee', role: 'EMPLOYER_PARTNER', focus: null },
    ];
    render(<PresenceAvatars {...props} />);
    const items = within(screen.getByRole('list', { name: 'People here now' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.co-sr-only')?.textContent)).toEqual(['You', 'Ana Lee']);
    expect(items.map((li) => li.querySelector('.co-avatar')?.textContent)).toEqual(['LL', 'AL']);
    expect(items[1]?.getAttribute('title')).toContain('Ana Lee');
  });
});
