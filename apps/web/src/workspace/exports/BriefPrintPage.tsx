import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { errorCode } from '../../api/client';

import { ExportBriefMarkdown } from './export-operations';

import './BriefPrintPage.css';

/**
 * The committee brief as a printable page: the Markdown shown as preformatted text, which React
 * escapes, so nothing in it is ever HTML. Print hides the app's frame.
 */
export function BriefPrintPage() {
  const { designId = '' } = useParams();
  const [{ data, error }] = useQuery({
    query: ExportBriefMarkdown,
    variables: { designId },
    requestPolicy: 'network-only',
  });
  if (error) {
    return (
      <main className="page">
        <p role="alert">
          {errorCode(error) === 'NOT_FOUND'
            ? 'This design does not exist or is not shared with you.'
            : 'Could not load the brief.'}
        </p>
        <Link to="/">Back to my designs</Link>
      </main>
    );
  }
  if (!data) return <main className="page">Loading…</main>;
  return (
    <main className="page brief-print">
      <div className="brief-print-actions">
        <Link to={`/designs/${designId}`}>Back to the design</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <pre className="brief-print-text" aria-label="Brief">
        {data.exportBrief}
      </pre>
    </main>
  );
}
