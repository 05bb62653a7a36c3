import type { WorkspacePartProps } from '../workspace-props';

export function OutcomesColumn(_props: WorkspacePartProps) {
  return (
    <section aria-label="Outcomes">
      <h2>Outcomes</h2>
    </section>
  );
}
