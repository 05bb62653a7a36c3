import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';

import { graphql } from '../../gql';
import type { WorkspacePartProps } from '../workspace-props';

import { eventSentence, ItemNames, LogEntry } from './event-sentence';
import { SnapshotCompare } from './SnapshotCompare';

import './History.css';

const HistoryHead = graphql(`
  query DesignHistoryHead($id: ID!) {
    design(id: $id) {
      id
      lastSeq
    }
  }
`);

const HistoryPage = graphql(`
  query DesignHistory($id: ID!, $afterSeq: Int!, $limit: Int!) {
    design(id: $id) {
      id
      lastSeq
      events(afterSeq: $afterSeq, limit: $limit) {
        seq
        type
        actor {
          id
          displayName
        }
        data
        at
      }
    }
  }
`);

/** Entries shown at first and added by each "Show more". */
const PAGE = 50;

/** The kinds of change History can be filtered by, from the log entries' types. */
export const HISTORY_KINDS = [
  { value: 'record', label: 'Design record', types: ['design.'] },
  { value: 'skills', label: 'Skills', types: ['skill.'] },
  { value: 'outcomes', label: 'Learning outcomes', types: ['outcome.'] },
  { value: 'comments', label: 'Comments', types: ['comment.'] },
  { value: 'approval', label: 'Stages and decisions', types: ['stage.', 'decision.'] },
  { value: 'people', label: 'People and invitations', types: ['participant.', 'invitation.'] },
] as const;

type HistoryKind = (typeof HISTORY_KINDS)[number]['value'];

function ofKind(entry: LogEntry, kind: HistoryKind | ''): boolean {
  if (!kind) return true;
  const types = HISTORY_KINDS.find((k) => k.value === kind)?.types ?? [];
  return types.some((prefix) => entry.type.startsWith(prefix));
}
/** The most the API gives in one request (Design.events `limit`). */
const MAX_PAGE = 100;

interface Loaded {
  /** Newest first. */
  entries: LogEntry[];
  /** The lowest seq loaded (1: the whole log is here); null before the first load. */
  oldest: number | null;
  /** The highest seq loaded. */
  newest: number;
}

const EMPTY: Loaded = { entries: [], oldest: null, newest: 0 };

/**
 * The design's log as sentences, newest first, kept up to date as the workspace reloads after
 * each live event; older entries on demand. Below it, two snapshots compared field by field.
 */
export function History({ design }: WorkspacePartProps) {
  const headingId = useId();
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<HistoryKind | ''>('');
  const state = useRef<Loaded>(EMPTY);
  // Loads run one after another, each from the state the previous one left.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const designId = design.id;

  // Bumped when the design changes, so that a load still running for the last one is dropped.
  const generation = useRef(0);

  const commit = useCallback((next: Loaded, of: number) => {
    if (of !== generation.current) return;
    state.current = next;
    setLoaded(next);
  }, []);

  const page = useCallback(
    async (afterSeq: number, limit: number) => {
      const result = await client
        .query(HistoryPage, { id: designId, afterSeq, limit }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) throw new Error('history');
      return result.data.design;
    },
    [client, designId],
  );

  const enqueue = useCallback((task: (of: number) => Promise<void>) => {
    const of = generation.current;
    const run = queue.current
      .then(() => (of === generation.current ? task(of) : undefined))
      .catch(() => {
        if (of === generation.current) setError('Could not load the history.');
      });
    queue.current = run;
    return run;
  }, []);

  // The newest entries: the last page at first, then whatever came since.
  const syncNewest = useCallback(
    () =>
      enqueue(async (of) => {
        setError(null);
        const current = state.current;
        if (current.oldest === null) {
          const head = await client
            .query(HistoryHead, { id: designId }, { requestPolicy: 'network-only' })
            .toPromise();
          if (head.error || !head.data) throw new Error('history');
          const last = head.data.design.lastSeq;
          const afterSeq = Math.max(0, last - PAGE);
          const events = last > 0 ? (await page(afterSeq, PAGE)).events : [];
          const newest = events.reduce((max, e) => Math.max(max, e.seq), afterSeq);
          commit({ entries: [...events].reverse(), oldest: afterSeq + 1, newest }, of);
          return;
        }
        let { newest } = current;
        let added: LogEntry[] = [];
        for (let round = 0; round < 10; round += 1) {
          const { events, lastSeq } = await page(newest, MAX_PAGE);
          added = [...added, ...events.filter((e) => e.seq > newest)];
          newest = events.reduce((max, e) => Math.max(max, e.seq), newest);
          if (lastSeq <= newest || events.length === 0) break;
        }
        if (added.length)
          commit({ ...state.current, entries: [...added.reverse(), ...state.current.entries], newest }, of);
      }),
    [client, commit, designId, enqueue, page],
  );

  const loadOlder = useCallback(
    () =>
      enqueue(async (of) => {
        const { oldest } = state.current;
        if (oldest === null || oldest <= 1) return;
        setLoadingOlder(true);
        try {
          const afterSeq = Math.max(0, oldest - 1 - PAGE);
          const { events } = await page(afterSeq, oldest - 1 - afterSeq);
          const older = events.filter((e) => e.seq < oldest).reverse();
          commit(
            { ...state.current, entries: [...state.current.entries, ...older], oldest: afterSeq + 1 },
            of,
          );
        } finally {
          setLoadingOlder(false);
        }
      }),
    [commit, enqueue, page],
  );

  // Another design: start over.
  useEffect(() => {
    generation.current += 1;
    state.current = EMPTY;
    setLoaded(EMPTY);
    setError(null);
  }, [designId]);

  // The workspace reloads the design after every live event (and after my own changes).
  useEffect(() => {
    void syncNewest();
  }, [design, syncNewest]);

  const names: ItemNames = useMemo(
    () => ({
      skills: new Map(design.skills.map((s) => [s.id, s.name])),
      outcomes: new Map(design.outcomes.map((o) => [o.id, o.statement])),
    }),
    [design.skills, design.outcomes],
  );

  const shown = kind ? loaded.entries.filter((entry) => ofKind(entry, kind)) : loaded.entries;

  return (
    <section aria-labelledby={headingId} className="co-history">
      <h2 id={headingId}>History</h2>
      {error && (
        <p role="alert" className="error">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => void syncNewest()}>
            Try again
          </button>
        </p>
      )}
      <label className="co-history-filter">
        Show
        <select value={kind} onChange={(e) => setKind(e.target.value as HistoryKind | '')}>
          <option value="">Every change</option>
          {HISTORY_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {loaded.oldest === null && !error ? (
        <p className="muted">Loading the history…</p>
      ) : loaded.entries.length === 0 && !error ? (
        <p className="muted">Nothing has happened in this design yet.</p>
      ) : shown.length === 0 && !error ? (
        <p className="muted">
          {loaded.oldest !== null && loaded.oldest > 1
            ? 'None of this kind among the latest changes; show more to look further back.'
            : 'No change of this kind yet.'}
        </p>
      ) : (
        <ol className="plain co-log" aria-label="Changes, newest first">
          {shown.map((entry) => (
            <li key={entry.seq}>
              <span>{eventSentence(entry, names)}</span>{' '}
              <time dateTime={entry.at} className="muted">
                {new Date(entry.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </li>
          ))}
        </ol>
      )}
      {loaded.oldest !== null && loaded.oldest > 1 && (
        <button type="button" onClick={() => void loadOlder()} disabled={loadingOlder}>
          {loadingOlder ? 'Loading…' : 'Show more'}
        </button>
      )}
      <SnapshotCompare design={design} />
    </section>
  );
}
