import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { useAuth } from '../auth/auth-context';
import { graphql } from '../gql';

import { describeDevice } from './device';

import './AccountPage.css';

const MySessions = graphql(`
  query MySessions {
    mySessions {
      id
      device
      createdAt
      lastUsedAt
      current
    }
  }
`);

const EndSession = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const LogOutEverywhere = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const MIN_PASSWORD = 10;

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The caller's account: where they are logged in (end one, or all), and their password. */
export function AccountPage() {
  const { signOut } = useAuth();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MySessions });
  const [ending, endSession] = useMutation(EndSession);
  const [everywhere, logOutEverywhere] = useMutation(LogOutEverywhere);

  async function end(id: string) {
    const result = await endSession({ id });
    if (!result.error) refetch({ requestPolicy: 'network-only' });
  }

  async function endAll() {
    if (!window.confirm('Log out on every device, this one included?')) return;
    const result = await logOutEverywhere({});
    if (!result.error) signOut();
  }

  const failure = ending.error ?? everywhere.error;
  return (
    <main className="page account-page">
      <h1>Your account</h1>
      <section aria-labelledby="sessions">
        <h2 id="sessions">Where you are logged in</h2>
        {error && <p role="alert">Could not load your sessions.</p>}
        {failure && (
          <p role="alert" className="error">
            {failure.graphQLErrors[0]?.message ?? 'That did not work; try again.'}
          </p>
        )}
        {fetching && !data && <p>Loading…</p>}
        <ul className="session-list">
          {data?.mySessions.map((session) => (
            <li key={session.id} className="session">
              <span className="session-device" title={session.device ?? undefined}>
                {describeDevice(session.device)}
                {session.current && <strong className="session-current"> (this device)</strong>}
              </span>
              <span className="session-times">
                Logged in {when(session.createdAt)} · last used {when(session.lastUsedAt)}
              </span>
              {!session.current && (
                <button
                  type="button"
                  disabled={ending.fetching}
                  onClick={() => void end(session.id)}
                  aria-label={`End session: ${describeDevice(session.device)}, last used ${when(session.lastUsedAt)}`}
                >
                  End
                </button>
              )}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void endAll()} disabled={everywhere.fetching}>
          Log out everywhere
        </button>
      </section>
      <ChangePasswordForm />
    </main>
  );
}

function ChangePasswordForm() {
  const [state, changePassword] = useMutation(ChangePassword);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (newPassword.length < MIN_PASSWORD) {
      setProblem(`The new password must be at least ${MIN_PASSWORD} characters.`);
      return;
    }
    if (newPassword !== confirm) {
      setProblem('The two new passwords differ.');
      return;
    }
    setProblem(null);
    const result = await changePassword({ currentPassword, newPassword });
    if (result.error) {
      const error = result.error.graphQLErrors[0];
      const fields = JSON.stringify(error?.extensions?.['fields'] ?? '');
      setProblem(
        error?.extensions?.['code'] === 'RATE_LIMITED'
          ? 'Too many attempts; wait a few minutes and try again.'
          : fields.includes('currentPassword')
            ? 'That is not your current password.'
            : (error?.message ?? 'The password could not be changed.'),
      );
      return;
    }
    setCurrent('');
    setNew('');
    setConfirm('');
    setDone(true);
  }

  return (
    <section aria-labelledby="password">
      <h2 id="password">Change your password</h2>
      <form onSubmit={submit} className="password-form">
        <label>
          Current password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          New password
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
        </label>
        <label>
          New password again
          <input
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </label>
        <button type="submit" disabled={state.fetching}>
          Change password
        </button>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {done && <p role="status">Password changed. Your other sessions have ended.</p>}
    </section>
  );
}
