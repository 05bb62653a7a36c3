import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '@mc/config';
import type { AppConfig } from '@mc/config';
import {
  CommentTarget,
  DesignAccessPolicy,
  DesignContentReader,
  DesignLoaders,
  DesignStage,
} from '@mc/designs';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { UserLoader } from '@mc/identity';

import { Decision } from '../decisions/decision.entity';
import {
  buildCasePackage,
  buildCommitteeBrief,
  buildCtdlCredential,
  buildOpenBadgeAchievement,
} from '../exports';
import { computeReadiness } from '../readiness/readiness';
import { endorsingOrganizations, readinessFactsOf } from '../readiness/readiness-facts';
import { diffDesignContent, FieldChange } from '../snapshots/snapshot-diff';
import { Snapshot } from '../snapshots/snapshot.entity';

const EXPORTABLE = [DesignStage.APPROVED, DesignStage.PUBLISHED];

/** Open Badge, CASE, CTDL and committee-brief exports, and snapshot comparison, for those who may see a design. */
@Injectable()
export class ExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly access: DesignAccessPolicy,
    private readonly content: DesignContentReader,
    private readonly loaders: DesignLoaders,
    private readonly users: UserLoader,
  ) {}

  async openBadge(user: AuthenticatedUser, designId: string): Promise<Record<string, unknown>> {
    const { design } = await this.access.visible(user, designId);
    if (!EXPORTABLE.includes(design.stage)) {
      throw new PreconditionFailedError(
        `Only an APPROVED or PUBLISHED design exports as an Open Badge; this one is ${design.stage}`,
        {
          stage: design.stage,
        },
      );
    }
    // The id is the public URL that serves the achievement once the design is PUBLISHED.
    return buildOpenBadgeAchievement(await this.content.read(this.dataSource.manager, designId), {
      publicUrl: this.config.PUBLIC_URL,
    });
  }

  /** The design as a CASE 1.1 CFPackage, for anyone who may see it, in any stage (SPEC "Interoperability"). */
  async casePackage(user: AuthenticatedUser, designId: string): Promise<Record<string, unknown>> {
    const { design } = await this.access.visible(user, designId);
    return buildCasePackage(await this.content.read(this.dataSource.manager, designId), {
      publicUrl: this.config.PUBLIC_URL,
      lastChange: design.updatedAt,
    });
  }

  /** The design as a CTDL `ceterms:MicroCredential`, for anyone who may see it, in any stage. */
  async ctdl(user: AuthenticatedUser, designId: string): Promise<Record<string, unknown>> {
    await this.access.visible(user, designId);
    return buildCtdlCredential(await this.content.read(this.dataSource.manager, designId), {
      publicUrl: this.config.PUBLIC_URL,
    });
  }

  async brief(user: AuthenticatedUser, designId: string): Promise<string> {
    const { design } = await this.access.visible(user, designId);
    const manager = this.dataSource.manager;
    const content = await this.content.read(manager, designId);
    const request = {};
    const [comments, participants, decisions] = await Promise.all([
      this.loaders.commentsByDesign.load(request, designId),
      this.content.participants(manager, designId),
      manager
        .getRepository(Decision)
        .find({ where: { designId }, order: { revision: 'ASC', updatedAt: 'ASC' } }),
    ]);
    const name = async (id: string) => (await this.users.load(request, id))?.displayName ?? 'someone';
    const targetName = (type: CommentTarget, id: string) =>
      type === CommentTarget.SKILL
        ? `Skill: ${content.skills.find((s) => s.id === id)?.name ?? 'removed skill'}`
        : type === CommentTarget.OUTCOME
          ? `Outcome ${content.outcomes.find((o) => o.id === id)?.position ?? '?'}`
          : 'The design';
    const openThreads = await Promise.all(
      comments
        .filter((c) => !c.parentId && !c.resolved)
        .map(async (root) => ({
          target: targetName(root.targetType, root.targetId),
          author: await name(root.authorId),
          body: root.body,
          replies: await Promise.all(
            comments
              .filter((c) => c.parentId === root.id)
              .map(async (reply) => ({ author: await name(reply.authorId), body: reply.body })),
          ),
        })),
    );
    const roles = new Map(participants.map((p) => [p.userId, p.role]));
    const standing = decisions.filter((d) => d.revision === content.revision);
    return buildCommitteeBrief(content, {
      stage: design.stage,
      readiness: computeReadiness(readinessFactsOf(content, endorsingOrganizations(standing, participants))),
      openThreads,
      decisions: await Promise.all(
        decisions.map(async (d) => ({
          user: await name(d.userId),
          role: roles.get(d.userId) ?? 'former participant',
          kind: d.kind,
          revision: d.revision,
          note: d.note,
          at: d.updatedAt.toISOString(),
        })),
      ),
    });
  }

  async compareSnapshots(user: AuthenticatedUser, fromId: string, toId: string): Promise<FieldChange[]> {
    const repository = this.dataSource.getRepository(Snapshot);
    const [from, to] = await Promise.all([
      repository.findOneBy({ id: fromId }),
      repository.findOneBy({ id: toId }),
    ]);
    if (!from || !to) throw new NotFoundError('Snapshot');
    await this.access.visible(user, from.designId, { what: 'Snapshot' });
    await this.access.visible(user, to.designId, { what: 'Snapshot' });
    if (from.designId !== to.designId)
      throw BadUserInputError.of('toId', 'must be a snapshot of the same design');
    return diffDesignContent(from.content, to.content);
  }
}
