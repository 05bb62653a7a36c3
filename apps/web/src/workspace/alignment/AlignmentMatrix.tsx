import type { WorkspacePartProps } from '../workspace-props';

export function AlignmentMatrix(_props: WorkspacePartProps) {
  return (
    <section aria-label="Alignment">
      <h2>Alignment</h2>
    </section>
  );
}
