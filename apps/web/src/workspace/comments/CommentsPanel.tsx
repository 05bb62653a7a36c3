import type { WorkspacePartProps } from '../workspace-props';

export function CommentsPanel(_props: WorkspacePartProps) {
  return (
    <section aria-label="Comments">
      <h2>Comments</h2>
    </section>
  );
}
