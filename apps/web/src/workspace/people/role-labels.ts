import type { DesignRole } from '../../gql/graphql';

/** A design role as people say it. */
export const ROLE_LABELS: Record<DesignRole, string> = {
  LEAD: 'Lead',
  FACULTY: 'Faculty',
  EMPLOYER_PARTNER: 'Employer partner',
  COMMITTEE_MEMBER: 'Committee member',
  OBSERVER: 'Observer',
};

/** The label of a role, or the raw value for a role this app does not know yet. */
export function roleLabel(role: string | null | undefined): string {
  if (!role) return '';
  return ROLE_LABELS[role as DesignRole] ?? role.replace(/_/g, ' ').toLowerCase();
}
