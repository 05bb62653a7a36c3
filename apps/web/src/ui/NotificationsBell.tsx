import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';

import { useSocket } from './realtime-context';

import './NotificationsBell.css';

const Notifications = graphql(`
  query Notifications {
    notifications(first: 20) {
      id
      kind
      designId
      commentId
      text
      readAt
      createdAt
      mail {
        status
        sentAt
      }
    }
    unreadNotificationCount
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Where a notification leads: a mention to its comment, the others to the design. */
export function notificationHref(n: { designId: string; commentId?: string | null }): string {
  return `/designs/${n.designId}${n.commentId ? `#comment-${n.commentId}` : ''}`;
}

type MailState = { status: string; sentAt?: string | null } | null | undefined;

/** What became of the mail that went with a notification, in words (nothing when none went with it). */
export function mailLine(mail: MailState): string | null {
  if (!mail) return null;
  switch (mail.status) {
    case 'SENT':
      return mail.sentAt ? `Mailed ${new Date(mail.sentAt).toLocaleString()}` : 'Mailed';
    case 'QUEUED':
      return 'Mail on its way';
    case 'IN_DIGEST':
      return 'In your next digest';
    case 'FAILED':
      return 'Mail could not be delivered';
    case 'OFF':
      return 'Not mailed: your mail is off';
    default:
      return null;
  }
}

/** The bell drawn inline: an emoji renders as an empty box where no emoji font is installed. */
function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/**
 * The bell: unread count, live as notifications arrive; the list opens on click and closes on
 * Escape (focus back on the bell) or a click outside it.
 */
export function NotificationsBell() {
  const socket = useSocket();
  const [{ data }, refetch] = useQuery({ query: Notifications });
  const [, markRead] = useMutation(MarkRead);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!socket) return undefined;
    const onNotification = () => refetch({ requestPolicy: 'network-only' });
    socket.on('notification', onNotification);
    return () => {
      socket.off('notification', onNotification);
    };
  }, [socket, refetch]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: MouseEvent) => {
      if (panel.current && !panel.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open]);

  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <div className="bell" ref={panel}>
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-label={`Notifications, ${unread} unread`}
        onClick={() => {
          // Opening shows where each mail stands now (it changes after the notification arrived).
          if (!open) refetch({ requestPolicy: 'network-only' });
          setOpen((o) => !o);
        }}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="badge" data-testid="unread-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" role="dialog" aria-label="Notifications">
          <div className="row">
            <strong>Notifications</strong>
            <button
              type="button"
              className="link-button bell-mark-read"
              disabled={unread === 0}
              onClick={async () => {
                await markRead({ ids: null });
                refetch({ requestPolicy: 'network-only' });
              }}
            >
              Mark all read
            </button>
          </div>
          {data?.notifications.length ? (
            <ul className="plain">
              {data.notifications.map((n) => (
                <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                  <Link
                    to={notificationHref(n)}
                    onClick={() => {
                      setOpen(false);
                      // Already on that design: the comment listens for the hash to change.
                      setTimeout(() => window.dispatchEvent(new Event('hashchange')));
                    }}
                  >
                    {n.text}
                  </Link>
                  <time dateTime={n.createdAt}> {new Date(n.createdAt).toLocaleString()}</time>
                  {n.mail && mailLine(n.mail) && (
                    <span className={`bell-mail bell-mail-${n.mail.status.toLowerCase()}`}>
                      {mailLine(n.mail)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing yet.</p>
          )}
        </div>
      )}
    </div>
  );
}
