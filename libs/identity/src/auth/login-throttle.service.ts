import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { RateLimitedError } from '@mc/errors';

/**
 * Slows down and then refuses repeated failed log-ins, per account and per client address.
 * A few failures are free; after that each failure is answered later and later; past the limit
 * every attempt (even with the right password) is refused with `RATE_LIMITED` until the window ends.
 *
 * Counters live in this process (one instance). Several instances each count on their own, which
 * multiplies the limits by the instance count; the real-time issue brings Redis, and this moves there.
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
export class LoginThrottle {
  private readonly byAccount = new RateLimiterMemory({
    keyPrefix: 'login-account',
    points: LOGIN_THROTTLE.accountFailures,
    duration: LOGIN_THROTTLE.windowSeconds,
    blockDuration: LOGIN_THROTTLE.windowSeconds,
  });

  private readonly byAddress = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: LOGIN_THROTTLE.addressFailures,
    duration: LOGIN_THROTTLE.windowSeconds,
    blockDuration: LOGIN_THROTTLE.windowSeconds,
  });

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

  private async consume(limiter: RateLimiterMemory, key: string): Promise<number> {
    try {
      return (await limiter.consume(key)).consumedPoints;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection.consumedPoints;
      throw rejection;
    }
  }
}
