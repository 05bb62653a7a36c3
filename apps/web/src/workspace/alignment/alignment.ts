import type { SkillPriority } from '../../gql/graphql';
import type { WorkspaceDesign } from '../design-query';

/** The part of a design the alignment matrix is computed from. */
export type AlignmentSource = Pick<WorkspaceDesign, 'skills' | 'outcomes' | 'coverage'>;

export interface AlignmentColumn {
  outcomeId: string;
  /** "O1", "O2" … in the outcomes' order. */
  label: string;
  statement: string;
}

export interface AlignmentRow {
  skillId: string;
  name: string;
  priority: SkillPriority;
  /** One per column: does that outcome cover this skill? */
  cells: boolean[];
  /** No outcome covers this skill. */
  gap: boolean;
  /** A gap of an ESSENTIAL skill: it blocks submission to partner review. */
  essentialGap: boolean;
}

export interface Alignment {
  columns: AlignmentColumn[];
  rows: AlignmentRow[];
  gapCount: number;
  essentialGapCount: number;
}

/**
 * Skills × outcomes: which outcome covers which skill, and which skills are gaps. Gaps are the
 * API's (`design.coverage`), so the matrix says exactly what the submission gate will say; a skill
 * no outcome covers by the outcomes' own lists is a gap too, should the two ever disagree.
 */
export function computeAlignment(design: AlignmentSource): Alignment {
  const outcomes = [...design.outcomes].sort((a, b) => a.position - b.position);
  const columns = outcomes.map((outcome, index) => ({
    outcomeId: outcome.id,
    label: `O${index + 1}`,
    statement: outcome.statement,
  }));
  const covered = outcomes.map((outcome) => new Set(outcome.skills.map((s) => s.id)));
  const uncovered = new Set(design.coverage.uncoveredSkills.map((s) => s.id));
  const uncoveredEssential = new Set(design.coverage.uncoveredEssentialSkills.map((s) => s.id));

  const rows = design.skills.map((skill) => {
    const cells = covered.map((ids) => ids.has(skill.id));
    const gap = uncovered.has(skill.id) || uncoveredEssential.has(skill.id) || !cells.some(Boolean);
    return {
      skillId: skill.id,
      name: skill.name,
      priority: skill.priority,
      cells,
      gap,
      essentialGap: gap && (skill.priority === 'ESSENTIAL' || uncoveredEssential.has(skill.id)),
    };
  });
  return {
    columns,
    rows,
    gapCount: rows.filter((r) => r.gap).length,
    essentialGapCount: rows.filter((r) => r.essentialGap).length,
  };
}
