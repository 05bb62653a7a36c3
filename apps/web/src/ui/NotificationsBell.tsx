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
      text
      readAt
      createdAt
    }
    unreadNotificationCount
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The bell: unread count, live as notifications arrive; the list opens on click. */
export function NotificationsBell() {
  const socket = useSocket();
  const [{ data }, refetch] = useQuery({ query: Notifications });
  const [, markRead] = useMutation(MarkRead);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!socket) return undefined;
    const onNotification = () => refetch({ requestPolicy: 'network-only' });
    socket.on('notification', onNotification);
    return () => {
      socket.off('notification', onNotification);
    };
  }, [socket, refetch]);

  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <div className="bell" ref={panel}>
      <button
        type="button"
        aria-expanded={open}
        aria-label={`Notifications, ${unread} unread`}
        onClick={() => setOpen((o) => !o)}
      >
        🔔{' '}
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
              className="link-button"
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
                  <Link to={`/designs/${n.designId}`} onClick={() => setOpen(false)}>
                    {n.text}
                  </Link>
                  <time dateTime={n.createdAt}> {new Date(n.createdAt).toLocaleString()}</time>
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
