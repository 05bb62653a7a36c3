import { Link } from 'react-router';

import { StartRevision, UseAsStartingPoint } from './ReuseActions';

import './reuse.css';

interface ReuseFacts {
  id: string;
  stage: string;
  myPermissions: { canRevise: boolean };
  derivedFrom?: { id: string; title: string } | null;
}

/** Where a design came from, and what can be built on it: a copy of one's own, or its next revision. */
export function ReuseBar({ design }: { design: ReuseFacts }) {
  return (
    <section className="reuse-bar" aria-label="Reuse">
      {design.derivedFrom && (
        <p className="reuse-lineage">
          Started from <Link to={`/catalog/${design.derivedFrom.id}`}>{design.derivedFrom.title}</Link>{' '}
          (published).
        </p>
      )}
      {design.myPermissions.canRevise && <StartRevision designId={design.id} />}
      <UseAsStartingPoint designId={design.id} returnTo={`/designs/${design.id}`} />
    </section>
  );
}
