import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';

import { mockClient } from '../workspace/stage/workspace-fixture';

import { NotificationSettingsPage } from './NotificationSettingsPage';

it('shows the stored mode and saves the one chosen', async () => {
  const mock = mockClient((call) =>
    call.operation === 'NotificationPreferences'
      ? { data: { notificationPreferences: { email: 'IMMEDIATE' } } }
      : { data: { updateNotificationPreferences: { email: call.variables['input'] && 'OFF' } } },
  );
  render(
    <Provider value={mock.client}>
      <MemoryRouter>
        <NotificationSettingsPage />
      </MemoryRouter>
    </Provider>,
  );
  expect(
    (await screen.findByRole<HTMLInputElement>('radio', { name: /Each mail as it happens/ })).checked,
  ).toBe(true);
  await userEvent.click(screen.getByRole('radio', { name: /No notification mail/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect((await screen.findByRole('status')).textContent).toBe('Saved.');
  expect(mock.calls.find((c) => c.operation === 'UpdateNotificationPreferences')?.variables).toEqual({
    input: { email: 'OFF' },
  });
});
