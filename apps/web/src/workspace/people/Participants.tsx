import { useId, useState } from 'react';
import { CombinedError, useMutation } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';
import type { WorkspacePartProps } from '../workspace-props';

import { InviteForm } from './InviteForm';
import { PendingInvitations } from './PendingInvitations';
import { roleLabel } from './role-labels';

import './Participants.css';

const RemoveParticipant = graphql(`
  mutation RemoveParticipant($designId: ID!, $userId: ID!) {
    removeParticipant(designId: $designId, userId: $userId) {
      id
    }
  }
`);

const ROLE_ORDER = ['LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER'];

/**
 * The people of the design with their role and organization. The lead invites more (and gets a
 * link to hand over) and removes people, after a confirmation.
 */
export function Participants({ design, me, refresh }: WorkspacePartProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: removing }, remove] = useMutation(RemoveParticipant);
  const { canInvite, canRemoveParticipants } = design.myPermissions;

  const people = [...design.participants].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      a.user.displayName.localeCompare(b.user.displayName),
  );

  async function confirmRemoval(userId: string) {
    setError(null);
    const result = await remove({ designId: design.id, userId });
    setConfirming(null);
    if (result.error) {
      setError(removalError(result.error));
      return;
    }
    refresh();
  }

  return (
    <section aria-labelledby={headingId} className="co-people">
      <h2 id={headingId}>People</h2>
      <ul className="plain co-participants">
        {people.map(({ user, role }) => {
          const nameId = `${headingId}-${user.id}`;
          const self = user.id === me.id;
          return (
            <li key={user.id}>
              <div className="co-participant">
                <div>
                  <strong id={nameId}>{user.displayName}</strong>
                  {self && <span className="muted"> (you)</span>}
                  <div className="muted">
                    {roleLabel(role)} · {user.organization.name}
                  </div>
                </div>
                {canRemoveParticipants && !self && confirming !== user.id && (
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={nameId}
                    disabled={removing}
                    onClick={() => {
                      setError(null);
                      setConfirming(user.id);
                    }}
                  >
                    Remove
                  </button>
                )}
              </div>
              {confirming === user.id && (
                <div className="co-confirm" role="group" aria-label={`Remove ${user.displayName}`}>
                  <p>
                    Remove {user.displayName} from this design? They will stop seeing it at once; what they
                    contributed stays.
                  </p>
                  <div className="row">
                    <button
                      type="button"
                      className="co-danger"
                      autoFocus
                      disabled={removing}
                      onClick={() => void confirmRemoval(user.id)}
                    >
                      Confirm removal
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {canInvite && <PendingInvitations designId={design.id} />}
      {canInvite && <InviteForm designId={design.id} />}
    </section>
  );
}

function removalError(error: CombinedError): string {
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return 'Only the lead can remove people.';
    case 'PRECONDITION_FAILED':
      return 'A lead cannot remove themself.';
    case 'NOT_FOUND':
      return 'This person is no longer in the design.';
    default:
      return 'Could not remove this person.';
  }
}
