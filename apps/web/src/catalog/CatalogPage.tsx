import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { DeliveryMode } from '../gql/graphql';

import { DELIVERY_LABELS } from './catalog-model';

import './catalog.css';

const PAGE_SIZE = 12;

const Catalog = graphql(`
  query PublicCatalog(
    $first: Int
    $after: String
    $search: String
    $sector: String
    $deliveryMode: DeliveryMode
  ) {
    publishedCatalog(
      first: $first
      after: $after
      search: $search
      sector: $sector
      deliveryMode: $deliveryMode
    ) {
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
          sector
          hours
          deliveryMode
          level
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

/** The public catalog of published credentials: no login; search, sector and delivery filters, pages. */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const sector = params.get('sector') ?? '';
  const delivery = (params.get('delivery') ?? '') as DeliveryMode | '';
  const after = params.get('after');
  const [draft, setDraft] = useState(search);
  const [sectorDraft, setSectorDraft] = useState(sector);
  const [{ data, fetching, error }] = useQuery({
    query: Catalog,
    variables: {
      first: PAGE_SIZE,
      after,
      search: search || null,
      sector: sector || null,
      deliveryMode: delivery || null,
    },
  });

  useEffect(() => {
    document.title = 'Credential catalog · Micro-credentials';
    setMeta('Published micro-credentials: search by title, sector and delivery mode.');
  }, []);

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    if (!('after' in next)) merged.delete('after');
    setParams(merged);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: draft.trim(), sector: sectorDraft.trim() });
  }

  const page = data?.publishedCatalog;
  return (
    <main className="catalog" id="main">
      <h1>Credential catalog</h1>
      <form className="catalog-filters" role="search" onSubmit={submit}>
        <label>
          Search
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          Sector
          <input value={sectorDraft} onChange={(e) => setSectorDraft(e.target.value)} />
        </label>
        <label>
          Delivery
          <select value={delivery} onChange={(e) => update({ delivery: e.target.value })}>
            <option value="">Any</option>
            {(Object.keys(DELIVERY_LABELS) as DeliveryMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {DELIVERY_LABELS[mode]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {error && <p role="alert">The catalog could not be loaded.</p>}
      {fetching && !page && <p>Loading…</p>}
      {page && (
        <>
          <p aria-live="polite">
            {page.totalCount === 1 ? '1 credential' : `${page.totalCount} credentials`}
          </p>
          <ul className="catalog-list">
            {page.edges.map(({ node }) => (
              <li key={node.id} className="catalog-card">
                <h2>
                  <Link to={`/catalog/${node.id}`}>{node.title}</Link>
                </h2>
                <p className="catalog-meta">
                  {[
                    node.institution.name,
                    node.sector,
                    node.hours != null ? `${node.hours} hours` : null,
                    node.deliveryMode ? DELIVERY_LABELS[node.deliveryMode] : null,
                    node.level,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {node.summary && <p>{node.summary}</p>}
              </li>
            ))}
          </ul>
          <nav className="catalog-paging" aria-label="Pages">
            {after && (
              <button type="button" onClick={() => update({ after: '' })}>
                First page
              </button>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <button type="button" onClick={() => update({ after: page.pageInfo.endCursor ?? '' })}>
                Next page
              </button>
            )}
          </nav>
        </>
      )}
    </main>
  );
}

/** The page's meta description (one tag, created once, updated per page). */
export function setMeta(description: string): void {
  let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = 'description';
    document.head.appendChild(tag);
  }
  tag.content = description;
}
