import { createHash, randomBytes } from 'node:crypto';

/** A fresh, unguessable invitation token (256 bits, URL-safe) and the hash we store of it. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
