import { FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useMutation } from 'urql';

import { errorExtensions } from '../api/client';
import { graphql } from '../gql';
import type { OrganizationKind } from '../gql/graphql';

import { useAuth } from './auth-context';
import { returnPath } from './return-path';

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
    }
  }
`);

const KINDS: Array<{ value: OrganizationKind; label: string }> = [
  { value: 'POST_SECONDARY', label: 'College or university' },
  { value: 'EMPLOYER', label: 'Employer' },
  { value: 'COMMUNITY', label: 'Community organization' },
];

/** Founds an organization, or, opened from an organization invitation (`/join/<token>`), joins it. */
export function SignUpPage() {
  const { token, signIn } = useAuth();
  const { token: invitationToken } = useParams<{ token: string }>();
  const [{ fetching, error }, signUp] = useMutation(SignUp);
  const { search } = useLocation();
  const [form, setForm] = useState({
    email: new URLSearchParams(search).get('email') ?? '',
    password: '',
    displayName: '',
    organization: '',
    kind: 'POST_SECONDARY' as OrganizationKind,
  });
  if (token) return <Navigate to={returnPath(search)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await signUp({
      input: {
        email: form.email,
        password: form.password,
        displayName: form.displayName,
        ...(invitationToken
          ? { organizationInvitationToken: invitationToken }
          : { organization: { name: form.organization, kind: form.kind } }),
      },
    });
    if (result.data) signIn(result.data.signUp.accessToken);
  }

  const fields =
    (errorExtensions(error)['fields'] as Array<{ field: string; message: string }> | undefined) ?? [];
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <main className="auth-page">
      <h1>{invitationToken ? 'Join your colleagues' : 'Create an account'}</h1>
      {invitationToken && (
        <p>You were invited to an organization: use the email the invitation was sent to.</p>
      )}
      <form onSubmit={submit} className="stack">
        <label>
          Your name
          <input required value={form.displayName} onChange={set('displayName')} autoComplete="name" />
        </label>
        <label>
          Email
          <input type="email" required value={form.email} onChange={set('email')} autoComplete="email" />
        </label>
        <label>
          Password (at least 10 characters)
          <input
            type="password"
            required
            minLength={10}
            value={form.password}
            onChange={set('password')}
            autoComplete="new-password"
          />
        </label>
        {!invitationToken && (
          <>
            <label>
              Organization
              <input
                required
                value={form.organization}
                onChange={set('organization')}
                autoComplete="organization"
              />
            </label>
            <label>
              Kind of organization
              <select value={form.kind} onChange={set('kind')}>
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {error && (
          <div role="alert" className="error">
            {fields.length ? (
              <ul>
                {fields.map((f) => (
                  <li key={f.field}>
                    {f.field.replace(/^input\./, '')}: {f.message}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{error.graphQLErrors[0]?.message ?? 'Sign-up failed.'}</p>
            )}
          </div>
        )}
        <button type="submit" disabled={fetching}>
          Create account
        </button>
      </form>
      <p>
        Already have an account? <Link to={`/login${search}`}>Log in</Link>
      </p>
    </main>
  );
}
