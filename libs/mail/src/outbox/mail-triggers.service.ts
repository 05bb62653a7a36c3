import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Tx } from '@mc/database';
import {
  DesignDirectory,
  DesignRole,
  DesignSignal,
  DesignSignals,
  signalCause,
  stageLabel,
} from '@mc/designs';
import { IdentitySignal, IdentitySignals, UserDirectory } from '@mc/identity';

import {
  designInvitationMail,
  mentionMail,
  organizationInvitationMail,
  passwordResetMail,
  TaskAsk,
  taskMail,
} from '../messages/templates';

import { MailOutbox } from './mail-outbox.service';

/**
 * The task a design entering a stage gives, and to whom (SPEC "Reaching people"): partners endorse
 * in partner review, the committee votes in committee review, the lead publishes an approved design
 * and revises one sent back to drafting.
 */
export const TASK_ON_ENTERING: Record<string, { role: DesignRole; ask: TaskAsk } | undefined> = {
  PARTNER_REVIEW: { role: DesignRole.EMPLOYER_PARTNER, ask: 'ENDORSE' },
  COMMITTEE_REVIEW: { role: DesignRole.COMMITTEE_MEMBER, ask: 'VOTE' },
  APPROVED: { role: DesignRole.LEAD, ask: 'PUBLISH' },
  DRAFTING: { role: DesignRole.LEAD, ask: 'REVISE' },
};

/**
 * Turns what happens (told in the change's own transaction by the designs and identity libraries)
 * into mail jobs in that same transaction: a rolled-back change sends nothing.
 */
@Injectable()
export class MailTriggers implements OnModuleInit {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly designSignals: DesignSignals,
    private readonly identitySignals: IdentitySignals,
    private readonly users: UserDirectory,
    private readonly designs: DesignDirectory,
  ) {}

  onModuleInit(): void {
    this.designSignals.register((tx, signal) => this.onDesignSignal(tx, signal));
    this.identitySignals.register((tx, signal) => this.onIdentitySignal(tx, signal));
  }

  private async onIdentitySignal(tx: Tx, signal: IdentitySignal): Promise<void> {
    if (signal.type === 'organization-invited') {
      const [inviterName, organizations] = await Promise.all([
        this.name(tx.manager, signal.invitedById),
        this.users.organizationNames(tx.manager, [signal.organizationId]),
      ]);
      await this.outbox.sendAlways(
        tx,
        'ORGANIZATION_INVITATION',
        signal.email,
        organizationInvitationMail({
          inviterName,
          organizationName: organizations.get(signal.organizationId) ?? 'an organization',
          orgRole: signal.orgRole,
          link: this.outbox.link(`/join/${signal.token}`),
          expiresAt: signal.expiresAt,
        }),
      );
    } else {
      await this.outbox.sendAlways(
        tx,
        'PASSWORD_RESET',
        signal.email,
        passwordResetMail({
          link: this.outbox.link(`/reset-password/${signal.token}`),
          expiresAt: signal.expiresAt,
        }),
      );
    }
  }

  private async onDesignSignal(tx: Tx, signal: DesignSignal): Promise<void> {
    if (signal.type === 'invited') {
      const [inviterName, designTitle] = await Promise.all([
        this.name(tx.manager, signal.invitedById),
        this.title(tx.manager, signal.designId),
      ]);
      await this.outbox.sendAlways(
        tx,
        'DESIGN_INVITATION',
        signal.email,
        designInvitationMail({
          inviterName,
          designTitle,
          role: signal.role,
          link: this.outbox.link(`/invitations/${signal.token}`),
          expiresAt: signal.expiresAt,
        }),
        signalCause(signal),
      );
      return;
    }
    const { event } = signal;
    if (event.type === 'comment.added') {
      const mentioned = ((event.data['mentions'] ?? []) as Array<{ id: string }>)
        .map((m) => m.id)
        .filter((id) => id !== event.actorId);
      if (!mentioned.length) return;
      const [actorName, designTitle] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      const commentId = typeof event.data['id'] === 'string' ? event.data['id'] : null;
      const link = this.outbox.link(`/designs/${event.designId}${commentId ? `#comment-${commentId}` : ''}`);
      const body = String(event.data['body'] ?? '');
      await this.outbox.sendToUsers(
        tx,
        'MENTION',
        mentioned,
        (unsubscribeUrl) => mentionMail({ actorName, designTitle, body, link, unsubscribeUrl }),
        link,
        signalCause(signal),
      );
    } else if (event.type === 'stage.changed') {
      const to = String(event.data['to']);
      const task = TASK_ON_ENTERING[to];
      if (!task) return;
      const participants = await this.designs.participantRoles(tx.manager, event.designId);
      const owners = participants
        .filter((p) => p.role === task.role && p.userId !== event.actorId)
        .map((p) => p.userId);
      if (!owners.length) return;
      const [actorName, designTitle] = await Promise.all([
        this.name(tx.manager, event.actorId),
        this.title(tx.manager, event.designId),
      ]);
      const rationale =
        typeof event.data['rationale'] === 'string' && event.data['rationale'].trim()
          ? event.data['rationale']
          : null;
      const link = this.outbox.link(`/designs/${event.designId}`);
      await this.outbox.sendToUsers(
        tx,
        'TASK',
        owners,
        (unsubscribeUrl) =>
          taskMail({
            ask: task.ask,
            actorName,
            designTitle,
            stageLabel: stageLabel(to),
            rationale,
            link,
            unsubscribeUrl,
          }),
        link,
        signalCause(signal),
      );
    }
  }

  private async name(manager: EntityManager, userId: string | null): Promise<string> {
    if (!userId) return 'Someone';
    return (await this.users.displayNames(manager, [userId])).get(userId) ?? 'Someone';
  }

  private async title(manager: EntityManager, designId: string): Promise<string> {
    return (await this.designs.title(manager, designId)) ?? 'a design';
  }
}
