import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { TransactionRunner, Tx, versionedUpdate } from '@mc/database';
import { NotFoundError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { Design } from '../designs/design.entity';
import { DesignStage } from '../designs.enums';
import { designRecord, outcomeRecord, skillRecord } from '../dto/design.records';
import { DesignEventLog } from '../events/design-event-log';
import { Outcome, OutcomeSkill } from '../outcomes/outcome.entity';
import { Skill } from '../skills/skill.entity';

/** The records whose long texts are edited live (`@mc/collab-contract` names them the same). */
export type LiveTextKind = 'design' | 'outcome' | 'skill';

/** The texts edited live, per kind: the GraphQL field names, which are the entity's properties. */
export const LIVE_TEXT_FIELDS = {
  design: ['summary', 'targetLearners', 'prerequisites', 'assessmentApproach'],
  outcome: ['statement', 'assessmentMethod'],
  skill: ['description'],
} as const satisfies Record<LiveTextKind, readonly string[]>;

export type LiveTexts = Record<string, string | null>;

/** A live record: its design, that design's stage, and the stored texts. */
export interface LiveRecord {
  designId: string;
  stage: DesignStage;
  texts: LiveTexts;
}

export interface LiveTextAccess extends LiveRecord {
  /** The user's role may change these texts (while the design is in DRAFTING). */
  writer: boolean;
}

export type LiveStoreResult =
  | { stored: true; texts: LiveTexts }
  | { stored: false; reason: 'UNCHANGED' | 'NOT_DRAFTING' | 'GONE'; texts: LiveTexts | null };

/**
 * The designs side of live co-editing (`@mc/collab`): who may open a record's live texts, and
 * storing a burst of typing as one change, with the same version/revision bump and log entry as a
 * GraphQL update (plus `actors`). The texts come validated (trimmed, empty as null, within limits).
 */
@Injectable()
export class LiveTextService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
  ) {}

  /** The record as stored, or null when there is none. */
  async locate(kind: LiveTextKind, id: string, manager?: EntityManager): Promise<LiveRecord | null> {
    const m = manager ?? this.dataSource.manager;
    const record = await this.load(m, kind, id);
    if (!record) return null;
    const designId = kind === 'design' ? id : (record as Skill | Outcome).designId;
    const design =
      kind === 'design'
        ? (record as Design)
        : await m
            .getRepository(Design)
            .findOne({ where: { id: designId }, select: { id: true, stage: true } });
    if (!design) return null;
    return { designId, stage: design.stage, texts: pick(kind, record) };
  }

  /**
   * What `user` may do with the record's live texts; unknown and forbidden alike are
   * `NOT_FOUND`. Writing follows the GraphQL update's rule (`editDesign`, `changeSkill`,
   * `changeOutcome`), which also needs DRAFTING (`stage`).
   */
  async accessFor(user: AuthenticatedUser, kind: LiveTextKind, id: string): Promise<LiveTextAccess> {
    const what = kind === 'design' ? 'Design' : kind === 'skill' ? 'Skill' : 'Outcome';
    const record = await this.locate(kind, id);
    if (!record) throw new NotFoundError(what);
    const access = await this.access.visible(user, record.designId, { what });
    // The role's answer as in DRAFTING; the stage is the caller's to follow as it changes.
    const drafting = { ...access, design: { ...access.design, stage: DesignStage.DRAFTING } };
    let refused;
    if (kind === 'design') refused = this.access.refusal(drafting, 'editDesign');
    else if (kind === 'outcome') refused = this.access.refusal(drafting, 'changeOutcome');
    else {
      const skill = await this.dataSource.getRepository(Skill).findOneBy({ id });
      if (!skill) throw new NotFoundError(what);
      refused = this.access.skillRefusal(drafting, skill);
    }
    return { ...record, stage: access.design.stage, writer: refused === null };
  }

  /**
   * Stores the texts that differ from the record's, as one change by `actors` (the first is the
   * log entry's actor), only while the design is in DRAFTING. In `tx` when given (a transition
   * flushing typed text first, under the design lock it already holds).
   */
  async store(
    kind: LiveTextKind,
    id: string,
    texts: LiveTexts,
    actors: readonly string[],
    tx?: Tx,
  ): Promise<LiveStoreResult> {
    const work = async (t: Tx): Promise<LiveStoreResult> => {
      const located = await this.locate(kind, id, t.manager);
      if (!located) return { stored: false, reason: 'GONE', texts: null };
      // The design's lock serializes this with every other write of its content (and its log's seq).
      const [locked] = (await t.manager.query(`SELECT stage FROM designs WHERE id = $1 FOR UPDATE`, [
        located.designId,
      ])) as Array<{ stage: DesignStage }>;
      const record = await this.load(t.manager, kind, id);
      if (!locked || !record) return { stored: false, reason: 'GONE', texts: null };
      const current = pick(kind, record);
      if (locked.stage !== DesignStage.DRAFTING)
        return { stored: false, reason: 'NOT_DRAFTING', texts: current };
      const changes: LiveTexts = {};
      for (const field of LIVE_TEXT_FIELDS[kind] as readonly string[]) {
        if (field in texts && texts[field] !== current[field]) changes[field] = texts[field] ?? null;
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return { stored: false, reason: 'UNCHANGED', texts: current };
      const entity = kind === 'design' ? Design : kind === 'skill' ? Skill : Outcome;
      if (!(await versionedUpdate(t.manager, entity, id, record.version, changes as never)))
        throw new Error(`${kind} ${id} changed under its design's lock`);
      const actorId = actors[0] ?? null;
      const actorList = [...new Set(actors)];
      const designId = located.designId;
      if (kind === 'design') {
        const updated = await t.manager.getRepository(Design).findOneByOrFail({ id });
        await this.log.append(t, designId, 'design.updated', actorId, {
          ...designRecord({ ...updated, revision: updated.revision + 1 }),
          changed,
          actors: actorList,
        });
      } else if (kind === 'skill') {
        const updated = await t.manager.getRepository(Skill).findOneByOrFail({ id });
        await this.log.append(t, designId, 'skill.updated', actorId, {
          ...skillRecord(updated),
          changed,
          actors: actorList,
        });
      } else {
        const updated = await t.manager.getRepository(Outcome).findOneByOrFail({ id });
        const links = await t.manager.getRepository(OutcomeSkill).findBy({ outcomeId: id });
        await this.log.append(t, designId, 'outcome.updated', actorId, {
          ...outcomeRecord(
            updated,
            links.map((link) => link.skillId),
          ),
          changed,
          actors: actorList,
        });
      }
      return { stored: true, texts: { ...current, ...changes } };
    };
    return tx ? work(tx) : this.transactions.run(work);
  }

  /** The current stage of a design (null: none). */
  async stageOf(designId: string): Promise<DesignStage | null> {
    const design = await this.dataSource
      .getRepository(Design)
      .findOne({ where: { id: designId }, select: { id: true, stage: true } });
    return design?.stage ?? null;
  }

  private load(
    manager: EntityManager,
    kind: LiveTextKind,
    id: string,
  ): Promise<Design | Skill | Outcome | null> {
    if (kind === 'design') return manager.getRepository(Design).findOneBy({ id });
    if (kind === 'skill') return manager.getRepository(Skill).findOneBy({ id });
    return manager.getRepository(Outcome).findOneBy({ id });
  }
}

function pick(kind: LiveTextKind, record: object): LiveTexts {
  const texts: LiveTexts = {};
  for (const field of LIVE_TEXT_FIELDS[kind] as readonly string[])
    texts[field] = ((record as Record<string, unknown>)[field] as string | null | undefined) ?? null;
  return texts;
}
