import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PerRequestLoader } from '@mc/database';
import type { AuthenticatedUser } from '@mc/identity';

import type { AccessFacts } from './access/design-access.policy';
import { Comment, CommentMention } from './comments/comment.entity';
import { DesignRole, DesignStage } from './designs.enums';
import { DesignEvent } from './events/design-event.entity';
import { Outcome, OutcomeSkill } from './outcomes/outcome.entity';
import { Participant } from './participants/participant.entity';
import { Skill } from './skills/skill.entity';
import { Suggestion } from './suggestions/suggestion.entity';

function groupBy<T>(rows: readonly T[], keys: readonly string[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Batched reads behind every nested field of a design, one query per kind per request whatever
 * the number of parents: `Design.skills`, `Skill.coveredBy`, `Outcome.skills`, comments, mentions …
 */
@Injectable()
export class DesignLoaders {
  readonly skillsByDesign;
  readonly outcomesByDesign;
  /** The alignment rows of a design: which outcome covers which skill. */
  readonly alignmentByDesign;
  readonly commentsByDesign;
  readonly mentionsByComment;
  /** Every mention of a design's comments: commentId → the mentioned user ids. */
  readonly mentionsByDesign;
  readonly participantsByDesign;
  /** Every suggestion of a design, oldest first. */
  readonly suggestionsByDesign;
  /** Log pages keyed by `designId:afterSeq:limit`; one query per distinct (afterSeq, limit). */
  readonly eventPages;
  /** The stage of a design and the role a user holds in it, keyed by `userId:designId`. */
  readonly rolesByDesign;

  constructor(dataSource: DataSource) {
    this.skillsByDesign = new PerRequestLoader<string, Skill[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Skill).find({
        where: { designId: In([...designIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.outcomesByDesign = new PerRequestLoader<string, Outcome[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Outcome).find({
        where: { designId: In([...designIds]) },
        order: { position: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.alignmentByDesign = new PerRequestLoader<string, Array<OutcomeSkill & { designId: string }>>(
      async (designIds) => {
        const rows: Array<{ outcome_id: string; skill_id: string; design_id: string }> =
          await dataSource.query(
            `SELECT os.outcome_id, os.skill_id, o.design_id
           FROM outcome_skills os JOIN outcomes o ON o.id = os.outcome_id
          WHERE o.design_id = ANY($1::uuid[])`,
            [[...designIds]],
          );
        const links = rows.map((row) => ({
          outcomeId: row.outcome_id,
          skillId: row.skill_id,
          designId: row.design_id,
        }));
        return groupBy(links, designIds, (link) => link.designId);
      },
    );
    this.commentsByDesign = new PerRequestLoader<string, Comment[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Comment).find({
        where: { designId: In([...designIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.mentionsByComment = new PerRequestLoader<string, string[]>(async (commentIds) => {
      const rows = await dataSource.getRepository(CommentMention).findBy({ commentId: In([...commentIds]) });
      return groupBy(rows, commentIds, (row) => row.commentId).map((group) => group.map((row) => row.userId));
    });
    this.mentionsByDesign = new PerRequestLoader<string, Map<string, string[]>>(async (designIds) => {
      const rows: Array<{ design_id: string; comment_id: string; user_id: string }> = await dataSource.query(
        `SELECT c.design_id, m.comment_id, m.user_id
           FROM comment_mentions m JOIN comments c ON c.id = m.comment_id
          WHERE c.design_id = ANY($1::uuid[])
          ORDER BY m.comment_id, m.user_id`,
        [[...designIds]],
      );
      const byDesign = new Map(designIds.map((id) => [id, new Map<string, string[]>()]));
      for (const row of rows) {
        const mentions = byDesign.get(row.design_id);
        if (!mentions) continue;
        const ids = mentions.get(row.comment_id);
        if (ids) ids.push(row.user_id);
        else mentions.set(row.comment_id, [row.user_id]);
      }
      return designIds.map((id) => byDesign.get(id) ?? new Map<string, string[]>());
    });
    this.suggestionsByDesign = new PerRequestLoader<string, Suggestion[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Suggestion).find({
        where: { designId: In([...designIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.participantsByDesign = new PerRequestLoader<string, Participant[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Participant).find({
        where: { designId: In([...designIds]) },
        order: { joinedAt: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.eventPages = new PerRequestLoader<string, DesignEvent[]>(async (keys) => {
      const parsed = keys.map((key) => {
        const [designId = '', afterSeq = '0', limit = '0'] = key.split(':');
        return { key, designId, afterSeq: Number(afterSeq), limit: Number(limit) };
      });
      const pages = new Map<string, DesignEvent[]>();
      const windows = new Map<string, typeof parsed>();
      for (const page of parsed) {
        const window = `${page.afterSeq}:${page.limit}`;
        windows.set(window, [...(windows.get(window) ?? []), page]);
      }
      for (const group of windows.values()) {
        const { afterSeq, limit } = group[0]!;
        const rows: Array<{
          design_id: string;
          seq: number;
          type: string;
          actor_id: string | null;
          data: Record<string, unknown>;
          at: Date;
        }> = await dataSource.query(
          `SELECT design_id, seq, type, actor_id, data, at FROM (
               SELECT e.*, row_number() OVER (PARTITION BY e.design_id ORDER BY e.seq) AS n
                 FROM design_events e
                WHERE e.design_id = ANY($1::uuid[]) AND e.seq > $2
             ) page WHERE n <= $3 ORDER BY design_id, seq`,
          [group.map((page) => page.designId), afterSeq, limit],
        );
        for (const page of group) pages.set(page.key, []);
        for (const row of rows) {
          pages.get(`${row.design_id}:${afterSeq}:${limit}`)?.push(
            Object.assign(new DesignEvent(), {
              designId: row.design_id,
              seq: row.seq,
              type: row.type,
              actorId: row.actor_id,
              data: row.data,
              at: row.at,
            }),
          );
        }
      }
      return keys.map((key) => pages.get(key) ?? []);
    });
    this.rolesByDesign = new PerRequestLoader<string, { stage: DesignStage; role: DesignRole | null }>(
      async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{
          user_id: string;
          design_id: string;
          stage: DesignStage;
          role: DesignRole | null;
        }> = await dataSource.query(
          `SELECT k.user_id, d.id AS design_id, d.stage, p.role
               FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, design_id)
               JOIN designs d ON d.id = k.design_id
               LEFT JOIN design_participants p ON p.design_id = d.id AND p.user_id = k.user_id`,
          [pairs.map(([userId]) => userId), pairs.map(([, designId]) => designId)],
        );
        const found = new Map(rows.map((row) => [`${row.user_id}:${row.design_id}`, row]));
        // A design gone since (removed in this request): nothing may be done with it.
        return keys.map((key) => ({
          stage: found.get(key)?.stage ?? DesignStage.ARCHIVED,
          role: found.get(key)?.role ?? null,
        }));
      },
    );
  }

  /** What `myPermissions` needs to know of the user in a design: its stage and their role. */
  async access(request: object, user: AuthenticatedUser, designId: string): Promise<AccessFacts> {
    const { stage, role } = await this.rolesByDesign.load(request, `${user.id}:${designId}`);
    return { design: { stage }, role, user };
  }

  /** A design's log entries with `seq > afterSeq`, oldest first, at most `limit`. */
  events(request: object, designId: string, afterSeq: number, limit: number): Promise<DesignEvent[]> {
    return this.eventPages.load(request, `${designId}:${afterSeq}:${limit}`);
  }
}
