import { FormEvent, useId, useState } from 'react';
import { useClient } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';
import { STAGE_LABELS } from '../../ui/StageBadge';
import type { WorkspaceDesign } from '../design-query';

import { fieldLabel, readableValue, wordDiff } from './snapshot-diff';

const CompareSnapshots = graphql(`
  query CompareSnapshots($fromId: ID!, $toId: ID!) {
    compareSnapshots(fromId: $fromId, toId: $toId) {
      path
      before
      after
    }
  }
`);

interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

type Snapshot = WorkspaceDesign['snapshots'][number];

function snapshotLabel(snapshot: Snapshot): string {
  const when = new Date(snapshot.takenAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${STAGE_LABELS[snapshot.stage]} · revision ${snapshot.revision} · ${when}`;
}

/** Before or after: a text changed in place shows its removed (or added) words marked. */
function ChangeCell({
  row,
  side,
  names,
}: {
  row: Change;
  side: 'before' | 'after';
  names: ReadonlyMap<string, string>;
}) {
  const { before, after } = row;
  const value = side === 'before' ? before : after;
  // Prose only: ids and enum values read as their names, a word diff of those means nothing.
  const prose = (v: unknown): v is string => typeof v === 'string' && readableValue(v, names) === v;
  if (prose(before) && prose(after)) {
    const shown = side === 'before' ? 'removed' : 'added';
    return (
      <pre>
        {wordDiff(before, after)
          .filter((part) => part.change === 'same' || part.change === shown)
          .map((part, index) =>
            part.change === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.change === 'removed' ? (
              <del key={index}>{part.text}</del>
            ) : (
              <ins key={index}>{part.text}</ins>
            ),
          )}
      </pre>
    );
  }
  return <pre>{readableValue(value, names)}</pre>;
}

/**
 * A path of the comparison made readable: item ids become the item's name where the design (or
 * the changed record itself) knows it: `skills[<id>].name` → `Skill “Wiring” › name`.
 */
export function readablePath(path: string, names: ReadonlyMap<string, string>): string {
  const item = /^(skills|outcomes)\[([^\]]+)\]\.?(.*)$/.exec(path);
  const labelled = (rest: string) => rest.split('.').filter(Boolean).map(fieldLabel);
  if (!item) return labelled(path).join(' › ');
  const [, kind, id = '', rest = ''] = item;
  const name = names.get(id);
  const noun = kind === 'skills' ? 'Skill' : 'Outcome';
  const head = name
    ? `${noun} “${name.length > 60 ? `${name.slice(0, 59)}…` : name}”`
    : `${noun} ${id.slice(0, 8)}`;
  return [head, ...labelled(rest)].join(' › ');
}

function namesOf(design: WorkspaceDesign, changes: readonly Change[]): Map<string, string> {
  const names = new Map<string, string>();
  // Items removed since the snapshot are only named in the comparison itself.
  for (const { path, before, after } of changes) {
    const match = /^(skills|outcomes)\[([^\]]+)\]$/.exec(path);
    if (!match?.[2]) continue;
    const item = (after ?? before) as Record<string, unknown> | null;
    const name = item && (typeof item['name'] === 'string' ? item['name'] : item['statement']);
    if (typeof name === 'string') names.set(match[2], name);
  }
  for (const skill of design.skills) names.set(skill.id, skill.name);
  for (const outcome of design.outcomes) names.set(outcome.id, outcome.statement);
  return names;
}

/** Two snapshots of the design compared field by field (compareSnapshots). */
export function SnapshotCompare({ design }: { design: WorkspaceDesign }) {
  const headingId = useId();
  const client = useClient();
  const snapshots = design.snapshots;
  const last = snapshots[snapshots.length - 1];
  const previous = snapshots[snapshots.length - 2] ?? last;
  const [fromId, setFromId] = useState<string>('');
  const [toId, setToId] = useState<string>('');
  const [changes, setChanges] = useState<{ from: string; to: string; rows: Change[] } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Until the user picks, compare the last two (and follow new snapshots as they are taken).
  const from = snapshots.some((s) => s.id === fromId) ? fromId : (previous?.id ?? '');
  const to = snapshots.some((s) => s.id === toId) ? toId : (last?.id ?? '');

  async function compare(event: FormEvent) {
    event.preventDefault();
    if (!from || !to) return;
    setLoading(true);
    setError(null);
    const result = await client
      .query(CompareSnapshots, { fromId: from, toId: to }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (result.error || !result.data) {
      setChanges(null);
      setError(
        errorCode(result.error) === 'NOT_FOUND'
          ? 'One of these snapshots is no longer available.'
          : 'Could not compare the snapshots.',
      );
      return;
    }
    setChanges({ from, to, rows: result.data.compareSnapshots });
  }

  const byId = new Map(snapshots.map((s) => [s.id, s]));
  const names = changes ? namesOf(design, changes.rows) : new Map<string, string>();
  const fromSnapshot = changes ? byId.get(changes.from) : undefined;
  const toSnapshot = changes ? byId.get(changes.to) : undefined;

  return (
    <div className="co-compare">
      <h3 id={headingId}>Compare snapshots</h3>
      {snapshots.length === 0 ? (
        <p className="muted">
          A snapshot of the whole design is taken each time it enters partner or committee review; none yet.
        </p>
      ) : (
        <form className="row" onSubmit={compare} aria-labelledby={headingId}>
          <label>
            From snapshot
            <select value={from} onChange={(e) => setFromId(e.target.value)}>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {snapshotLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            To snapshot
            <select value={to} onChange={(e) => setToId(e.target.value)}>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {snapshotLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={loading}>
            Compare
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {changes &&
        (changes.rows.length === 0 ? (
          <p>No differences</p>
        ) : (
          <div className="co-table-scroll">
            <table className="co-diff">
              <caption>
                {changes.rows.length} {changes.rows.length === 1 ? 'change' : 'changes'}
                {fromSnapshot && toSnapshot
                  ? ` from ${snapshotLabel(fromSnapshot)} to ${snapshotLabel(toSnapshot)}`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.rows.map((row) => (
                  <tr key={row.path}>
                    <th scope="row" title={row.path}>
                      {readablePath(row.path, names)}
                    </th>
                    <td>
                      <ChangeCell row={row} side="before" names={names} />
                    </td>
                    <td>
                      <ChangeCell row={row} side="after" names={names} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
