import type { WorkspacePartProps } from '../workspace-props';

export function PresenceAvatars(_props: WorkspacePartProps) {
  return null;
}
