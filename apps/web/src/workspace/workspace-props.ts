import type { WorkspaceDesign, WorkspaceMe } from './design-query';
import type { Presence } from './use-design-channel';

/** What every part of the workspace receives from the page. */
export interface WorkspacePartProps {
  design: WorkspaceDesign;
  me: WorkspaceMe;
  /** Who else is here and what they are editing. */
  presence: Presence[];
  /** Tell the others what I am editing (null: nothing). */
  setFocus(focus: { targetType: 'DESIGN' | 'SKILL' | 'OUTCOME'; targetId: string } | null): void;
  /** Reload the design from the API (after a change of mine, or a conflict). */
  refresh(): void;
}
