/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same UUID, so an
 * export names each record with the same identifier every time it is made (CASE identifiers, the
 * CTDL CTID) without storing one.
 */
import { createHash } from 'node:crypto';

/** This product's namespace; changing it would change every exported identifier. */
const NAMESPACE = 'b7e0c6d4-3f1a-5c8e-9a2b-6d4f1e0c7a93';

export function stableUuid(name: string): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
