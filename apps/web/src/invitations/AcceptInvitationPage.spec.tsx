import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { AuthProvider } from '../auth/auth-context';
import { mockClient } from '../workspace/stage/workspace-fixture';

import { AcceptInvitationPage } from './AcceptInvitationPage';

type Answer = Parameters<typeof mockClient>[0];

const ME = { me: { id: 'u-emma', email: 'emma@aurora.com' } };
const PREVIEW = {
  invitationPreview: {
    designTitle: 'Solar Basics',
    institutionName: 'Coast College',
    role: 'EMPLOYER_PARTNER',
    invitedBy: 'Rita Lead',
    email: 'emma@aurora.com',
    expiresAt: '2030-01-08T10:00:00.000Z',
  },
};

function renderPage(answer: Answer, options: { signedIn?: boolean; preview?: ReturnType<Answer> } = {}) {
  if (options.signedIn ?? true) window.localStorage.setItem('mc.accessToken', 'session-token');
  else window.localStorage.removeItem('mc.accessToken');
  const mock = mockClient((call) =>
    call.operation === 'InvitationWhoAmI'
      ? { data: ME }
      : call.operation === 'InvitationLinkPreview'
        ? (options.preview ?? { data: PREVIEW })
        : answer(call),
  );
  render(
    <AuthProvider>
      <Provider value={mock.client}>
        <MemoryRouter initialEntries={['/invitations/tok-1']}>
          <Routes>
            <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
            <Route path="/designs/:id" element={<h1>The design page</h1>} />
          </Routes>
        </MemoryRouter>
      </Provider>
    </AuthProvider>,
  );
  return mock;
}

describe('AcceptInvitationPage', () => {
  it('shows a logged-out visitor what the invitation is, with sign-up and log-in that come back here', async () => {
    renderPage(() => ({ data: {} }), { signedIn: false });
    expect(await screen.findByRole('heading', { name: 'You are invited to “Solar Basics”' })).toBeTruthy();
    const facts = screen.getByText('Coast College').closest('dl')?.textContent;
    expect(facts).toContain('Coast College');
    expect(facts).toContain('Rita Lead');
    expect(facts).toContain('Employer partner');
    const next = new URLSearchParams({ email: 'emma@aurora.com', next: '/invitations/tok-1' }).toString();
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
      `/signup?${next}`,
    );
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe(`/login?${next}`);
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });

  it('says not found, and offers no sign-up, for a link the preview does not know', async () => {
    renderPage(() => ({ data: {} }), {
      signedIn: false,
      preview: { errors: [{ message: 'Invitation not found', extensions: { code: 'NOT_FOUND' } }] },
    });
    expect(await screen.findByRole('heading', { name: 'Invitation not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/withdrawn/);
    expect(screen.queryByRole('link', { name: 'Create an account' })).toBeNull();
  });

  it('accepts the invitation of the URL and opens the design', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(() => ({ data: { acceptInvitation: { id: 'design-9', title: 'T' } } }));
    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    expect(calls.filter((c) => c.operation === 'AcceptInvitation')).toEqual([
      { operation: 'AcceptInvitation', variables: { token: 'tok-1' } },
    ]);
    expect(await screen.findByRole('heading', { name: 'The design page' })).toBeTruthy();
  });

  it.each([
    ['FORBIDDEN', 'This invitation is for another email address', /another email address/],
    ['NOT_FOUND', 'Invitation not found', /does not exist/],
    ['PRECONDITION_FAILED', 'Invitation has expired', /has expired/],
  ])('explains a %s refusal', async (code, message, said) => {
    const user = userEvent.setup();
    renderPage(() => ({ errors: [{ message, extensions: { code } }] }));
    expect(await screen.findByText(/logged in as emma@aurora.com/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(said);
  });
});
