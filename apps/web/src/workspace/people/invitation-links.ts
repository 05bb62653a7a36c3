/**
 * Invitation links this browser tab was given (by inviting or resending), by invitation id. The
 * API keeps only a hash of each token, so a link can be shown again only where it was received;
 * elsewhere the lead asks for a new one. Session storage: gone with the tab, never on a server.
 */
const KEY = 'mc.invitationLinks';

export function invitationLink(token: string): string {
  return `${window.location.origin}/invitations/${encodeURIComponent(token)}`;
}

export function readInvitationLinks(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberInvitationLink(id: string, link: string): Record<string, string> {
  const links = { ...readInvitationLinks(), [id]: link };
  window.sessionStorage.setItem(KEY, JSON.stringify(links));
  return links;
}
