import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { mockClient } from '../workspace/stage/workspace-fixture';

import { AcceptInvitationPage } from './AcceptInvitationPage';

type Answer = Parameters<typeof mockClient>[0];

const ME = { me: { id: 'u-emma', email: 'emma@aurora.com' } };

function renderPage(answer: Answer) {
  const mock = mockClient((call) => (call.operation === 'InvitationWhoAmI' ? { data: ME } : answer(call)));
  render(
    <Provider value={mock.client}>
      <MemoryRouter initialEntries={['/invitations/tok-1']}>
        <Routes>
          <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
          <Route path="/designs/:id" element={<h1>The design page</h1>} />
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
  return mock;
}

describe('AcceptInvitationPage', () => {
  it('accepts the invitation of the URL and opens the design', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(() => ({ data: { acceptInvitation: { id: 'design-9', title: 'T' } } }));
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect(calls.filter((c) => c.operation === 'AcceptInvitation')).toEqual([
      { operation: 'AcceptInvitation', variables: { token: 'tok-1' } },
    ]);
    expect(await screen.findByRole('heading', { name: 'The design page' })).toBeTruthy();
  });

  it.each([
    ['FORBIDDEN', 'This invitation is for another email address', /another email address/],
    ['NOT_FOUND', 'Invitation not found', /does not exist or has already been used/],
    ['PRECONDITION_FAILED', 'Invitation has expired', /has expired/],
  ])('explains a %s refusal', async (code, message, said) => {
    const user = userEvent.setup();
    renderPage(() => ({ errors: [{ message, extensions: { code } }] }));
    expect(await screen.findByText(/logged in as emma@aurora.com/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(said);
  });
});
