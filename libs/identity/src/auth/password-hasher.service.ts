import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** Argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane). */
const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Only hashes this service makes are accepted; anything else in the column is no password. */
const OUR_HASH = /^\$argon2id\$v=\d+\$[a-z]=\d+(,[a-z]=\d+)*\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;

@Injectable()
export class PasswordHasher {
  /** A hash of a random password: verifying against it costs what a real check costs. */
  private readonly decoy: Promise<string> = argon2.hash(
    `decoy-${Math.random()}-${Date.now()}`,
    PASSWORD_HASH_OPTIONS,
  );

  hash(password: string): Promise<string> {
    return argon2.hash(password, PASSWORD_HASH_OPTIONS);
  }

  /**
   * Whether `password` matches the stored hash. No account, an empty or malformed stored hash all
   * answer false, after the same work as a real check (so the answer time tells nothing).
   */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const stored = hash !== undefined && OUR_HASH.test(hash) ? hash : null;
    try {
      const matches = await argon2.verify(stored ?? (await this.decoy), password);
      return stored !== null && matches;
    } catch {
      return false;
    }
  }
}
