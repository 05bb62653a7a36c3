import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';
import type { OrgRole } from '../gql/graphql';

import { KIND_CAPABILITIES, useMyOrganization } from './organization-kind';

import './OrganizationPage.css';

const Members = graphql(`
  query OrganizationMembers {
    organizationMembers {
      id
      displayName
      email
      orgRole
      active
    }
  }
`);

const Invite = graphql(`
  mutation InviteColleague($email: String!, $orgRole: OrgRole!) {
    inviteToOrganization(email: $email, orgRole: $orgRole) {
      id
      email
      token
      expiresAt
    }
  }
`);

const UpdateRole = graphql(`
  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {
    updateMemberRole(userId: $userId, orgRole: $orgRole) {
      id
      orgRole
      active
    }
  }
`);

const Deactivate = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
      orgRole
      active
    }
  }
`);

const ROLE_LABELS: Record<OrgRole, string> = { ADMIN: 'Admin', MEMBER: 'Member' };

/** The organization's members; its admins invite colleagues, change roles and deactivate members. */
export function OrganizationPage() {
  const me = useMyOrganization();
  const isAdmin = me?.orgRole === 'ADMIN';
  const [{ data, error }] = useQuery({ query: Members, pause: !isAdmin });
  const [invite, sendInvite] = useMutation(Invite);
  const [roleChange, updateRole] = useMutation(UpdateRole);
  const [deactivation, deactivate] = useMutation(Deactivate);
  const [email, setEmail] = useState('');
  const [orgRole, setOrgRole] = useState<OrgRole>('MEMBER');
  // The last link made, with whom it is for (a second invitation replaces it on screen).
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendInvite({ email, orgRole });
    if (result.data) {
      setLink({
        url: `${window.location.origin}/join/${result.data.inviteToOrganization.token}`,
        email: email.trim(),
      });
      setEmail('');
    }
  }

  function confirmDeactivate(userId: string, name: string) {
    if (window.confirm(`Deactivate ${name}? They can no longer log in; what they wrote stays.`)) {
      void deactivate({ userId });
    }
  }

  const failure = roleChange.error ?? deactivation.error;
  const kind = me ? KIND_CAPABILITIES[me.organization.kind] : null;
  return (
    <main className="page">
      <h1>{me?.organization.name ?? 'Organization'}</h1>
      {kind && (
        <p>
          {kind.label}. {kind.can}
        </p>
      )}
      {me && !isAdmin && <p>Only your organization’s admins manage its members.</p>}
      {isAdmin && me?.organization.kind === 'POST_SECONDARY' && (
        <p>
          <Link to="/organization/pipeline">Edit the approval pipeline</Link>
        </p>
      )}
      {isAdmin && (
        <>
          <section aria-labelledby="members">
            <h2 id="members">Members</h2>
            {error && <p role="alert">Could not load the members.</p>}
            {failure && (
              <p role="alert" className="error">
                {failure.graphQLErrors[0]?.message ?? 'The change failed.'}
              </p>
            )}
            <div className="members-wrap">
              <table className="members-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="co-sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data?.organizationMembers.map((member) => (
                    <tr key={member.id}>
                      <td>{member.displayName}</td>
                      <td>{member.email}</td>
                      <td>
                        <select
                          aria-label={`Role of ${member.displayName}`}
                          value={member.orgRole}
                          disabled={!member.active || roleChange.fetching}
                          onChange={(e) =>
                            void updateRole({ userId: member.id, orgRole: e.target.value as OrgRole })
                          }
                        >
                          {Object.entries(ROLE_LABELS).map(([value, label]) => (
                            <option key={value} value={value}>
                              {label}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{member.active ? 'Active' : 'Deactivated'}</td>
                      <td>
                        {member.active && member.id !== me.id && (
                          <button
                            type="button"
                            disabled={deactivation.fetching}
                            onClick={() => confirmDeactivate(member.id, member.displayName)}
                          >
                            Deactivate {member.displayName}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="invite">
            <h2 id="invite">Invite a colleague</h2>
            <form onSubmit={submit} className="row">
              <label>
                Email
                <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
              </label>
              <label>
                Role
                <select value={orgRole} onChange={(e) => setOrgRole(e.target.value as OrgRole)}>
                  {Object.entries(ROLE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={invite.fetching}>
                Invite
              </button>
            </form>
            {invite.error && (
              <p role="alert" className="error">
                {invite.error.graphQLErrors[0]?.message ?? 'Could not invite.'}
              </p>
            )}
            {link && (
              <p role="status">
                Send this link to <strong>{link.email}</strong> (valid for 7 days):{' '}
                <span className="invite-link" data-testid="join-link">
                  {link.url}
                </span>{' '}
                <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url)}>
                  Copy link
                </button>
              </p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
