import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { errorCode } from '../api/client';
import { graphql } from '../gql';

import './LogInPage.css';

const RequestReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; the answer is the same whether the email has an account or not. */
export function ForgotPasswordPage() {
  const [{ fetching, error }, request] = useMutation(RequestReset);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await request({ email });
    if (result.data) setSent(true);
  }

  return (
    <main className="auth-page">
      <h1>Forgot your password?</h1>
      {sent ? (
        <p role="status">
          If {email} has an account, a link to choose a new password is on its way. It works once, for one
          hour.
        </p>
      ) : (
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
          {error && (
            <p role="alert" className="error">
              {errorCode(error) === 'RATE_LIMITED'
                ? 'Too many requests. Wait a few minutes and try again.'
                : 'The request failed. Try again.'}
            </p>
          )}
          <button type="submit" disabled={fetching}>
            Mail me a link
          </button>
        </form>
      )}
      <p>
        <Link to="/login">Back to log-in</Link>
      </p>
    </main>
  );
}
