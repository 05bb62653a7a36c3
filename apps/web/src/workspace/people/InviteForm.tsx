import { FormEvent, useId, useRef, useState } from 'react';
import { CombinedError, useMutation } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';
import type { DesignRole } from '../../gql/graphql';

import { invitationLink, rememberInvitationLink } from './invitation-links';
import { ROLE_LABELS } from './role-labels';

const InviteToDesign = graphql(`
  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {
    inviteToDesign(designId: $designId, email: $email, role: $role) {
      id
      email
      role
      token
      expiresAt
    }
  }
`);

const INVITABLE: DesignRole[] = ['EMPLOYER_PARTNER', 'FACULTY', 'COMMITTEE_MEMBER', 'OBSERVER', 'LEAD'];

interface Sent {
  email: string;
  role: DesignRole;
  link: string;
  expiresAt: string;
}

/** The lead invites someone by email; the answer is a link to hand over (shown once). */
export function InviteForm({ designId }: { designId: string }) {
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<DesignRole>('EMPLOYER_PARTNER');
  const [sent, setSent] = useState<Sent | null>(null);
  const [copied, setCopied] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const [{ fetching }, invite] = useMutation(InviteToDesign);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCopied('');
    const result = await invite({ designId, email: email.trim(), role });
    if (result.error || !result.data) {
      setError(inviteError(result.error));
      return;
    }
    const invitation = result.data.inviteToDesign;
    rememberInvitationLink(invitation.id, invitationLink(invitation.token));
    setSent({
      email: invitation.email,
      role: invitation.role,
      link: invitationLink(invitation.token),
      expiresAt: invitation.expiresAt,
    });
    setEmail('');
  }

  async function copy() {
    if (!sent) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(sent.link);
      setCopied('Link copied.');
    } catch {
      // Older browsers, or a page without clipboard permission: copy the selected text.
      const input = linkInput.current;
      input?.focus();
      input?.select();
      const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
      setCopied(
        ok ? 'Link copied.' : 'Copying is not available here: the link is selected, copy it yourself.',
      );
    }
  }

  return (
    <div className="co-invite">
      <h3 id={headingId}>Invite someone</h3>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <label>
          Email
          <input
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <div className="row">
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.target.value as DesignRole)}>
              {INVITABLE.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={fetching}>
            Invite
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {sent && (
        <div className="stack co-invitation">
          <p>
            Send this link to {sent.email} ({ROLE_LABELS[sent.role] ?? sent.role}). It is shown only now, and
            works until{' '}
            <time dateTime={sent.expiresAt}>
              {new Date(sent.expiresAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
            </time>
            .
          </p>
          <div className="row">
            <label className="co-grow">
              Invitation link
              <input ref={linkInput} readOnly value={sent.link} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={() => void copy()}>
              Copy link
            </button>
          </div>
          <p className="muted" aria-live="polite">
            {copied}
          </p>
        </div>
      )}
    </div>
  );
}

function inviteError(error: CombinedError | undefined): string {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT':
      return 'Enter a valid email address.';
    case 'FORBIDDEN':
      return 'Only the lead can invite people.';
    case 'PRECONDITION_FAILED':
      return 'This design is archived: nobody can be invited.';
    case 'RATE_LIMITED':
      return 'Too many invitations at once; try again in a moment.';
    default:
      return 'Could not create the invitation.';
  }
}
