import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signed, login-free unsubscribe tokens: `<userId>.<HMAC-SHA256>`, keyed by a key derived from the
 * token secret (so an unsubscribe token can never pass as an access token, nor the other way).
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('mc:unsubscribe:v1').digest();
  }

  sign(userId: string): string {
    return `${userId}.${this.mac(userId)}`;
  }

  /** The user id a token was signed for, or null for anything else. */
  verify(token: string): string | null {
    if (token.length > 200) return null;
    const [userId, mac, ...rest] = token.split('.');
    if (!userId || !mac || rest.length || !UUID.test(userId)) return null;
    const expected = Buffer.from(this.mac(userId));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
  }

  private mac(userId: string): string {
    return createHmac('sha256', this.key).update(userId).digest('base64url');
  }
}
