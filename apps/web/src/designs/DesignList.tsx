import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';
import type { DesignStage } from '../gql/graphql';
import { canStartDesigns, KIND_CAPABILITIES, useMyOrganization } from '../organization/organization-kind';
import { StageBadge, STAGE_LABELS } from '../ui/StageBadge';

import './DesignList.css';

const MyDesigns = graphql(`
  query MyDesigns($filter: DesignFilter, $after: String) {
    designs(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          summary
          stage
          myRole
          updatedAt
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateDesign = graphql(`
  mutation CreateDesign($input: CreateDesignInput!) {
    createDesign(input: $input) {
      id
    }
  }
`);

/** My designs, with stage badges, search and a stage filter; a lead-to-be can start a new one. */
export function DesignList() {
  const [search, setSearch] = useState('');
  const [stage, setStage] = useState<DesignStage | ''>('');
  const filter = { ...(search.trim() ? { search: search.trim() } : {}), ...(stage ? { stage } : {}) };
  const [{ data, fetching, error }] = useQuery({ query: MyDesigns, variables: { filter } });
  const [{ fetching: creating, error: createError }, create] = useMutation(CreateDesign);
  const [title, setTitle] = useState('');
  const navigate = useNavigate();
  const me = useMyOrganization();
  const mayStart = canStartDesigns(me?.organization.kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { title } });
    if (result.data) navigate(`/designs/${result.data.createDesign.id}`);
  }

  return (
    <section aria-labelledby="my-designs">
      <h2 id="my-designs">My designs</h2>
      <div className="toolbar" role="search">
        <label>
          Search
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Stage
          <select value={stage} onChange={(e) => setStage(e.target.value as DesignStage | '')}>
            <option value="">All stages</option>
            {Object.entries(STAGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p role="alert">Could not load your designs.</p>}
      {!fetching &&
        data?.designs.edges.length === 0 &&
        (filter.search || filter.stage ? (
          <p>No designs match.</p>
        ) : (
          // A new user has none yet: say how to begin rather than that a search found nothing.
          <p data-testid="no-designs-yet">
            You take part in no design yet. Start one under “Start a design” below, or open the invitation
            link a lead sent you to join theirs.
          </p>
        ))}
      <ul className="design-list plain">
        {data?.designs.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/designs/${node.id}`}>{node.title}</Link> <StageBadge stage={node.stage} />
            <div className="muted">
              {node.institution.name}
              {node.myRole ? ` · ${node.myRole.replace(/_/g, ' ').toLowerCase()}` : ''}
            </div>
          </li>
        ))}
      </ul>
      {me && !mayStart && (
        <section aria-labelledby="what-you-can-do">
          <h3 id="what-you-can-do">What you can do</h3>
          <p>{KIND_CAPABILITIES[me.organization.kind].can}</p>
          <p>Designs you are invited to appear here.</p>
        </section>
      )}
      {mayStart && (
        <section aria-labelledby="new-design">
          <h3 id="new-design">Start a design</h3>
          <form onSubmit={submit} className="row">
            <label>
              Title
              <input required value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <button type="submit" disabled={creating}>
              Create
            </button>
          </form>
          {createError && (
            <p role="alert" className="error">
              {createError.graphQLErrors[0]?.message ?? 'Could not create the design.'}
            </p>
          )}
        </section>
      )}
    </section>
  );
}
