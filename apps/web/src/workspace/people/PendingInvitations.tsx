import { useId, useMemo, useState } from 'react';
import { CombinedError, useMutation, useQuery } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';

import { invitationLink, readInvitationLinks, rememberInvitationLink } from './invitation-links';
import { roleLabel } from './role-labels';

const PendingInvitationsQuery = graphql(`
  query PendingInvitations($id: ID!) {
    design(id: $id) {
      id
      invitations {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

const ResendInvitation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      token
      expiresAt
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

/**
 * The lead's pending invitations: copy a link again (where this tab received it), send a new link
 * (the old one stops working) or withdraw one (its link then answers "not found").
 */
export function PendingInvitations({ designId }: { designId: string }) {
  const headingId = useId();
  // An empty list carries no typename: name it, so a new invitation refetches the list.
  const context = useMemo(() => ({ additionalTypenames: ['Invitation'] }), []);
  const [{ data }, refetch] = useQuery({
    query: PendingInvitationsQuery,
    variables: { id: designId },
    context,
  });
  const [{ fetching: resending }, resend] = useMutation(ResendInvitation);
  const [{ fetching: revoking }, revoke] = useMutation(RevokeInvitation);
  // Read on every render: the invite form beside this list stores the links it receives there.
  const [, setResent] = useState<Record<string, string>>({});
  const links = readInvitationLinks();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const invitations = data?.design.invitations ?? [];
  // Kept while it has something to say ("withdrawn"), even once the list is empty.
  if (invitations.length === 0 && !status && !error) return null;

  async function onResend(id: string, email: string) {
    setError(null);
    const result = await resend({ id });
    if (!result.data) {
      setError(invitationError(result.error));
      return;
    }
    setResent(rememberInvitationLink(id, invitationLink(result.data.resendInvitation.token)));
    setStatus(`New link for ${email}; the previous link no longer works.`);
    refetch({ requestPolicy: 'network-only' });
  }

  async function onRevoke(id: string, email: string) {
    setError(null);
    const result = await revoke({ id });
    setConfirming(null);
    if (result.error) {
      setError(invitationError(result.error));
      return;
    }
    setStatus(`Invitation for ${email} withdrawn.`);
    refetch({ requestPolicy: 'network-only' });
  }

  async function copy(link: string, email: string) {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(`Link for ${email} copied.`);
    } catch {
      setStatus('Copying is not available here: select the link and copy it yourself.');
    }
  }

  return (
    <section aria-labelledby={headingId} className="co-pending">
      <h3 id={headingId}>Pending invitations</h3>
      <ul className="plain">
        {invitations.map((invitation) => {
          const link = links[invitation.id];
          const expired = new Date(invitation.expiresAt).getTime() <= Date.now();
          const emailId = `${headingId}-${invitation.id}`;
          return (
            <li key={invitation.id} className="co-pending-item">
              <div>
                <strong id={emailId}>{invitation.email}</strong>
                <div className="muted">
                  {roleLabel(invitation.role)} ·{' '}
                  {expired ? 'expired' : `valid until ${new Date(invitation.expiresAt).toLocaleDateString()}`}
                </div>
              </div>
              {link && (
                <label className="co-pending-link">
                  Link for {invitation.email}
                  <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                </label>
              )}
              <div className="row">
                {link && (
                  <button
                    type="button"
                    aria-describedby={emailId}
                    onClick={() => void copy(link, invitation.email)}
                  >
                    Copy link
                  </button>
                )}
                <button
                  type="button"
                  aria-describedby={emailId}
                  disabled={resending}
                  onClick={() => void onResend(invitation.id, invitation.email)}
                >
                  {link ? 'New link' : 'New link to copy'}
                </button>
                {confirming === invitation.id ? (
                  <>
                    <button
                      type="button"
                      className="co-danger"
                      autoFocus
                      disabled={revoking}
                      onClick={() => void onRevoke(invitation.id, invitation.email)}
                    >
                      Confirm withdrawal
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    aria-describedby={emailId}
                    onClick={() => setConfirming(invitation.id)}
                  >
                    Withdraw
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className="muted">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function invitationError(error: CombinedError | undefined): string {
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return 'Only the lead can change invitations.';
    case 'NOT_FOUND':
      return 'This invitation was already used or withdrawn.';
    case 'PRECONDITION_FAILED':
      return 'This design is archived: no new links.';
    default:
      return error?.networkError
        ? 'The server could not be reached; try again.'
        : 'Could not change the invitation.';
  }
}
