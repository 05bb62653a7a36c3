import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';

import { errorCode } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { withParams } from '../auth/return-path';
import { graphql } from '../gql';
import { roleLabel } from '../workspace/people/role-labels';

import './AcceptInvitationPage.css';

const WhoAmI = graphql(`
  query InvitationWhoAmI {
    me {
      id
      email
    }
  }
`);

const Preview = graphql(`
  query InvitationLinkPreview($token: String!) {
    invitationPreview(token: $token) {
      designTitle
      institutionName
      role
      invitedBy
      email
      expiresAt
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      title
    }
  }
`);

/**
 * /invitations/:token — someone invited me to a design. Public: the preview says what the
 * invitation is; a logged-out visitor signs up or logs in from here and comes back (the link
 * travels as `next`), then accepting joins the design with the invitation's role and opens it.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { token: session } = useAuth();
  const [{ data: preview, error: previewError, fetching: loading }] = useQuery({
    query: Preview,
    variables: { token },
  });
  const invitation = preview?.invitationPreview;
  if (loading && !invitation) return <main className="page co-invitation-page" aria-busy="true" />;
  if (!invitation)
    return (
      <main className="page co-invitation-page">
        <h1>Invitation not found</h1>
        <div role="alert" className="co-refusal">
          <p>{invitationProblem(previewError).message}</p>
          <p>This link may have been withdrawn, replaced by a newer one, used or expired.</p>
          <p>Ask the lead who invited you for a new link.</p>
        </div>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </main>
    );
  const back = `/invitations/${encodeURIComponent(token)}`;
  return (
    <main className="page co-invitation-page">
      <h1>You are invited to “{invitation.designTitle}”</h1>
      <dl className="co-invitation-facts">
        <dt>Institution</dt>
        <dd>{invitation.institutionName}</dd>
        <dt>Invited by</dt>
        <dd>{invitation.invitedBy}</dd>
        <dt>Your role</dt>
        <dd>{roleLabel(invitation.role)}</dd>
        <dt>For</dt>
        <dd>{invitation.email}</dd>
        <dt>Valid until</dt>
        <dd>{new Date(invitation.expiresAt).toLocaleString()}</dd>
      </dl>
      {session ? (
        <AcceptPanel token={token} />
      ) : (
        <section aria-labelledby="co-invitation-next">
          <h2 id="co-invitation-next">To accept, sign in as {invitation.email}</h2>
          <div className="row">
            <Link
              className="co-invitation-action co-invitation-primary"
              to={withParams('/signup', { email: invitation.email, next: back })}
            >
              Create an account
            </Link>
            <Link
              className="co-invitation-action"
              to={withParams('/login', { email: invitation.email, next: back })}
            >
              Log in
            </Link>
          </div>
        </section>
      )}
    </main>
  );
}

/** The logged-in part: accept, or see why not. */
function AcceptPanel({ token }: { token: string }) {
  const navigate = useNavigate();
  const [{ fetching }, accept] = useMutation(AcceptInvitation);
  const [{ data: who }] = useQuery({ query: WhoAmI });
  const [problem, setProblem] = useState<{ message: string; hint?: string } | null>(null);

  async function onAccept() {
    setProblem(null);
    const result = await accept({ token });
    if (result.data) {
      navigate(`/designs/${result.data.acceptInvitation.id}`, { replace: true });
      return;
    }
    setProblem(invitationProblem(result.error));
  }

  return (
    <section aria-label="Accept the invitation">
      <p>
        Someone leading a micro-credential design has invited you to work on it with them. Accepting adds you
        to the design with the role they chose for you: you will see the design, its skills, learning outcomes
        and comments, and take part as that role allows.
      </p>
      <p className="muted">
        The invitation is for one email address: accept it while logged in with that address
        {who ? ` (you are logged in as ${who.me.email})` : ''}. It can be used once, and expires 7 days after
        it was sent.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void onAccept()}
          disabled={fetching || !token}
        >
          {fetching ? 'Accepting…' : 'Accept invitation'}
        </button>
        <Link to="/">Not now</Link>
      </div>
      {problem && (
        <div role="alert" className="co-refusal">
          <p>{problem.message}</p>
          {problem.hint && <p>{problem.hint}</p>}
        </div>
      )}
    </section>
  );
}

function invitationProblem(error: CombinedError | undefined): { message: string; hint?: string } {
  const message = error?.graphQLErrors[0]?.message ?? '';
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return /organization/i.test(message)
        ? {
            message: 'This invitation names a role that your organization cannot hold in this design.',
            hint: 'Ask the lead who invited you to invite you with another role (for example observer).',
          }
        : {
            message: 'This invitation is for another email address.',
            hint: 'Log out and log in with the address the invitation was sent to, or ask the lead to invite this one.',
          };
    case 'NOT_FOUND':
      return {
        message: 'This invitation does not exist, was withdrawn, or has already been used.',
        hint: 'Check that the link is complete, or ask the lead for a new invitation.',
      };
    case 'PRECONDITION_FAILED':
      return { message: 'This invitation has expired.', hint: 'Ask the lead who invited you for a new one.' };
    case 'CONFLICT':
      return {
        message: 'You already take part in this design.',
        hint: 'Find it in your designs.',
      };
    case 'RATE_LIMITED':
      return { message: 'Too many attempts; try again in a moment.' };
    default:
      return {
        message: error?.networkError
          ? 'The server could not be reached; try again.'
          : 'Could not accept the invitation.',
      };
  }
}
