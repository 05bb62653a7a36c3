import { FormEvent, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useMutation } from 'urql';

import { errorCode } from '../api/client';
import { graphql } from '../gql';

import { useAuth } from './auth-context';

import './LogInPage.css';

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      accessToken
    }
  }
`);

/** The page a password-reset mail links to: a new password, then logged in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { signIn } = useAuth();
  const [{ fetching, error }, reset] = useMutation(ResetPassword);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  if (done) return <Navigate to="/" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await reset({ token, newPassword: password });
    if (result.data) {
      signIn(result.data.resetPassword.accessToken);
      setDone(true);
    }
  }

  const code = errorCode(error);
  return (
    <main className="auth-page">
      <h1>Choose a new password</h1>
      <form onSubmit={submit} className="stack">
        <label>
          New password (at least 10 characters)
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {code === 'NOT_FOUND'
              ? 'This link has expired or was already used. Ask for a new one.'
              : code === 'BAD_USER_INPUT'
                ? 'Choose a password of 10 to 256 characters.'
                : 'The password could not be set. Try again.'}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          Set password and log in
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </main>
  );
}
