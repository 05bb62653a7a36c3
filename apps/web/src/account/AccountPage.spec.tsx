import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DocumentNode } from 'graphql';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { fromValue } from 'wonka';

import { AuthProvider } from '../auth/auth-context';

import { AccountPage } from './AccountPage';
import { describeDevice } from './device';

const CURRENT = '11111111-1111-4111-8111-111111111111';
const PHONE = '22222222-2222-4222-8222-222222222222';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

interface Sent {
  operation: string;
  variables: Record<string, unknown>;
}

const nameOf = (query: DocumentNode) =>
  query.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []))[0] ?? '';

/** An urql client answering from `answers` (by operation name) and recording what was sent. */
function renderPage(answers: Record<string, unknown>) {
  const sent: Sent[] = [];
  const sessions = [
    {
      __typename: 'Session',
      id: CURRENT,
      device: FIREFOX_LINUX,
      createdAt: '2026-12-01T09:00:00.000Z',
      lastUsedAt: '2026-12-01T11:00:00.000Z',
      current: true,
    },
    {
      __typename: 'Session',
      id: PHONE,
      device: SAFARI_IPHONE,
      createdAt: '2026-11-28T09:00:00.000Z',
      lastUsedAt: '2026-11-30T18:00:00.000Z',
      current: false,
    },
  ];
  const answer = (request: { query: DocumentNode; variables?: Record<string, unknown> }) => {
    const operation = nameOf(request.query);
    sent.push({ operation, variables: request.variables ?? {} });
    const value = answers[operation];
    if (operation === 'MySessions')
      return fromValue({ data: { mySessions: sessions }, stale: false, hasNext: false });
    return fromValue(value ?? { data: null });
  };
  const client = { executeQuery: answer, executeMutation: answer } as unknown as Client;
  window.localStorage.setItem('mc.accessToken', 'a.b.c');
  render(
    <AuthProvider>
      <Provider value={client}>
        <MemoryRouter>
          <AccountPage />
        </MemoryRouter>
      </Provider>
    </AuthProvider>,
  );
  return { sent };
}

const mutations = (sent: Sent[]) => sent.filter((s) => s.operation !== 'MySessions');

describe('AccountPage', () => {
  afterEach(() => window.localStorage.clear());

  it('lists the sessions by device, marks this one, and ends another with its own button', async () => {
    const user = userEvent.setup();
    const { sent } = renderPage({ EndSession: { data: { endSession: true } } });
    expect(screen.getByText('Firefox on Linux')).toBeTruthy();
    expect(screen.getByText('(this device)')).toBeTruthy();
    expect(screen.getByText('Safari on iOS')).toBeTruthy();
    // This device has no "End" button (Log out ends it); the phone has one.
    const ends = screen.getAllByRole('button', { name: /^End session/ });
    expect(ends).toHaveLength(1);
    expect(ends[0]!.getAttribute('aria-label')).toContain('Safari on iOS');

    await user.click(ends[0]!);
    await waitFor(() =>
      expect(mutations(sent)).toEqual([{ operation: 'EndSession', variables: { id: PHONE } }]),
    );
  });

  it('log out everywhere asks first, then ends every session and forgets the token here', async () => {
    const user = userEvent.setup();
    const confirm = jest.spyOn(window, 'confirm');
    const { sent } = renderPage({ LogOutEverywhere: { data: { logOutEverywhere: true } } });

    confirm.mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Log out everywhere' }));
    expect(mutations(sent)).toEqual([]);
    expect(window.localStorage.getItem('mc.accessToken')).toBe('a.b.c');

    confirm.mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Log out everywhere' }));
    await waitFor(() => expect(window.localStorage.getItem('mc.accessToken')).toBeNull());
    expect(mutations(sent)).toEqual([{ operation: 'LogOutEverywhere', variables: {} }]);
    confirm.mockRestore();
  });

  it('changes the password; two different new passwords are stopped before sending', async () => {
    const user = userEvent.setup();
    const { sent } = renderPage({ ChangePassword: { data: { changePassword: true } } });
    await user.type(screen.getByLabelText('Current password'), 'the old password');
    await user.type(screen.getByLabelText('New password'), 'a brand new password');
    await user.type(screen.getByLabelText('New password again'), 'a brand new passwore');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByRole('alert').textContent).toBe('The two new passwords differ.');
    expect(mutations(sent)).toEqual([]);

    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), 'a brand new password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Password changed'));
    expect(mutations(sent)).toEqual([
      {
        operation: 'ChangePassword',
        variables: { currentPassword: 'the old password', newPassword: 'a brand new password' },
      },
    ]);
  });

  it('a wrong current password says so at the form, and the user stays logged in', async () => {
    const user = userEvent.setup();
    const { CombinedError } = jest.requireActual<typeof import('urql')>('urql');
    renderPage({
      ChangePassword: {
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'Invalid input: currentPassword',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'currentPassword', message: 'wrong' }],
              },
            },
          ],
        }),
      },
    });
    await user.type(screen.getByLabelText('Current password'), 'not it at all');
    await user.type(screen.getByLabelText('New password'), 'a brand new password');
    await user.type(screen.getByLabelText('New password again'), 'a brand new password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('That is not your current password.'),
    );
    expect(window.localStorage.getItem('mc.accessToken')).toBe('a.b.c');
  });
});

describe('describeDevice', () => {
  it('names the browser and system, and copes with no or odd User-Agents', () => {
    expect(describeDevice(FIREFOX_LINUX)).toBe('Firefox on Linux');
    expect(describeDevice(SAFARI_IPHONE)).toBe('Safari on iOS');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toBe('Edge on Windows');
    expect(describeDevice(null)).toBe('Unknown device');
    expect(describeDevice('curl/8.5.0')).toBe('curl/8.5.0');
  });
});
