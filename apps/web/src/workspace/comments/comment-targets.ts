import type { CommentTarget } from '../../gql/graphql';
import type { WorkspaceDesign } from '../design-query';

/** Something a comment can be about: the design, one of its skills or one of its outcomes. */
export interface CommentTargetOption {
  /** `<type>:<id>`, the value of the target selects. */
  key: string;
  type: CommentTarget;
  id: string;
  label: string;
}

export function targetKey(type: string, id: string): string {
  return `${type}:${id}`;
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The design, then its skills, then its outcomes in their order. */
export function commentTargets(design: WorkspaceDesign): CommentTargetOption[] {
  return [
    { key: targetKey('DESIGN', design.id), type: 'DESIGN', id: design.id, label: 'The design' },
    ...design.skills.map((skill) => ({
      key: targetKey('SKILL', skill.id),
      type: 'SKILL' as const,
      id: skill.id,
      label: `Skill: ${truncate(skill.name, 60)}`,
    })),
    ...[...design.outcomes]
      .sort((a, b) => a.position - b.position)
      .map((outcome) => ({
        key: targetKey('OUTCOME', outcome.id),
        type: 'OUTCOME' as const,
        id: outcome.id,
        label: `Outcome ${outcome.position}: ${truncate(outcome.statement, 60)}`,
      })),
  ];
}
