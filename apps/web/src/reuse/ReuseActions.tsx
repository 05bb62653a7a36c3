import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { useAuth } from '../auth/auth-context';
import { withParams } from '../auth/return-path';
import { graphql } from '../gql';
import { canStartDesigns, useMyOrganization } from '../organization/organization-kind';

/** The API's own sentence for a refusal (they are written for people), or why there was none. */
function errorWords(error: { graphQLErrors: ReadonlyArray<{ message: string }> }): string {
  return error.graphQLErrors[0]?.message ?? 'the server could not be reached';
}

const Duplicate = graphql(`
  mutation UseAsStartingPoint($id: ID!) {
    duplicateDesign(id: $id) {
      id
    }
  }
`);

const Revise = graphql(`
  mutation StartRevision($id: ID!) {
    reviseDesign(id: $id) {
      id
    }
  }
`);

/**
 * "Use as a starting point": copies the design into a new draft of the caller's institution and
 * opens it. Logged out, it offers the log-in that comes back here; employers and community
 * organizations do not start designs, so they are not offered it.
 */
export function UseAsStartingPoint({ designId, returnTo }: { designId: string; returnTo: string }) {
  const { token } = useAuth();
  if (!token) {
    return (
      <p className="reuse-actions">
        <Link to={withParams('/login', { next: returnTo })}>Log in to use this as a starting point</Link>
      </p>
    );
  }
  return <SignedInStartingPoint designId={designId} />;
}

function SignedInStartingPoint({ designId }: { designId: string }) {
  const me = useMyOrganization();
  const navigate = useNavigate();
  const [{ fetching, error }, duplicate] = useMutation(Duplicate);
  if (!me || !canStartDesigns(me.organization.kind)) return null;
  return (
    <div className="reuse-actions">
      <button
        type="button"
        disabled={fetching}
        onClick={async () => {
          const result = await duplicate({ id: designId });
          const id = result.data?.duplicateDesign.id;
          if (id) void navigate(`/designs/${id}`);
        }}
      >
        {fetching ? 'Copying…' : 'Use as a starting point'}
      </button>
      <span className="reuse-hint">
        A new draft of {me.organization.name} with this design’s fields, skills and outcomes.
      </span>
      {error && (
        <p role="alert" className="reuse-error">
          Could not copy it: {errorWords(error)}
        </p>
      )}
    </div>
  );
}

/** The lead of a published design starts its next revision; the published one stays in the catalog. */
export function StartRevision({ designId }: { designId: string }) {
  const navigate = useNavigate();
  const [{ fetching, error }, revise] = useMutation(Revise);
  const [asked, setAsked] = useState(false);
  return (
    <div className="reuse-actions">
      {asked ? (
        <>
          <span>
            Start a new revision? It opens in drafting with the same people; the published credential stays in
            the catalog until the revision is published.
          </span>
          <button
            type="button"
            disabled={fetching}
            onClick={async () => {
              const result = await revise({ id: designId });
              const id = result.data?.reviseDesign.id;
              if (id) void navigate(`/designs/${id}`);
            }}
          >
            {fetching ? 'Starting…' : 'Start the revision'}
          </button>
          <button type="button" onClick={() => setAsked(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setAsked(true)}>
          Start a new revision
        </button>
      )}
      {error && (
        <p role="alert" className="reuse-error">
          Could not start it: {errorWords(error)}
        </p>
      )}
    </div>
  );
}
