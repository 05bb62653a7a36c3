import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { mockClient } from '../workspace/stage/workspace-fixture';

import { AuthProvider } from './auth-context';
import { ResetPasswordPage } from './ResetPasswordPage';

function renderPage(answer: Parameters<typeof mockClient>[0]) {
  const mock = mockClient(answer);
  render(
    <AuthProvider>
      <Provider value={mock.client}>
        <MemoryRouter initialEntries={['/reset-password/tok-1']}>
          <Routes>
            <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
            <Route path="/" element={<p>Home page</p>} />
          </Routes>
        </MemoryRouter>
      </Provider>
    </AuthProvider>,
  );
  return mock;
}

it('sets the password with the token of the link and lands logged in at home', async () => {
  const mock = renderPage(() => ({ data: { resetPassword: { accessToken: 'new-token' } } }));
  await userEvent.type(screen.getByLabelText(/New password/), 'a brand new password');
  await userEvent.click(screen.getByRole('button', { name: /Set password/ }));
  expect((await screen.findByText('Home page')).textContent).toBe('Home page');
  expect(mock.calls[0]?.variables).toEqual({ token: 'tok-1', newPassword: 'a brand new password' });
  expect(window.localStorage.getItem('mc.accessToken')).toBe('new-token');
});

it('says so when the link was used or has expired', async () => {
  renderPage(() => ({ errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] }));
  await userEvent.type(screen.getByLabelText(/New password/), 'a brand new password');
  await userEvent.click(screen.getByRole('button', { name: /Set password/ }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/expired or was already used/);
});
