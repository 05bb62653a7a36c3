import type { PresenceEntry, SocketData } from '@mc/realtime-contract';

/** A user's presence in a design, merged over all their sockets: the latest focus wins. */
export function mergePresence(
  designId: string,
  sockets: ReadonlyArray<{ data: SocketData }>,
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
