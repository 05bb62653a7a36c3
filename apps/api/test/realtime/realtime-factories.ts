/**
 * Helpers of the real-time channel tests (../shared/contract/realtime.md): the GraphQL operations
 * around the channel (participants, notifications, the log as `Design.events` shows it), tokens
 * crafted for the handshake, and small list helpers.
 */
import { JwtService } from '@nestjs/jwt';

import { GraphQLResponse } from '@mc/testing';

import { Person } from '../designs/design-factories';
import { TEST_JWT_SECRET, TestApi } from '../test-api';

import { connect, JoinAck, PresenceEntry, RealtimeClient, WireEvent } from './socket-client';

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

export const REMOVE_PARTICIPANT = `
  mutation RemoveParticipant($designId: ID!, $userId: ID!) {
    removeParticipant(designId: $designId, userId: $userId) { id participants { role user { id } } }
  }`;

/** The log exactly as the channel sends it (`design:event`). */
export const WIRE_EVENTS = `
  query WireEvents($id: ID!, $afterSeq: Int, $limit: Int) {
    design(id: $id) { id lastSeq events(afterSeq: $afterSeq, limit: $limit) { designId seq type actor { id displayName } data at } }
  }`;

export const LAST_SEQ = `query LastSeq($id: ID!) { design(id: $id) { id lastSeq } }`;

export const NOTIFICATION_FIELDS = `id kind designId text readAt createdAt`;

export const NOTIFICATIONS = `
  query Notifications($unreadOnly: Boolean, $first: Int) {
    notifications(unreadOnly: $unreadOnly, first: $first) { ${NOTIFICATION_FIELDS} }
  }`;

export const UNREAD_COUNT = `query UnreadCount { unreadNotificationCount }`;

export const MARK_READ = `mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

export interface NotificationRow {
  id: string;
  kind: string;
  designId: string;
  text: string;
  readAt: string | null;
  createdAt: string;
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

export function removeParticipant(
  person: Person,
  designId: string,
  userId: string,
): Promise<
  GraphQLResponse<{ removeParticipant: { id: string; participants: Array<{ user: { id: string } }> } }>
> {
  return person.client.request(REMOVE_PARTICIPANT, { designId, userId });
}

/** The design's log after `afterSeq`, every page of it, as `Design.events` returns it. */
export async function wireEvents(person: Person, designId: string, afterSeq = 0): Promise<WireEvent[]> {
  const all: WireEvent[] = [];
  for (let cursor = afterSeq; ;) {
    const { design } = await person.client.ok<{ design: { events: WireEvent[] } }>(WIRE_EVENTS, {
      id: designId,
      afterSeq: cursor,
      limit: 1000,
    });
    all.push(...design.events);
    if (design.events.length < 1000) return all;
    cursor = design.events.at(-1)!.seq;
  }
}

export async function lastSeq(person: Person, designId: string): Promise<number> {
  return (await person.client.ok<{ design: { lastSeq: number } }>(LAST_SEQ, { id: designId })).design.lastSeq;
}

/** The stored `last_seq` (no visibility rule in the way). */
export async function storedLastSeq(api: TestApi, designId: string): Promise<number> {
  const [row] = await api.sql<{ last_seq: number }>('SELECT last_seq FROM designs WHERE id = $1', [designId]);
  return row!.last_seq;
}

export async function notificationsOf(
  person: Person,
  variables: { unreadOnly?: boolean; first?: number } = {},
): Promise<NotificationRow[]> {
  return (await person.client.ok<{ notifications: NotificationRow[] }>(NOTIFICATIONS, variables))
    .notifications;
}

export async function unreadCount(person: Person): Promise<number> {
  return (await person.client.ok<{ unreadNotificationCount: number }>(UNREAD_COUNT)).unreadNotificationCount;
}

export async function notificationRows(api: TestApi): Promise<number> {
  const [row] = await api.sql<{ n: string }>('SELECT count(*) AS n FROM notifications');
  return Number(row!.n);
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/** An access token signed as the API signs them (or with other claims, or another secret). */
export function signToken(
  claims: Record<string, unknown>,
  options: { secret?: string; algorithm?: 'HS256' | 'HS384' } = {},
): string {
  return new JwtService().sign(claims, {
    secret: options.secret ?? TEST_JWT_SECRET,
    algorithm: options.algorithm ?? 'HS256',
  });
}

/** Epoch seconds, as JWT `exp` and `iat` count. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

/** `from`, `from + 1`, … `to` (empty when `to < from`). */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Waits until `client` has received every entry of `designId` up to `seq`. */
export function untilSeq(client: RealtimeClient, designId: string, seq: number, timeoutMs = 15_000) {
  return client.until(
    () => client.eventsOf(designId).some((e) => e.seq >= seq),
    timeoutMs,
    `seq ${seq} of design ${designId}`,
  );
}

/** Closes every client given (those that are still open). */
export function closeAll(clients: Iterable<RealtimeClient | undefined>): void {
  for (const client of clients) client?.close();
}

/**
 * Opens clients and remembers them, so that a test file closes every socket it opened (in
 * `afterEach`), even those of a test that failed half-way.
 */
export class SocketPool {
  private readonly clients = new Set<RealtimeClient>();

  constructor(private readonly url: () => string) {}

  async connect(token: string | undefined, options: { auth?: Record<string, unknown> } = {}) {
    const client = await connect(this.url(), token, options);
    this.clients.add(client);
    return client;
  }

  /** Connects and joins `designId`; fails unless the join is accepted. */
  async joined(token: string, designId: string, afterSeq?: number) {
    const client = await this.connect(token);
    const ack = await client.join(designId, afterSeq);
    if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    return { client, ack: ack as JoinAck & { seq: number; presence: PresenceEntry[] } };
  }

  closeAll(): void {
    for (const client of this.clients) client.close();
    this.clients.clear();
  }
}
