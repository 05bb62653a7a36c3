import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  IRateLimiterOptions,
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import { RateLimitedError } from '@mc/errors';

import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

/**
 * Slows down and then refuses repeated failed log-ins, per account and per client address.
 * A few failures are free; after that each failure is answered later and later; past the limit
 * every attempt (even with the right password) is refused with `RATE_LIMITED` until the window ends.
 *
 * An attempt takes its point from both limits before its password is checked, atomically (one
 * increment in this process or in Redis), so concurrent guesses cannot all pass a check that
 * reads the counters before any of them is recorded: at most `accountFailures` passwords are
 * checked per account and `addressFailures` per address in a window. A success gives the points
 * back: it clears the account's failures, and a correct log-in is no failure of its address.
 *
 * With Redis (`REDIS_URL`) the counters are shared by every API instance, so the limits hold for
 * the whole deployment; should Redis fail (down, or not answering within `REDIS_COMMAND_TIMEOUT_MS`),
 * each instance falls back to counting on its own. Without Redis they live in this process.
 */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  accountFailures: 10,
  addressFailures: 50,
  freeFailures: 3,
  delayStepMs: 150,
  maxDelayMs: 1_500,
  resetRequestsPerAccount: 5,
} as const;

/** A Redis that hangs must not hang log-in: past this the in-memory insurance limiter answers. */
const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/** What taking one point from a limiter gave: taken (with the count so far) or refused. */
type Take = { taken: true; res: RateLimiterRes } | { taken: false; res: RateLimiterRes };

@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly resetsByAccount: RateLimiterAbstract;
  private readonly resetsByAddress: RateLimiterAbstract;

  constructor(@Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
        })
      : null;
    this.redis?.on('error', () => undefined); // the in-memory insurance limiter takes over
    const prefix = options.redisPrefix ?? 'mc';
    this.byAccount = this.limiter({
      keyPrefix: `${prefix}:login-account`,
      points: LOGIN_THROTTLE.accountFailures,
      duration: LOGIN_THROTTLE.windowSeconds,
      blockDuration: LOGIN_THROTTLE.windowSeconds,
    });
    this.byAddress = this.limiter({
      keyPrefix: `${prefix}:login-address`,
      points: LOGIN_THROTTLE.addressFailures,
      duration: LOGIN_THROTTLE.windowSeconds,
      blockDuration: LOGIN_THROTTLE.windowSeconds,
    });
    // Password-reset requests: each one counts (there is no "success" to give a point back), per
    // email and per client address, in the same store as log-ins.
    this.resetsByAccount = this.limiter({
      keyPrefix: `${prefix}:reset-account`,
      points: LOGIN_THROTTLE.resetRequestsPerAccount,
      duration: LOGIN_THROTTLE.windowSeconds,
      blockDuration: LOGIN_THROTTLE.windowSeconds,
    });
    this.resetsByAddress = this.limiter({
      keyPrefix: `${prefix}:reset-address`,
      points: LOGIN_THROTTLE.addressFailures,
      duration: LOGIN_THROTTLE.windowSeconds,
      blockDuration: LOGIN_THROTTLE.windowSeconds,
    });
  }

  /** Counts one password-reset request; past either limit it is refused with `RATE_LIMITED`. */
  async resetRequest(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.takeFrom(this.resetsByAccount, email),
      this.takeFrom(this.resetsByAddress, address),
    ]);
    const refused = [account, client].filter((take) => !take.taken);
    if (refused.length) {
      throw new RateLimitedError(Math.max(...refused.map((take) => take.res.msBeforeNext)) / 1000);
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  private limiter(options: IRateLimiterOptions): RateLimiterAbstract {
    if (!this.redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      storeClient: this.redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /**
   * Runs one log-in attempt: `check` (look the account up, verify the password) runs only once the
   * attempt holds a point of both limits, otherwise `RATE_LIMITED` is thrown and nothing is checked.
   * `check` answers what it found, or null for a failure, which is answered after the slow-down.
   */
  async attempt<T>(email: string, address: string, check: () => Promise<T | null>): Promise<T | null> {
    const failuresSoFar = await this.take(email, address);
    let found: T | null;
    try {
      found = await check();
    } catch (error) {
      // Nothing was decided (the database failed, say): the attempt is neither a failure nor a success.
      await this.giveBack(this.byAccount, email);
      await this.giveBack(this.byAddress, address);
      throw error;
    }
    if (found === null) {
      await this.slowDown(failuresSoFar);
      return null;
    }
    await Promise.all([this.clear(this.byAccount, email), this.giveBack(this.byAddress, address)]);
    return found;
  }

  /** Takes one point of each limit; when either refuses, gives back the other and refuses. */
  private async take(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.takeFrom(this.byAccount, email),
      this.takeFrom(this.byAddress, address),
    ]);
    const refused = [account, client].filter((take) => !take.taken);
    if (refused.length) {
      if (account.taken) await this.giveBack(this.byAccount, email);
      if (client.taken) await this.giveBack(this.byAddress, address);
      throw new RateLimitedError(Math.max(...refused.map((take) => take.res.msBeforeNext)) / 1000);
    }
    return Math.max(account.res.consumedPoints, client.res.consumedPoints);
  }

  private async takeFrom(limiter: RateLimiterAbstract, key: string): Promise<Take> {
    try {
      return { taken: true, res: await limiter.consume(key) };
    } catch (rejection) {
      // A RateLimiterRes is a refusal; a store error never arrives here (the insurance limiter answers).
      if (rejection instanceof RateLimiterRes) return { taken: false, res: rejection };
      throw rejection;
    }
  }

  /** Waits the longer the more failures there were, once the free ones are used up. */
  private async slowDown(failures: number): Promise<void> {
    const delay = Math.min(
      LOGIN_THROTTLE.maxDelayMs,
      Math.max(0, failures - LOGIN_THROTTLE.freeFailures) * LOGIN_THROTTLE.delayStepMs,
    );
    if (delay > 0) await this.pause(delay);
  }

  /** Waits `ms`; a method of its own so a test can read the planned wait without timing it. */
  pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // Giving back is best effort: the insurance limiter absorbs store failures, and an answer must
  // never fail on bookkeeping that only loosens a limit.
  private async giveBack(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.reward(key).catch(() => undefined);
  }

  private async clear(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.delete(key).catch(() => undefined);
  }
}
