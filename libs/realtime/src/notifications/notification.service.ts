import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import type { Tx } from '@mc/database';
import {
  CommentTarget,
  DesignDirectory,
  DesignSignal,
  DesignSignals,
  signalCause,
  stageLabel,
} from '@mc/designs';
import { BadUserInputError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { UserDirectory } from '@mc/identity';
import type { NotificationMessage } from '@mc/realtime-contract';

import { Notification, NotificationKind } from './notification.entity';

export const NOTIFICATION_PAGE_MAX = 100;

type Deliver = (userId: string, notification: NotificationMessage) => void;

const EXCERPT_MAX = 160;

/** A quoted text on one line, cut to fit a notification. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_MAX ? `${line.slice(0, EXCERPT_MAX - 1)}…` : line;
}

/**
 * Turns what happens in designs into notifications (an @mention, an invitation, a stage change in
 * a design one takes part in), written in the same transaction as the change and delivered to the
 * user's private room once it has committed.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  private deliver: Deliver = () => undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly signals: DesignSignals,
    private readonly directory: UserDirectory,
    private readonly designs: DesignDirectory,
  ) {}

  onModuleInit(): void {
    this.signals.register((tx, signal) => this.onSignal(tx, signal));
  }

  /** Where committed notifications go (the real-time gateway). */
  deliverTo(deliver: Deliver): void {
    this.deliver = deliver;
  }

  async list(
    user: AuthenticatedUser,
    options: { unreadOnly: boolean; first: number },
  ): Promise<Notification[]> {
    if (!Number.isInteger(options.first) || options.first < 1 || options.first > NOTIFICATION_PAGE_MAX) {
      throw BadUserInputError.of('first', `must be 1 to ${NOTIFICATION_PAGE_MAX}`);
    }
    return this.dataSource.getRepository(Notification).find({
      where: { userId: user.id, ...(options.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: options.first,
    });
  }

  unreadCount(user: AuthenticatedUser): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId: user.id, readAt: IsNull() });
  }

  /** Marks the user's own notifications read (all of them without ids); others' ids are ignored. */
  async markRead(user: AuthenticatedUser, ids: readonly string[] | null): Promise<number> {
    if (ids && ids.length > NOTIFICATION_PAGE_MAX) {
      throw BadUserInputError.of('ids', `at most ${NOTIFICATION_PAGE_MAX} at once`);
    }
    const result = await this.dataSource
      .getRepository(Notification)
      .update(
        { userId: user.id, readAt: IsNull(), ...(ids ? { id: In([...ids]) } : {}) },
        { readAt: new Date() },
      );
    return result.affected ?? 0;
  }

  private async onSignal(tx: Tx, signal: DesignSignal): Promise<void> {
    if (signal.type === 'invited') {
      // A resent link is the same invitation: the bell told about it the first time.
      if (signal.resent) return;
      const invitee = await this.directory.idByEmail(tx.manager, signal.email);
      if (!invitee) return;
      const [actor, title] = await Promise.all([
        this.name(tx.manager, signal.invitedById),
        this.title(tx.manager, signal.designId),
      ]);
      const role = signal.role.toLowerCase().replace(/_/g, ' ');
      await this.notify(tx, signalCause(signal), [invitee], NotificationKind.INVITATION, signal.designId, {
        text: `${actor} invited you to “${title}” as ${role}`,
      });
      return;
    }
    const { event } = signal;
    if (event.type === 'comment.added') {
      const mentions = ((event.data['mentions'] ?? []) as Array<{ id: string }>)
        .map((m) => m.id)
        .filter((id) => id !== event.actorId);
      if (!mentions.length) return;
      const [actor, title] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      // The comment's own words, so the bell says what is asked without opening the design.
      const body = String(event.data['body'] ?? '');
      await this.notify(tx, signalCause(signal), mentions, NotificationKind.MENTION, event.designId, {
        text: `${actor} mentioned you in “${title}”: “${excerpt(body)}”`,
        commentId: typeof event.data['id'] === 'string' ? event.data['id'] : null,
      });
    } else if (event.type === 'suggestion.added') {
      const target = { type: event.data['targetType'] as CommentTarget, id: String(event.data['targetId']) };
      const editors = await this.designs.fieldEditorIds(tx.manager, event.designId, target);
      const recipients = editors.filter((id) => id !== event.actorId);
      if (!recipients.length) return;
      const [actor, title] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      const proposed = String(event.data['proposedText'] ?? '');
      await this.notify(tx, signalCause(signal), recipients, NotificationKind.SUGGESTION, event.designId, {
        text: `${actor} suggested new wording for ${fieldLabel(event.data)} in “${title}”: “${excerpt(proposed)}”`,
      });
    } else if (event.type === 'suggestion.accepted' || event.type === 'suggestion.rejected') {
      const authorId = (event.data['author'] as { id?: string } | undefined)?.id;
      if (!authorId || authorId === event.actorId) return;
      const [actor, title] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      const verb = event.type === 'suggestion.accepted' ? 'accepted' : 'rejected';
      const note = event.data['decisionNote'];
      const why = typeof note === 'string' && note.trim() ? `: “${excerpt(note)}”` : '';
      await this.notify(tx, signalCause(signal), [authorId], NotificationKind.SUGGESTION, event.designId, {
        text: `${actor} ${verb} your suggestion for ${fieldLabel(event.data)} in “${title}”${why}`,
      });
    } else if (event.type === 'stage.changed') {
      const participants = await this.designs.participantIds(tx.manager, event.designId);
      const recipients = participants.filter((id) => id !== event.actorId);
      if (!recipients.length) return;
      const [actor, title] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      const to = String(event.data['to']);
      const rationale = event.data['rationale'];
      // A send-back carries its reason: the people who must act on it read it here first.
      const why = typeof rationale === 'string' && rationale.trim() ? `: “${excerpt(rationale)}”` : '';
      await this.notify(tx, signalCause(signal), recipients, NotificationKind.STAGE_CHANGED, event.designId, {
        text: `${actor} moved “${title}” to ${stageLabel(to)}${why}`,
      });
    }
  }

  private async notify(
    tx: Tx,
    cause: string,
    userIds: readonly string[],
    kind: NotificationKind,
    designId: string,
    content: { text: string; commentId?: string | null },
  ): Promise<void> {
    const text = content.text.length > 500 ? `${content.text.slice(0, 499)}…` : content.text;
    const rows = await tx.manager.getRepository(Notification).save(
      [...new Set(userIds)].map((userId) => ({
        userId,
        kind,
        designId,
        text,
        commentId: content.commentId ?? null,
        cause,
        readAt: null,
      })),
    );
    tx.afterCommit(() => {
      for (const row of rows) this.deliver(row.userId, toNotificationMessage(row));
    });
  }

  private async name(manager: EntityManager, userId: string | null): Promise<string> {
    if (!userId) return 'Someone';
    return (await this.directory.displayNames(manager, [userId])).get(userId) ?? 'Someone';
  }

  private async title(manager: EntityManager, designId: string): Promise<string> {
    return (await this.designs.title(manager, designId)) ?? 'a design';
  }
}

/** "the summary", "a skill's description", in a notification's words. */
function fieldLabel(data: Record<string, unknown>): string {
  const field = String(data['field'] ?? 'a field').replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  const type = String(data['targetType'] ?? '');
  return type === 'SKILL'
    ? `a skill's ${field}`
    : type === 'OUTCOME'
      ? `an outcome's ${field}`
      : `the ${field}`;
}

/** A stored notification as the `notification` socket event carries it. */
function toNotificationMessage(row: Notification): NotificationMessage {
  return {
    id: row.id,
    kind: row.kind,
    designId: row.designId,
    text: row.text,
    at: row.createdAt.toISOString(),
  };
}
