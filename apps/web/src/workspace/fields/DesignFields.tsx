import type { WorkspacePartProps } from '../workspace-props';

export function DesignFields(_props: WorkspacePartProps) {
  return (
    <section aria-label="Design record">
      <h2>Design record</h2>
    </section>
  );
}
