/**
 * Which partner organizations endorse a design now, and by whose decision: the same count as the
 * `partnerEndorsements` gate (pipelines/gates.ts). Pure, so the rule is tested without a database.
 */
import { DesignRole } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

export interface EndorsementFacts {
  /** The design's revision now; only decisions on it stand. */
  revision: number;
  participants: ReadonlyArray<{
    userId: string;
    role: DesignRole;
    organizationId: string;
    organizationName: string;
  }>;
  decisions: ReadonlyArray<{
    id: string;
    userId: string;
    kind: DecisionKind;
    revision: number;
    note: string | null;
    updatedAt: Date;
  }>;
}

export interface StandingEndorsement {
  organization: { id: string; name: string };
  /** The organization's first standing ENDORSE on the revision: its note is the endorsement's comment. */
  decision: { id: string; note: string | null; recordedAt: Date };
}

/**
 * One entry per partner organization at least one of whose EMPLOYER_PARTNER participants' standing
 * decision on the current revision is ENDORSE, ordered by organization name. An endorsement of an
 * earlier revision endorsed other content; REQUEST_CHANGES, committee votes and decisions of people
 * no longer taking part as partners do not count.
 */
export function standingEndorsements(facts: EndorsementFacts): StandingEndorsement[] {
  const partners = new Map(
    facts.participants.filter((p) => p.role === DesignRole.EMPLOYER_PARTNER).map((p) => [p.userId, p]),
  );
  const byOrganization = new Map<string, StandingEndorsement>();
  const endorsements = facts.decisions
    .filter((d) => d.revision === facts.revision && d.kind === DecisionKind.ENDORSE && partners.has(d.userId))
    // The earliest first, so an organization's credential keeps its id while later members endorse too.
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.id.localeCompare(b.id));
  for (const decision of endorsements) {
    const partner = partners.get(decision.userId);
    if (!partner || byOrganization.has(partner.organizationId)) continue;
    byOrganization.set(partner.organizationId, {
      organization: { id: partner.organizationId, name: partner.organizationName },
      decision: { id: decision.id, note: decision.note, recordedAt: decision.updatedAt },
    });
  }
  return [...byOrganization.values()].sort(
    (a, b) =>
      a.organization.name.localeCompare(b.organization.name) ||
      a.organization.id.localeCompare(b.organization.id),
  );
}
