import { DesignContent, DesignRole } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

import { ReadinessFacts } from './readiness';

/**
 * The partner organizations (by name, sorted) of which a participating partner's ENDORSE stands:
 * `decisions` are those on the current revision, so an endorsement of older content does not count.
 */
export function endorsingOrganizations(
  decisions: ReadonlyArray<{ userId: string; kind: DecisionKind | string }>,
  participants: ReadonlyArray<{ userId: string; role: DesignRole; organizationName: string }>,
): string[] {
  const endorsers = new Set(decisions.filter((d) => d.kind === DecisionKind.ENDORSE).map((d) => d.userId));
  const names = participants
    .filter((p) => p.role === DesignRole.EMPLOYER_PARTNER && endorsers.has(p.userId))
    .map((p) => p.organizationName);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/** Readiness facts from a design's whole content (inside a transaction: the gate, the brief). */
export function readinessFactsOf(content: DesignContent, endorsing: readonly string[]): ReadinessFacts {
  return {
    fields: content.fields,
    institutionName: content.institution.name,
    outcomes: content.outcomes,
    skillCount: content.skills.length,
    endorsingOrganizations: endorsing,
  };
}
