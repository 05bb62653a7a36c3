import type { WorkspaceDesign } from '../design-query';

/** How many comments (replies included) are about this item. */
export function commentCount(
  design: Pick<WorkspaceDesign, 'comments'>,
  targetType: 'SKILL' | 'OUTCOME',
  targetId: string,
): number {
  return design.comments.filter((c) => c.targetType === targetType && c.targetId === targetId).length;
}

export function commentsText(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}
