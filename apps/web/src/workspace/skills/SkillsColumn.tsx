import type { WorkspacePartProps } from '../workspace-props';

export function SkillsColumn(_props: WorkspacePartProps) {
  return (
    <section aria-label="Skills">
      <h2>Skills</h2>
    </section>
  );
}
