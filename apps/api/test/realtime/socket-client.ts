/**
 * Real socket.io clients for the `/realtime` namespace (../shared/contract/realtime.md), with
 * helpers to wait for what they receive.
 */
import { io, Socket } from 'socket.io-client';

import {
  REALTIME_NAMESPACE,
  type Answer,
  type ClientToServerEvents,
  type Focus,
  type NotificationMessage,
  type PresenceEntry,
  type PresenceUpdate,
  type RefusalCode,
  type ServerToClientEvents,
  type WireEvent,
} from '@mc/realtime-contract';

export type { PresenceEntry, WireEvent } from '@mc/realtime-contract';
/** A join’s answer (the contract’s `JoinAnswer`) with the fields of both branches, as the tests read it. */
export interface JoinAck {
  ok: boolean;
  seq?: number;
  presence?: PresenceEntry[];
  error?: RefusalCode;
}
export type Notification = NotificationMessage;
/** A socket.io-client socket typed by the channel's contract (note the order of the generics). */
export type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A connected client that records everything it receives. */
export class RealtimeClient {
  readonly events: WireEvent[] = [];
  readonly presence: PresenceUpdate[] = [];
  readonly notifications: Notification[] = [];
  /** Every message received, whatever its name, in arrival order. */
  readonly received: Array<{ name: string; args: unknown[] }> = [];
  /** Why the socket disconnected (socket.io's reason), null while connected. */
  disconnectReason: string | null = null;
  private waiters: Array<() => void> = [];

  constructor(readonly socket: TypedSocket) {
    socket.onAny((name: string, ...args: unknown[]) => this.record(() => this.received.push({ name, args })));
    socket.on('disconnect', (reason: string) => this.record(() => (this.disconnectReason = reason)));
    socket.on('design:event', (event) => this.record(() => this.events.push(event)));
    socket.on('design:presence', (update) => this.record(() => this.presence.push(update)));
    socket.on('notification', (notification) => this.record(() => this.notifications.push(notification)));
  }

  join(designId: string, afterSeq?: number): Promise<JoinAck> {
    return this.socket
      .timeout(10_000)
      .emitWithAck('design:join', afterSeq === undefined ? { designId } : { designId, afterSeq });
  }

  leave(designId: string): Promise<Answer> {
    return this.socket.timeout(10_000).emitWithAck('design:leave', { designId });
  }

  focus(designId: string, focus: Focus | null): Promise<Answer> {
    return this.socket.timeout(10_000).emitWithAck('design:focus', { designId, focus });
  }

  /** The same socket without the contract's types: for what a hostile client sends. */
  get untyped(): Socket {
    return this.socket as unknown as Socket;
  }

  /** Emits anything (malformed messages included) and waits for the ack. */
  raw(event: string, ...args: unknown[]): Promise<unknown> {
    return this.untyped.timeout(10_000).emitWithAck(event, ...args);
  }

  eventsOf(designId: string): WireEvent[] {
    return this.events.filter((e) => e.designId === designId);
  }

  /** The `seq`s received for `designId`, in arrival order. */
  seqsOf(designId: string): number[] {
    return this.eventsOf(designId).map((e) => e.seq);
  }

  /** Resolves once the socket is disconnected (by the server or the transport). */
  disconnected(timeoutMs = 10_000): Promise<void> {
    return this.until(() => this.disconnectReason !== null, timeoutMs, 'the socket to disconnect');
  }

  latestPresence(designId: string): PresenceEntry[] | undefined {
    return this.presence.filter((p) => p.designId === designId).at(-1)?.presence;
  }

  /** Resolves once `condition` holds, re-checked on everything received; fails after `timeoutMs`. */
  async until(condition: () => boolean, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  close(): void {
    this.socket.disconnect();
  }

  private record(push: () => void): void {
    push();
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Connects with `token`; resolves when connected, rejects with the `connect_error` message. */
export function connect(
  baseUrl: string,
  token: string | undefined,
  options: { forceNew?: boolean; auth?: Record<string, unknown> } = {},
): Promise<RealtimeClient> {
  const socket: TypedSocket = io(`${baseUrl}${REALTIME_NAMESPACE}`, {
    auth: options.auth ?? (token === undefined ? {} : { token }),
    transports: ['websocket'],
    reconnection: false,
    forceNew: options.forceNew ?? true,
  });
  const client = new RealtimeClient(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (error: Error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

/** The `connect_error` message of a handshake that must fail (throws if it connects). */
export async function connectError(
  baseUrl: string,
  token: string | undefined,
  options: { auth?: Record<string, unknown> } = {},
): Promise<string> {
  let client: RealtimeClient;
  try {
    client = await connect(baseUrl, token, options);
  } catch (error) {
    return (error as Error).message;
  }
  client.close();
  throw new Error('expected the handshake to fail, but the socket connected');
}

/** Waits `ms`: only to prove that something did NOT arrive. */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
