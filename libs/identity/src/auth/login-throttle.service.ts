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
 * With Redis (`REDIS_URL`) the counters are shared by every API instance, so the limits hold for
 * the whole deployment; should Redis fail, each instance falls back to counting on its own.
 * Without Redis they live in this process.
 */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  accountFailures: 10,
  addressFailures: 50,
  freeFailures: 3,
  delayStepMs: 150,
  maxDelayMs: 1_500,
} as const;

@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(@Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
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

  /** Refuses at once when the account or the address has used up its failures. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.byAccount.get(email), this.byAddress.get(address)]);
    for (const [state, limit] of [
      [account, LOGIN_THROTTLE.accountFailures],
      [client, LOGIN_THROTTLE.addressFailures],
    ] as const) {
      if (state && state.consumedPoints >= limit) throw new RateLimitedError(state.msBeforeNext / 1000);
    }
  }

  /** Counts a failure and waits the longer the more failures there were. */
  async recordFailure(email: string, address: string): Promise<void> {
    const failures = await Promise.all([
      this.consume(this.byAccount, email),
      this.consume(this.byAddress, address),
    ]);
    const worst = Math.max(...failures);
    const delay = Math.min(
      LOGIN_THROTTLE.maxDelayMs,
      Math.max(0, worst - LOGIN_THROTTLE.freeFailures) * LOGIN_THROTTLE.delayStepMs,
    );
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }

  private async consume(limiter: RateLimiterAbstract, key: string): Promise<number> {
    try {
      return (await limiter.consume(key)).consumedPoints;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection.consumedPoints;
      throw rejection;
    }
  }
}
