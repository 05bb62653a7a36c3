import type { WorkspacePartProps } from '../workspace-props';

export function StageBar(_props: WorkspacePartProps) {
  return null;
}
