import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';

import { errorCode } from '../api/client';
import { graphql } from '../gql';

import './AcceptInvitationPage.css';

const WhoAmI = graphql(`
  query InvitationWhoAmI {
    me {
      id
      email
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
 * /invitations/:token — someone invited me to a design: accepting joins it with the role the
 * invitation names, and opens it. (Signed-out visitors are sent to log in before they get here.)
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
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
    <main className="page co-invitation-page">
      <h1>You are invited to a design</h1>
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
    </main>
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
        message: 'This invitation does not exist or has already been used.',
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
