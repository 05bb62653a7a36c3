/**
 * The `/realtime` namespace's event map (../shared/contract/realtime.md): every event name and
 * payload, in the shape socket.io's generics take (`Server<ClientToServerEvents,
 * ServerToClientEvents, InterServerEvents, SocketData>` on the server, `Socket<ServerToClientEvents,
 * ClientToServerEvents>` in socket.io-client), so the gateway, the tests and the web app agree by
 * construction.
 */
import type { ErrorCode } from '@mc/errors';

import type { FocusMessage, FocusTargetType, JoinMessage, LeaveMessage } from './client-messages';

export const REALTIME_NAMESPACE = '/realtime';

/** `design:event`: one committed entry of a design's log, as `Design.events` returns it. */
export interface WireEvent {
  designId: string;
  seq: number;
  type: string;
  actor: { id: string; displayName: string } | null;
  data: Record<string, unknown>;
  at: string;
}

/** What a user is editing now (`design:focus`), shown to the others in presence. */
export interface Focus {
  targetType: FocusTargetType;
  targetId: string;
}

/** One user in `design:presence`, however many tabs they have open. */
export interface PresenceEntry {
  userId: string;
  displayName: string;
  role: string | null;
  focus: Focus | null;
}

export interface PresenceUpdate {
  designId: string;
  presence: PresenceEntry[];
}

/** `notification`, to the user's private room. */
export interface NotificationMessage {
  id: string;
  kind: 'MENTION' | 'INVITATION' | 'STAGE_CHANGED' | 'SUGGESTION';
  designId: string;
  text: string;
  at: string;
}

/** Why a client message was not carried out: a code of the one vocabulary (SPEC "Errors"). */
export type RefusalCode = Extract<
  ErrorCode,
  'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'INTERNAL_SERVER_ERROR'
>;

export interface Refusal {
  ok: false;
  error: RefusalCode;
}

export type JoinAnswer = { ok: true; seq: number; presence: PresenceEntry[] } | Refusal;
export type Answer = { ok: true } | Refusal;

/**
 * Why a handshake fails: the `message` of the client's `connect_error`. `RATE_LIMITED`: the user
 * already has the most sockets allowed (`MAX_SOCKETS_PER_USER`); `UNAVAILABLE`: the database is
 * down, try again; `INTERNAL_SERVER_ERROR`: the
 * server could not decide.
 */
export type HandshakeRefusal = Extract<
  ErrorCode,
  'UNAUTHENTICATED' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'INTERNAL_SERVER_ERROR'
>;

/**
 * What the client sends. The types say what a well-behaved client sends; the server trusts none
 * of it and parses every message with the schemas of `client-messages.ts`. An acknowledgement
 * callback is always given by the typed clients; a message without one is carried out unanswered.
 */
export interface ClientToServerEvents {
  'design:join': (message: JoinMessage, ack: (answer: JoinAnswer) => void) => void;
  'design:leave': (message: LeaveMessage, ack: (answer: Answer) => void) => void;
  'design:focus': (message: FocusMessage, ack: (answer: Answer) => void) => void;
}

export interface ServerToClientEvents {
  'design:event': (event: WireEvent) => void;
  'design:presence': (update: PresenceUpdate) => void;
  notification: (notification: NotificationMessage) => void;
  /** Sent just before the server closes a socket whose access token expired. */
  'session:expired': (reason: { error: 'UNAUTHENTICATED' }) => void;
}

/**
 * Between API instances through the Redis adapter (`serverSideEmit`): a committed log entry, and a
 * presence update that each instance hands to its own sockets in the design's room.
 */
export interface InterServerEvents {
  'design:committed': (event: WireEvent) => void;
  'design:presence': (update: PresenceUpdate) => void;
}

/** What a socket carries (`socket.data`), readable from every instance through the adapter. */
export interface SocketData {
  user: { id: string; displayName: string };
  /** The log-in session of the socket's token: the socket closes when that session ends. */
  sessionId: string;
  /** Epoch milliseconds when the access token expires; the socket is closed then. */
  expiresAt: number;
  /** The designs this socket has joined, with its role there and what it is editing. */
  designs: Record<string, { role: string | null; focus: Focus | null; focusAt: number }>;
}
