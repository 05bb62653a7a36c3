import { useId, useState } from 'react';
import { Link } from 'react-router';
import { AnyVariables, TypedDocumentNode, useClient } from 'urql';

import type { WorkspacePartProps } from '../workspace-props';

import { downloadFile, fileStem } from './download-file';
import {
  ExportBadge,
  ExportBriefMarkdown,
  ExportCasePackage,
  ExportCtdlCredential,
} from './export-operations';

import './ExportsPanel.css';

interface ExportKind {
  key: string;
  label: string;
  suffix: string;
  type: string;
  /** Asks the API for the document and gives it back as the file's text. */
  fetch(ask: <T>(query: TypedDocumentNode<T, { designId: string }>) => Promise<T>): Promise<string>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const KINDS: ExportKind[] = [
  {
    key: 'badge',
    label: 'Open Badge (JSON-LD)',
    suffix: 'achievement.json',
    type: 'application/ld+json',
    fetch: async (ask) => json((await ask(ExportBadge)).exportOpenBadge),
  },
  {
    key: 'brief',
    label: 'Brief (Markdown)',
    suffix: 'brief.md',
    type: 'text/markdown',
    fetch: async (ask) => (await ask(ExportBriefMarkdown)).exportBrief,
  },
  {
    key: 'case',
    label: 'CASE 1.1 package',
    suffix: 'case.json',
    type: 'application/json',
    fetch: async (ask) => json((await ask(ExportCasePackage)).exportCase),
  },
  {
    key: 'ctdl',
    label: 'CTDL (JSON-LD)',
    suffix: 'ctdl.json',
    type: 'application/ld+json',
    fetch: async (ask) => json((await ask(ExportCtdlCredential)).exportCtdl),
  },
];

/**
 * Downloads of the design's exports as files, and the printable brief. Which export a stage allows
 * is the API's rule: a refused one says why here (the badge waits for approval).
 */
export function ExportsPanel({ design }: WorkspacePartProps) {
  const client = useClient();
  const headingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function download(kind: ExportKind) {
    setBusy(kind.key);
    setRefusal(null);
    try {
      const ask = async <T,>(query: TypedDocumentNode<T, { designId: string }>): Promise<T> => {
        const result = await client
          .query<T, AnyVariables>(query, { designId: design.id }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.error || !result.data)
          throw new Error(result.error?.graphQLErrors[0]?.message ?? 'failed');
        return result.data;
      };
      downloadFile(`${fileStem(design.title)}-${kind.suffix}`, await kind.fetch(ask), kind.type);
    } catch (error) {
      setRefusal(`${kind.label}: ${error instanceof Error ? error.message : 'could not be exported'}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={headingId} className="ws-exports">
      <h2 id={headingId}>Exports</h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind.key}>
            <button type="button" disabled={busy !== null} onClick={() => void download(kind)}>
              {busy === kind.key ? 'Preparing…' : `Download ${kind.label}`}
            </button>
          </li>
        ))}
        <li>
          <Link to={`/designs/${design.id}/brief`}>Printable brief</Link>
        </li>
      </ul>
      {refusal && (
        <p role="alert" className="ws-exports-refusal">
          {refusal}
        </p>
      )}
    </section>
  );
}
