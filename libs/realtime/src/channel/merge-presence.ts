/** The shapes that travel on the `/realtime` namespace (../shared/contract/realtime.md). */

/** `design:event`: one committed entry of a design's log. */
export interface WireEvent {
  designId: string;
  seq: number;
  type: string;
  actor: { id: string; displayName: string } | null;
  data: Record<string, unknown>;
  at: string;
}

export interface Focus {
  targetType: string;
  targetId: string;
}

/** One user in `design:presence`, however many tabs they have open. */
export interface PresenceEntry {
  userId: string;
  displayName: string;
  role: string | null;
  focus: Focus | null;
}

/** What a socket carries (`socket.data`), readable from every instance through the adapter. */
export interface SocketState {
  user: { id: string; displayName: string };
  /** Epoch milliseconds when the access token expires; the socket is closed then. */
  expiresAt: number;
  /** The designs this socket has joined, with its role there and what it is editing. */
  designs: Record<string, { role: string | null; focus: Focus | null; focusAt: number }>;
}

export const designRoom = (designId: string): string => `design:${designId}`;
export const userRoom = (userId: string): string => `user:${userId}`;

/** The user's presence in a design, merged over all their sockets: the latest focus wins. */
export function mergePresence(
  designId: string,
  sockets: ReadonlyArray<{ data: SocketState }>,
): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry & { focusAt: number }>();
  for (const { data } of sockets) {
    const membership = data?.designs?.[designId];
    if (!membership) continue;
    const known = byUser.get(data.user.id);
    if (!known || membership.focusAt > known.focusAt) {
      byUser.set(data.user.id, {
        userId: data.user.id,
        displayName: data.user.displayName,
        role: membership.role,
        focus: membership.focus,
        focusAt: membership.focusAt,
      });
    }
  }
  return [...byUser.values()]
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId))
    .map(({ focusAt: _f, ...entry }) => entry);
}
