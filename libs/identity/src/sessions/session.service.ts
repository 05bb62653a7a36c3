import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { EntityManager, IsNull, MoreThan, Repository } from 'typeorm';

import { TransactionRunner, type Tx } from '@mc/database';
import { NotFoundError } from '@mc/errors';

import { AccessTokenService } from '../auth/access-token.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

import { SessionSignals } from './session-signals';
import { Session } from './session.entity';

/** The guard writes `last_used_at` at most this often per session. */
export const LAST_USED_RESOLUTION_MS = 60_000;
export const USER_AGENT_MAX = 500;

/** Where a caller runs: its own transaction (signals after its commit), or none (one of our own). */
type Within = Tx | EntityManager | undefined;

/**
 * Server-side sessions: one row per log-in or sign-up, named by its access token. Ending one
 * (`ended_at`) stops its token on the next request on every instance (the guard reads the row), and
 * tells {@link SessionSignals} after commit so open sockets and collab connections close at once.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tokens: AccessTokenService,
    private readonly signals: SessionSignals,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  /**
   * Starts a session for `userId` and answers its access token. Inside a transaction (`within`),
   * the session exists only if that transaction commits.
   */
  async open(
    userId: string,
    userAgent: string | undefined | null,
    within?: Tx | EntityManager,
  ): Promise<string> {
    const manager = managerOf(within) ?? this.sessions.manager;
    // The user's sessions over for a day or more are of no use to anyone (their tokens are refused
    // either way): each log-in clears them, so the table holds about the sessions that still work.
    await manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where(`user_id = :userId AND COALESCE(ended_at, expires_at) < now() - interval '1 day'`, { userId })
      .execute();
    const expiresAt = new Date(Date.now() + this.options.accessTokenTtlSeconds * 1000);
    const session = await manager.getRepository(Session).save({
      userId,
      userAgent: cleanUserAgent(userAgent),
      expiresAt,
      endedAt: null,
    });
    return this.tokens.issue(userId, session.id);
  }

  /** The caller's sessions that still work, newest use first. */
  listLive(userId: string): Promise<Session[]> {
    return this.sessions.find({
      where: { userId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Ends one of the user's own live sessions; another user's, an ended or an unknown id is NOT_FOUND. */
  async endOne(userId: string, sessionId: string): Promise<void> {
    if (!isUUID(sessionId)) throw new NotFoundError('Session');
    await this.transactions.run(async (tx) => {
      const ids = await this.endWhere(tx.manager, userId, { only: sessionId });
      if (ids.length === 0) throw new NotFoundError('Session');
      tx.afterCommit(() => this.signals.ended(userId, ids));
    });
  }

  /**
   * Ends every live session of the user but `exceptSessionId` (log out everywhere, password change
   * or reset, deactivation) and answers the ids it ended.
   *
   * - Without `within`: in a transaction of its own; the signal goes out after it commits.
   * - With a {@link Tx} (from `TransactionRunner.run`): in that transaction; the signal goes out
   *   after it commits, nothing if it rolls back.
   * - With a bare `EntityManager`: in that transaction; the caller must call
   *   `SessionSignals.ended(userId, ids)` once it has committed.
   */
  async endAllSessions(userId: string, exceptSessionId?: string | null, within?: Within): Promise<string[]> {
    const except = exceptSessionId ?? null;
    const announce = (ids: string[]) => this.signals.ended(userId, except === null ? 'all' : ids);
    if (within instanceof EntityManager) return this.endWhere(within, userId, { except });
    if (within) {
      const ids = await this.endWhere(within.manager, userId, { except });
      within.afterCommit(() => announce(ids));
      return ids;
    }
    const ids = await this.endWhere(this.sessions.manager, userId, { except });
    announce(ids);
    return ids;
  }

  /**
   * The guard's check and bookkeeping: `last_used_at` moves forward, at most once a
   * {@link LAST_USED_RESOLUTION_MS}, for a session still live.
   */
  async touch(sessionId: string, lastUsedAt: Date): Promise<void> {
    if (Date.now() - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.sessions
      .createQueryBuilder()
      .update(Session)
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :sessionId', { sessionId })
      .andWhere('ended_at IS NULL')
      .andWhere(`last_used_at < now() - make_interval(secs => :seconds)`, {
        seconds: LAST_USED_RESOLUTION_MS / 1000,
      })
      .execute();
  }

  private async endWhere(
    manager: EntityManager,
    userId: string,
    which: { only?: string; except?: string | null },
  ): Promise<string[]> {
    const query = manager
      .createQueryBuilder()
      .update(Session)
      .set({ endedAt: () => 'now()' })
      .where('user_id = :userId', { userId })
      .andWhere('ended_at IS NULL')
      .returning(['id']);
    if (which.only) query.andWhere('id = :only', { only: which.only });
    if (which.except) query.andWhere('id <> :except', { except: which.except });
    const result = await query.execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }
}

function managerOf(within: Within): EntityManager | undefined {
  if (!within) return undefined;
  return within instanceof EntityManager ? within : within.manager;
}

/** A header is any string a client sends: no NUL (PostgreSQL refuses it), no lone surrogate, bounded. */
export function cleanUserAgent(userAgent: string | undefined | null): string | null {
  if (typeof userAgent !== 'string') return null;
  const cleaned = userAgent
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .trim();
  if (!cleaned) return null;
  return [...cleaned].slice(0, USER_AGENT_MAX).join('');
}
