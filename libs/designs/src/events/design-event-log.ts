import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Tx } from '@mc/database';

import { DesignEventBus } from './design-event-bus';
import { DesignEvent } from './design-event.entity';
import { DesignSignals } from './design-signals';

export type DesignEventType =
  | 'design.created'
  | 'design.updated'
  | 'participant.joined'
  | 'participant.removed'
  | 'invitation.resent'
  | 'invitation.revoked'
  | 'skill.proposed'
  | 'skill.updated'
  | 'skill.removed'
  | 'outcome.added'
  | 'outcome.updated'
  | 'outcome.removed'
  | 'comment.added'
  | 'comment.resolved'
  | 'suggestion.added'
  | 'suggestion.accepted'
  | 'suggestion.rejected'
  | 'decision.recorded'
  | 'unit.signedOff'
  | 'stage.changed';

/** Which entries are content changes, which bump `Design.revision`. */
const CONTENT_CHANGES = new Set<DesignEventType>([
  'design.updated',
  'skill.proposed',
  'skill.updated',
  'skill.removed',
  'outcome.added',
  'outcome.updated',
  'outcome.removed',
]);

/**
 * Appends entries to a design's log inside the change's own transaction. The next `seq` comes from
 * the design row (`last_seq + 1`), which the update locks until commit: concurrent writers queue,
 * and a rolled-back change gives its number back, so the sequence has no holes.
 */
@Injectable()
export class DesignEventLog {
  constructor(
    private readonly bus: DesignEventBus,
    private readonly dataSource: DataSource,
    private readonly signals: DesignSignals,
  ) {}

  async append(
    tx: Tx,
    designId: string,
    type: DesignEventType,
    actorId: string | null,
    data: Record<string, unknown>,
  ): Promise<DesignEvent> {
    const content = CONTENT_CHANGES.has(type);
    // One statement while the design's row is locked: the next seq and the entry itself (a
    // repository save cost two more round trips here, a SELECT of the new key and the INSERT).
    const rows = (await tx.manager.query(
      `WITH next AS (
         UPDATE designs
            SET last_seq = last_seq + 1,
                revision = revision + $2::int,
                updated_at = CASE WHEN $2::int = 1 THEN now() ELSE updated_at END
          WHERE id = $1
      RETURNING id, last_seq)
       INSERT INTO design_events (design_id, seq, type, actor_id, data)
       SELECT id, last_seq, $3, $4, $5::jsonb FROM next
       RETURNING seq, at`,
      [designId, content ? 1 : 0, type, actorId, JSON.stringify(data)],
    )) as Array<{ seq: number; at: Date }>;
    const row = rows[0];
    if (!row) throw new Error(`design ${designId} vanished while appending ${type}`);
    const event = Object.assign(new DesignEvent(), {
      designId,
      seq: row.seq,
      type,
      actorId,
      data,
      at: row.at,
    });
    await this.signals.emit(tx, { type: 'event', event });
    tx.afterCommit(() => this.bus.publish({ designId, seq: event.seq, type, actorId, data, at: event.at }));
    return event;
  }

  /** The `seq` of the design's latest entry (0 for none or an unknown design). */
  async latestSeq(designId: string): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT last_seq FROM designs WHERE id = $1`, [
      designId,
    ])) as Array<{
      last_seq: number;
    }>;
    return row?.last_seq ?? 0;
  }

  /**
   * When each design last entered `stage` (its latest `stage.changed` entry to it), in one query;
   * designs that never did are missing from the map.
   */
  async stageEnteredAt(designIds: readonly string[], stage: string): Promise<Map<string, Date>> {
    if (designIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (design_id) design_id, at
         FROM design_events
        WHERE design_id = ANY($1::uuid[]) AND type = 'stage.changed' AND data ->> 'to' = $2
        ORDER BY design_id, seq DESC`,
      [[...designIds], stage],
    )) as Array<{ design_id: string; at: Date }>;
    return new Map(rows.map((row) => [row.design_id, row.at]));
  }

  /** Entries with `seq > afterSeq`, oldest first. */
  list(designId: string, afterSeq: number, limit: number): Promise<DesignEvent[]> {
    return this.dataSource
      .getRepository(DesignEvent)
      .createQueryBuilder('e')
      .where('e.design_id = :designId AND e.seq > :afterSeq', { designId, afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
  }
}
