import { FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMutation } from 'urql';

import { errorCode } from '../api/client';
import { graphql } from '../gql';

import { useAuth } from './auth-context';
import { returnPath } from './return-path';
import { sessionExpired, takeReturnPath } from './session-keeping';

import './LogInPage.css';

const LogIn = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      accessToken
    }
  }
`);

export function LogInPage() {
  const { token, signIn } = useAuth();
  const [{ fetching, error }, logIn] = useMutation(LogIn);
  const { search } = useLocation();
  const [email, setEmail] = useState(() => new URLSearchParams(search).get('email') ?? '');
  const [password, setPassword] = useState('');
  // Read once: the notice stays while the user types, though the log-in clears it.
  const [expired] = useState(sessionExpired);
  // Where the log-in leads: an explicit `next` (an invitation link), else the page the session
  // ended on (or that asked for a log-in), else home.
  const [destination, setDestination] = useState(() => returnPath(search));
  if (token) return <Navigate to={destination} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await logIn({ email, password });
    if (result.data) {
      const kept = takeReturnPath();
      setDestination(new URLSearchParams(search).has('next') ? returnPath(search) : kept);
      signIn(result.data.logIn.accessToken);
    }
  }

  const code = errorCode(error);
  return (
    <main className="auth-page">
      <h1>Log in</h1>
      {expired && (
        <p role="status" className="auth-notice">
          Your session expired. Log in again to go back where you were: what you had typed is kept.
        </p>
      )}
      <form onSubmit={submit} className="stack">
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {code === 'RATE_LIMITED'
              ? 'Too many attempts. Wait a few minutes and try again.'
              : code === 'UNAUTHENTICATED'
                ? 'That email and password do not match.'
                : 'Log-in failed. Try again.'}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          Log in
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to={`/signup${search}`}>Create an account</Link>
      </p>
    </main>
  );
}
