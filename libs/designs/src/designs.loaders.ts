import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { PerRequestLoader } from '@mc/database';
import type { AuthenticatedUser } from '@mc/identity';

import type { AccessFacts } from './access/design-access.policy';
import { Comment, CommentMention } from './comments/comment.entity';
import { BloomLevel, CommentTarget, DesignRole, DesignStage, SkillPriority } from './designs.enums';
import { DesignEvent } from './events/design-event.entity';
import { Outcome, OutcomeSkill } from './outcomes/outcome.entity';
import { Participant } from './participants/participant.entity';
import { Skill } from './skills/skill.entity';
import { Suggestion } from './suggestions/suggestion.entity';

/** An outcome with the ids of the skills it covers. */
export type OutcomeWithSkills = Outcome & { skillIds: string[] };

/** A comment with the ids of the users it mentions. */
export type CommentWithMentions = Comment & { mentionIds: string[] };

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
  readonly participantsByDesign;
  /** Every suggestion of a design, oldest first. */
  readonly suggestionsByDesign;
  /** Log pages keyed by `designId:afterSeq:limit`; one query per distinct (afterSeq, limit). */
  readonly eventPages;
  /** The stage of a design and the role a user holds in it, keyed by `userId:designId`. */
  readonly rolesByDesign;

  constructor(dataSource: DataSource) {
    // The lists of a design read are raw SQL mapped by hand: no entity metadata walked per row.
    this.skillsByDesign = new PerRequestLoader<string, Skill[]>(async (designIds) => {
      const rows: Array<{
        id: string;
        design_id: string;
        name: string;
        description: string | null;
        priority: SkillPriority;
        framework_name: string | null;
        framework_code: string | null;
        framework_label: string | null;
        framework_url: string | null;
        proposed_by_id: string;
        proposed_by_organization_id: string;
        version: number;
        created_at: Date;
        updated_at: Date;
      }> = await dataSource.query(
        `SELECT id, design_id, name, description, priority, framework_name, framework_code,
                framework_label, framework_url, proposed_by_id, proposed_by_organization_id, version,
                created_at, updated_at
           FROM skills
          WHERE design_id = ANY($1::uuid[])
          ORDER BY created_at, id`,
        [[...designIds]],
      );
      const skills = rows.map((row) =>
        Object.assign(new Skill(), {
          id: row.id,
          designId: row.design_id,
          name: row.name,
          description: row.description,
          priority: row.priority,
          frameworkName: row.framework_name,
          frameworkCode: row.framework_code,
          frameworkLabel: row.framework_label,
          frameworkUrl: row.framework_url,
          proposedById: row.proposed_by_id,
          proposedByOrganizationId: row.proposed_by_organization_id,
          version: row.version,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }),
      );
      return groupBy(skills, designIds, (skill) => skill.designId);
    });
    // Raw SQL, the skill ids of each outcome aggregated in the same statement: the alignment costs
    // no statement of its own, and no entity metadata is walked per row.
    this.outcomesByDesign = new PerRequestLoader<string, OutcomeWithSkills[]>(async (designIds) => {
      const rows: Array<{
        id: string;
        design_id: string;
        statement: string;
        bloom_level: BloomLevel;
        assessment_method: string | null;
        position: number;
        created_by_id: string;
        version: number;
        created_at: Date;
        updated_at: Date;
        skill_ids: string[];
      }> = await dataSource.query(
        `SELECT o.id, o.design_id, o.statement, o.bloom_level, o.assessment_method, o.position,
                o.created_by_id, o.version, o.created_at, o.updated_at,
                ARRAY(SELECT os.skill_id FROM outcome_skills os
                       WHERE os.outcome_id = o.id ORDER BY os.skill_id) AS skill_ids
           FROM outcomes o
          WHERE o.design_id = ANY($1::uuid[])
          ORDER BY o.position, o.id`,
        [[...designIds]],
      );
      const outcomes = rows.map((row) =>
        Object.assign(new Outcome(), {
          id: row.id,
          designId: row.design_id,
          statement: row.statement,
          bloomLevel: row.bloom_level,
          assessmentMethod: row.assessment_method,
          position: row.position,
          createdById: row.created_by_id,
          version: row.version,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          skillIds: row.skill_ids,
        }),
      );
      return groupBy(outcomes, designIds, (outcome) => outcome.designId);
    });
    this.alignmentByDesign = {
      load: async (request: object, designId: string): Promise<Array<OutcomeSkill & { designId: string }>> =>
        (await this.outcomesByDesign.load(request, designId)).flatMap((outcome) =>
          outcome.skillIds.map((skillId) => ({ outcomeId: outcome.id, skillId, designId })),
        ),
    };
    // Raw SQL, each comment's mentioned user ids aggregated in the same statement.
    this.commentsByDesign = new PerRequestLoader<string, CommentWithMentions[]>(async (designIds) => {
      const rows: Array<{
        id: string;
        design_id: string;
        target_type: CommentTarget;
        target_id: string;
        parent_id: string | null;
        author_id: string;
        body: string;
        resolved: boolean;
        resolved_by_id: string | null;
        resolved_at: Date | null;
        created_at: Date;
        mention_ids: string[];
      }> = await dataSource.query(
        `SELECT c.id, c.design_id, c.target_type, c.target_id, c.parent_id, c.author_id, c.body,
                c.resolved, c.resolved_by_id, c.resolved_at, c.created_at,
                ARRAY(SELECT m.user_id FROM comment_mentions m
                       WHERE m.comment_id = c.id ORDER BY m.user_id) AS mention_ids
           FROM comments c
          WHERE c.design_id = ANY($1::uuid[])
          ORDER BY c.created_at, c.id`,
        [[...designIds]],
      );
      const comments = rows.map((row) =>
        Object.assign(new Comment(), {
          id: row.id,
          designId: row.design_id,
          targetType: row.target_type,
          targetId: row.target_id,
          parentId: row.parent_id,
          authorId: row.author_id,
          body: row.body,
          resolved: row.resolved,
          resolvedById: row.resolved_by_id,
          resolvedAt: row.resolved_at,
          createdAt: row.created_at,
          mentionIds: row.mention_ids,
        }),
      );
      return groupBy(comments, designIds, (comment) => comment.designId);
    });
    this.mentionsByComment = new PerRequestLoader<string, string[]>(async (commentIds) => {
      const rows = await dataSource.getRepository(CommentMention).findBy({ commentId: In([...commentIds]) });
      return groupBy(rows, commentIds, (row) => row.commentId).map((group) => group.map((row) => row.userId));
    });
    this.suggestionsByDesign = new PerRequestLoader<string, Suggestion[]>(async (designIds) => {
      const rows = await dataSource.getRepository(Suggestion).find({
        where: { designId: In([...designIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, designIds, (row) => row.designId);
    });
    this.participantsByDesign = new PerRequestLoader<string, Participant[]>(async (designIds) => {
      const rows: Array<{ design_id: string; user_id: string; role: DesignRole; joined_at: Date }> =
        await dataSource.query(
          `SELECT design_id, user_id, role, joined_at
             FROM design_participants
            WHERE design_id = ANY($1::uuid[])
            ORDER BY joined_at`,
          [[...designIds]],
        );
      const participants = rows.map((row) =>
        Object.assign(new Participant(), {
          designId: row.design_id,
          userId: row.user_id,
          role: row.role,
          joinedAt: row.joined_at,
        }),
      );
      return groupBy(participants, designIds, (participant) => participant.designId);
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
