/** Identity operations of the API tests (typed from the schema, `./gql`) and sign-up in a line. */
import { print } from 'graphql';

import { GraphQLClient } from '@mc/testing';

import { graphql } from './gql';
import type { OrganizationKind, SignUpMutation } from './gql/graphql';

graphql(`
  fragment UserFields on User {
    id
    email
    displayName
    orgRole
    organization {
      id
      name
      kind
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      user {
        ...UserFields
      }
    }
  }
`);

export const LogInDocument = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      accessToken
      user {
        id
        email
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

export const InviteToOrganizationDocument = graphql(`
  mutation InviteToOrganization($email: String!, $orgRole: OrgRole!) {
    inviteToOrganization(email: $email, orgRole: $orgRole) {
      id
      email
      orgRole
      token
      expiresAt
    }
  }
`);

/**
 * The same operations as text, sent with any variables: the identity tests send what the schema's
 * types refuse on purpose (an unknown organization kind, a missing field).
 */
export const SIGN_UP = print(SignUpDocument);
export const LOG_IN = print(LogInDocument);
export const ME = print(MeDocument);
export const INVITE_TO_ORGANIZATION = print(InviteToOrganizationDocument);

export interface SignedUp {
  token: string;
  user: SignUpMutation['signUp']['user'];
  client: GraphQLClient;
}

let counter = 0;
export const PASSWORD = 'a long enough password';

/** Signs up a new user founding an organization of `kind`, in one line. */
export async function foundOrganization(
  client: GraphQLClient,
  overrides: { email?: string; kind?: OrganizationKind; orgName?: string; displayName?: string } = {},
): Promise<SignedUp> {
  counter += 1;
  const { signUp } = await client.ok(SignUpDocument, {
    input: {
      email: overrides.email ?? `founder${counter}-${Date.now()}@example.org`,
      password: PASSWORD,
      displayName: overrides.displayName ?? `Founder ${counter}`,
      organization: { name: overrides.orgName ?? `Org ${counter}`, kind: overrides.kind ?? 'POST_SECONDARY' },
    },
  });
  return { token: signUp.accessToken, user: signUp.user, client: client.as(signUp.accessToken) };
}

/** The session id (`sid`) an access token the API issued carries, to forge tokens of that session. */
export function sessionOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
  };
  return payload.sid;
}
