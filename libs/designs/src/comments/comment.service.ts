import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { TransactionRunner } from '@mc/database';
import { BadUserInputError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { UserLoader } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { CommentTarget } from '../designs.enums';
import { AddCommentInput } from '../dto/design.inputs';
import { commentRecord } from '../dto/design.records';
import { DesignEventLog } from '../events/design-event-log';
import { Outcome } from '../outcomes/outcome.entity';
import { Participant } from '../participants/participant.entity';
import { Skill } from '../skills/skill.entity';

import { Comment, CommentMention } from './comment.entity';
import { parseMentions } from './mention-parser';

@Injectable()
export class CommentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly users: UserLoader,
    private readonly dataSource: DataSource,
  ) {}

  async add(user: AuthenticatedUser, input: AddCommentInput): Promise<Comment> {
    // Read before the transaction: a transaction must never wait for a second pooled connection.
    const people = await this.participantsOf(input.designId);
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, input.designId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'comment');

      let { targetType, targetId } = input;
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await tx.manager
          .getRepository(Comment)
          .findOneBy({ id: input.parentId, designId: input.designId });
        if (!parent) throw BadUserInputError.of('input.parentId', 'must be a comment of this design');
        if (parent.targetType !== targetType || parent.targetId !== targetId) {
          throw BadUserInputError.of('input.targetId', "a reply must have its parent's target");
        }
        // One level of replies: a reply to a reply joins the same thread.
        parentId = parent.parentId ?? parent.id;
        targetType = parent.targetType;
        targetId = parent.targetId;
      } else {
        await this.assertTargetInDesign(tx.manager, input.designId, targetType, targetId);
      }

      const mentions = parseMentions(input.body, people);
      const repository = tx.manager.getRepository(Comment);
      const comment = await repository.save(
        repository.create({
          designId: input.designId,
          targetType,
          targetId,
          parentId,
          authorId: user.id,
          body: input.body,
        }),
      );
      if (mentions.length) {
        await tx.manager
          .getRepository(CommentMention)
          .insert(mentions.map((userId) => ({ commentId: comment.id, userId })));
      }
      await this.log.append(tx, input.designId, 'comment.added', user.id, commentRecord(comment, mentions));
      return comment;
    });
  }

  /** Resolves (or, with `resolved: false`, reopens) a comment. */
  async resolve(user: AuthenticatedUser, commentId: string, resolved: boolean): Promise<Comment> {
    return this.transactions.run(async (tx) => {
      const { record: comment, access } = await this.access.lockedRecord(
        tx.manager,
        user,
        Comment,
        commentId,
        'Comment',
      );
      this.access.assertMay(access, comment.authorId === user.id ? 'comment' : 'resolveAnyComment');
      if (comment.resolved === resolved) return comment;
      await tx.manager
        .getRepository(Comment)
        .update(
          { id: commentId },
          { resolved, resolvedById: resolved ? user.id : null, resolvedAt: resolved ? new Date() : null },
        );
      const updated = await tx.manager.getRepository(Comment).findOneByOrFail({ id: commentId });
      const mentionIds = (await tx.manager.getRepository(CommentMention).findBy({ commentId })).map(
        (m) => m.userId,
      );
      await this.log.append(
        tx,
        comment.designId,
        'comment.resolved',
        user.id,
        commentRecord(updated, mentionIds),
      );
      return updated;
    });
  }

  private async assertTargetInDesign(
    manager: EntityManager,
    designId: string,
    type: CommentTarget,
    targetId: string,
  ) {
    const exists =
      type === CommentTarget.DESIGN
        ? targetId === designId
        : type === CommentTarget.SKILL
          ? await manager.getRepository(Skill).existsBy({ id: targetId, designId })
          : await manager.getRepository(Outcome).existsBy({ id: targetId, designId });
    if (!exists)
      throw BadUserInputError.of(
        'input.targetId',
        `must be ${type === CommentTarget.DESIGN ? 'the design' : `a ${type.toLowerCase()} of this design`}`,
      );
  }

  private async participantsOf(designId: string) {
    const participants = await this.dataSource.getRepository(Participant).findBy({ designId });
    const request = {};
    const users = await Promise.all(participants.map((p) => this.users.load(request, p.userId)));
    return users.filter((u): u is NonNullable<typeof u> => u !== null);
  }
}
