import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { fromValue } from 'wonka';

import { mailLine, NotificationsBell, notificationHref } from './NotificationsBell';

const DESIGN = '11111111-1111-4111-8111-111111111111';
const COMMENT = '22222222-2222-4222-8222-222222222222';

function renderBell() {
  const data = {
    unreadNotificationCount: 1,
    notifications: [
      {
        __typename: 'Notification',
        id: 'n1',
        kind: 'MENTION',
        designId: DESIGN,
        commentId: COMMENT,
        text: 'Ada mentioned you in “Care”: “Could you check this?”',
        readAt: null,
        createdAt: '2026-12-01T10:00:00.000Z',
        mail: { __typename: 'NotificationMail', status: 'SENT', sentAt: '2026-12-01T10:00:02.000Z' },
      },
      {
        __typename: 'Notification',
        id: 'n2',
        kind: 'SUGGESTION',
        designId: DESIGN,
        commentId: null,
        text: 'Ada suggested new wording',
        readAt: null,
        createdAt: '2026-12-01T09:00:00.000Z',
        mail: null,
      },
    ],
  };
  const client = {
    executeQuery: () => fromValue({ data, stale: false, hasNext: false }),
    executeMutation: () => fromValue({ data: { markNotificationsRead: 1 } }),
  } as unknown as Client;
  render(
    <Provider value={client}>
      <MemoryRouter>
        <NotificationsBell />
        <p>Elsewhere</p>
      </MemoryRouter>
    </Provider>,
  );
}

describe('NotificationsBell', () => {
  it('draws its icon as SVG, not an emoji', () => {
    renderBell();
    const bell = screen.getByRole('button', { name: 'Notifications, 1 unread' });
    expect(bell.querySelector('svg')).not.toBeNull();
    expect(bell.textContent).not.toContain('🔔');
  });

  it('closes on Escape (focus back on the bell) and on a click outside', async () => {
    const user = userEvent.setup();
    renderBell();
    const bell = screen.getByRole('button', { name: /Notifications/ });
    await user.click(bell);
    expect(screen.getByRole('dialog', { name: 'Notifications' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(bell);

    await user.click(bell);
    // A click inside the panel keeps it open; one outside closes it.
    fireEvent.mouseDown(screen.getByText('Mark all read'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.mouseDown(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a mention shows the comment text and links to the comment itself', async () => {
    const user = userEvent.setup();
    renderBell();
    await user.click(screen.getByRole('button', { name: /Notifications/ }));
    const link = screen.getByRole('link', { name: /Could you check this\?/ });
    expect(link.getAttribute('href')).toBe(`/designs/${DESIGN}#comment-${COMMENT}`);
    expect(notificationHref({ designId: DESIGN, commentId: null })).toBe(`/designs/${DESIGN}`);
  });

  it('each notification says whether its mail went out; one without mail says nothing of mail', async () => {
    const user = userEvent.setup();
    renderBell();
    await user.click(screen.getByRole('button', { name: /Notifications/ }));
    const [mention, suggestion] = screen.getAllByRole('listitem');
    expect(mention!.textContent).toContain(`Mailed ${new Date('2026-12-01T10:00:02.000Z').toLocaleString()}`);
    expect(suggestion!.textContent).not.toMatch(/mail/i);
    expect(mailLine({ status: 'QUEUED' })).toBe('Mail on its way');
    expect(mailLine({ status: 'IN_DIGEST' })).toBe('In your next digest');
    expect(mailLine({ status: 'FAILED' })).toBe('Mail could not be delivered');
    expect(mailLine({ status: 'OFF' })).toBe('Not mailed: your mail is off');
    expect(mailLine(null)).toBeNull();
  });
});
