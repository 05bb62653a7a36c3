import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { UseAsStartingPoint } from '../reuse/ReuseActions';
import '../reuse/reuse.css';

import { BLOOM_NAMES, DELIVERY_LABELS, jsonLdText, safeHttpUrl } from './catalog-model';
import { setMeta } from './CatalogPage';

import './catalog.css';

const Credential = graphql(`
  query PublicCredential($id: ID!) {
    publishedDesign(id: $id) {
      id
      title
      summary
      sector
      hours
      deliveryMode
      level
      language
      targetLearners
      prerequisites
      assessmentApproach
      creditValue
      issuerCountry
      publishedAt
      achievementUrl
      institution {
        id
        name
      }
      outcomes {
        statement
        bloomLevel
        position
      }
      skills {
        name
        description
        priority
        frameworkRef {
          framework
          code
          label
          url
        }
      }
      endorsedBy {
        id
        name
      }
      supersededBy {
        id
        title
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One published credential, public: the record's public fields and its Achievement as JSON-LD. */
export function CredentialPage() {
  const { designId = '' } = useParams();
  const valid = UUID.test(designId);
  const [{ data, fetching, error }] = useQuery({
    query: Credential,
    variables: { id: designId },
    pause: !valid,
  });
  const design = data?.publishedDesign;

  useEffect(() => {
    if (!design) return;
    document.title = `${design.title} · ${design.institution.name}`;
    setMeta(design.summary ?? `${design.title}, a micro-credential of ${design.institution.name}.`);
  }, [design]);

  // The Achievement as the API publishes it, embedded for search engines and wallets.
  const achievementPath = design ? new URL(design.achievementUrl, window.location.href).pathname : null;
  useEffect(() => {
    if (!achievementPath) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'credential-jsonld';
    let cancelled = false;
    void fetch(achievementPath, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : null))
      .then((achievement: unknown) => {
        if (cancelled || !achievement) return;
        script.textContent = jsonLdText(achievement);
        document.head.appendChild(script);
      });
    return () => {
      cancelled = true;
      script.remove();
    };
  }, [achievementPath]);

  if (!valid) return <Missing text="That is not a credential address." />;
  if (error) return <Missing text="This credential is not in the catalog." />;
  if (fetching || !design) return <main className="catalog">Loading…</main>;

  const outcomes = [...design.outcomes].sort((a, b) => a.position - b.position);
  return (
    <main className="catalog credential" id="main">
      <p>
        <Link to="/catalog">← Catalog</Link>
      </p>
      <h1>{design.title}</h1>
      <p className="catalog-meta">{design.institution.name}</p>
      {design.supersededBy && (
        <p className="credential-superseded" role="note">
          Superseded: a newer version of this credential is published,{' '}
          <Link to={`/catalog/${design.supersededBy.id}`}>{design.supersededBy.title}</Link>. This page keeps
          the version earners of it hold.
        </p>
      )}
      <UseAsStartingPoint designId={design.id} returnTo={`/catalog/${design.id}`} />
      {design.summary && <p>{design.summary}</p>}
      <dl className="credential-facts">
        <Fact term="Institution" value={design.institution.name} />
        <Fact term="Hours" value={design.hours != null ? String(design.hours) : null} />
        <Fact term="Level" value={design.level} />
        <Fact term="Delivery" value={design.deliveryMode ? DELIVERY_LABELS[design.deliveryMode] : null} />
        <Fact term="Sector" value={design.sector} />
        <Fact term="Language" value={design.language} />
        <Fact term="Credit value" value={design.creditValue != null ? String(design.creditValue) : null} />
        <Fact term="Issuer country" value={design.issuerCountry} />
        <Fact term="For" value={design.targetLearners} />
        <Fact term="Prerequisites" value={design.prerequisites} />
        <Fact term="Assessment" value={design.assessmentApproach} />
      </dl>
      <h2>Learning outcomes</h2>
      <ol className="credential-outcomes">
        {outcomes.map((outcome) => (
          <li key={outcome.position}>
            {outcome.statement}{' '}
            <span className="credential-bloom">Bloom: {BLOOM_NAMES[outcome.bloomLevel]}</span>
          </li>
        ))}
      </ol>
      <h2>Skills</h2>
      <ul className="credential-skills">
        {design.skills.map((skill) => {
          const ref = skill.frameworkRef;
          const href = safeHttpUrl(ref?.url);
          const refText = ref ? `${ref.framework} ${ref.code}${ref.label ? ` — ${ref.label}` : ''}` : null;
          return (
            <li key={skill.name}>
              <strong>{skill.name}</strong>
              {refText && (
                <>
                  {' '}
                  (
                  {href ? (
                    <a href={href} rel="noopener noreferrer">
                      {refText}
                    </a>
                  ) : (
                    refText
                  )}
                  )
                </>
              )}
              {skill.description && <p>{skill.description}</p>}
            </li>
          );
        })}
      </ul>
      <h2>Endorsed by</h2>
      {design.endorsedBy.length ? (
        <ul>
          {design.endorsedBy.map((org) => (
            <li key={org.id}>{org.name}</li>
          ))}
        </ul>
      ) : (
        <p>No partner endorsement on the published version.</p>
      )}
      <p>
        <a href={achievementPath ?? design.achievementUrl}>Open Badges 3.0 Achievement (JSON)</a>
      </p>
    </main>
  );
}

function Fact({ term, value }: { term: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

function Missing({ text }: { text: string }) {
  return (
    <main className="catalog" id="main">
      <h1>Credential not found</h1>
      <p>{text}</p>
      <p>
        <Link to="/catalog">Browse the catalog</Link>
      </p>
    </main>
  );
}
