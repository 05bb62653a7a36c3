import { Link, Outlet } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useAuth } from '../auth/auth-context';
import { graphql } from '../gql';
import { KIND_CAPABILITIES } from '../organization/organization-kind';

import { NotificationsBell } from './NotificationsBell';
import { RealtimeProvider } from './realtime-context';

import './Shell.css';

const Me = graphql(`
  query Me {
    me {
      id
      displayName
      email
      organization {
        id
        name
        kind
      }
    }
  }
`);

const LogOut = graphql(`
  mutation LogOut {
    logOut
  }
`);

/** The signed-in frame: who I am, my notifications, and the page. */
export function Shell() {
  const { signOut, token, expire } = useAuth();
  const [{ data }] = useQuery({ query: Me });
  const [loggingOut, logOut] = useMutation(LogOut);

  // The session ends on the server (its token stops everywhere), then here; should the server be
  // out of reach, this browser forgets the token all the same.
  async function logOutHere() {
    await logOut({}).catch(() => undefined);
    signOut();
  }

  return (
    <RealtimeProvider token={token} onExpired={expire}>
      {/* Keyboard users skip the header on every page. */}
      <a href="#page-content" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Co-design
        </Link>
        <div className="header-actions">
          <nav aria-label="Main">
            <Link to="/catalog">Catalog</Link>
          </nav>
          <NotificationsBell />
          {data?.me && (
            <span className="who" title={KIND_CAPABILITIES[data.me.organization.kind].can}>
              {data.me.displayName} · <Link to="/organization">{data.me.organization.name}</Link> (
              {KIND_CAPABILITIES[data.me.organization.kind].label})
            </span>
          )}
          <Link to="/settings/notifications">Mail settings</Link>
          <Link to="/account">Account</Link>
          <button
            type="button"
            className="link-button"
            disabled={loggingOut.fetching}
            onClick={() => void logOutHere()}
          >
            Log out
          </button>
        </div>
      </header>
      <div id="page-content" tabIndex={-1}>
        <Outlet />
      </div>
    </RealtimeProvider>
  );
}
