import type { EntityManager } from 'typeorm';

import type { DesignEventType } from './design-event-log';

/** The log entry a versioned record's update appends (its `data` holds `id`, `version`, `changed`). */
export type VersionedUpdateType = Extract<
  DesignEventType,
  'design.updated' | 'skill.updated' | 'outcome.updated'
>;

/**
 * Field-level merge (SPEC "Writing together"), decided from the design's own log: every write of a
 * design, skill or outcome bumps its `version` by one and appends one entry carrying the new
 * `version` and the fields it `changed`. An update based on an older version may go ahead when no
 * entry after that version, by someone else, changed one of the fields it sets. A version with no
 * such entry (a write that did not say what it changed) counts as a change of every field, so the
 * answer errs towards CONFLICT, never towards losing an edit.
 *
 * Returns the fields of `fields` that someone else changed since `since` (empty: no conflict). The
 * caller holds the design's row lock, so no entry can be appended meanwhile.
 */
export async function fieldsChangedSince(
  manager: EntityManager,
  record: { designId: string; type: VersionedUpdateType; id: string; version: number },
  since: number,
  fields: readonly string[],
  actorId: string,
): Promise<string[]> {
  if (since >= record.version) return since === record.version ? [] : [...fields];
  const rows = (await manager.query(
    `SELECT (data ->> 'version')::int AS version, actor_id, data -> 'changed' AS changed
       FROM design_events
      WHERE design_id = $1 AND type = $2 AND data ->> 'id' = $3
        AND jsonb_typeof(data -> 'version') = 'number' AND (data ->> 'version')::int > $4`,
    [record.designId, record.type, record.id, since],
  )) as Array<{ version: number; actor_id: string | null; changed: unknown }>;
  const byVersion = new Map(rows.map((row) => [row.version, row]));
  const conflicting = new Set<string>();
  for (let version = since + 1; version <= record.version; version++) {
    const entry = byVersion.get(version);
    if (!entry) return [...fields];
    if (entry.actor_id === actorId) continue;
    const changed = Array.isArray(entry.changed) ? (entry.changed as unknown[]) : null;
    for (const field of fields) if (!changed || changed.includes(field)) conflicting.add(field);
  }
  return fields.filter((field) => conflicting.has(field));
}

/** The CONFLICT message of a stale update: which fields someone else changed, where known. */
export function conflictMessage(what: string, fields: readonly string[]): string {
  return fields.length
    ? `Someone else changed ${fields.join(', ')} of this ${what} since you loaded it`
    : `The ${what} changed since you loaded it`;
}

/**
 * Who else changed the record since `since` (for the conflict dialog's "Theirs, saved by …"),
 * oldest first; the caller's own changes are not theirs.
 */
export async function changedBySince(
  manager: EntityManager,
  record: { designId: string; type: VersionedUpdateType; id: string },
  since: number,
  actorId: string,
): Promise<Array<{ id: string; displayName: string }>> {
  const rows = (await manager.query(
    `SELECT u.id, u.display_name, min(e.seq) AS first
       FROM design_events e JOIN users u ON u.id = e.actor_id
      WHERE e.design_id = $1 AND e.type = $2 AND e.data ->> 'id' = $3
        AND jsonb_typeof(e.data -> 'version') = 'number' AND (e.data ->> 'version')::int > $4
        AND e.actor_id <> $5
      GROUP BY u.id, u.display_name
      ORDER BY first`,
    [record.designId, record.type, record.id, since, actorId],
  )) as Array<{ id: string; display_name: string }>;
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}
