import type { WorkspacePartProps } from '../workspace-props';

export function Participants(_props: WorkspacePartProps) {
  return (
    <section aria-label="Participants">
      <h2>Participants</h2>
    </section>
  );
}
