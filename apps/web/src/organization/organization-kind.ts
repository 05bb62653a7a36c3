import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { OrganizationKind } from '../gql/graphql';

export const MyOrganization = graphql(`
  query MyOrganization {
    me {
      id
      orgRole
      organization {
        id
        name
        kind
      }
    }
  }
`);

/** What each kind of organization does in a co-design (SPEC: only institutions lead designs). */
export const KIND_CAPABILITIES: Record<OrganizationKind, { label: string; can: string }> = {
  POST_SECONDARY: {
    label: 'Institution',
    can: 'Your institution starts and leads designs, invites partners and runs its approval pipeline.',
  },
  EMPLOYER: {
    label: 'Employer',
    can: 'Employers join designs they are invited to: propose and rank skills, comment, and endorse.',
  },
  COMMUNITY: {
    label: 'Community organization',
    can: 'Community organizations join designs they are invited to: propose skills, comment, and endorse.',
  },
};

export function canStartDesigns(kind: OrganizationKind | undefined): boolean {
  return kind === 'POST_SECONDARY';
}

/** The signed-in user's role and organization (shared in urql's cache by every caller). */
export function useMyOrganization() {
  const [{ data }] = useQuery({ query: MyOrganization });
  return data?.me ?? null;
}
