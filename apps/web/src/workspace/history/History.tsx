import type { WorkspacePartProps } from '../workspace-props';

export function History(_props: WorkspacePartProps) {
  return (
    <section aria-label="History">
      <h2>History</h2>
    </section>
  );
}
