import { GraphQLClient } from '@mc/testing';

export const SIGN_UP = `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      user { id email displayName orgRole organization { id name kind } }
    }
  }`;

export const LOG_IN = `
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) { accessToken user { id email } }
  }`;

export const ME = `query { me { id email displayName orgRole organization { id name kind } } }`;

export const INVITE_TO_ORGANIZATION = `
  mutation Invite($email: String!, $orgRole: OrgRole!) {
    inviteToOrganization(email: $email, orgRole: $orgRole) { id email orgRole token expiresAt }
  }`;

export interface SignedUp {
  token: string;
  user: {
    id: string;
    email: string;
    orgRole: string;
    organization: { id: string; name: string; kind: string };
  };
  client: GraphQLClient;
}

let counter = 0;
export const PASSWORD = 'a long enough password';

/** Signs up a new user founding an organization of `kind`, in one line. */
export async function foundOrganization(
  client: GraphQLClient,
  overrides: { email?: string; kind?: string; orgName?: string; displayName?: string } = {},
): Promise<SignedUp> {
  counter += 1;
  const data = await client.ok<{ signUp: { accessToken: string; user: SignedUp['user'] } }>(SIGN_UP, {
    input: {
      email: overrides.email ?? `founder${counter}-${Date.now()}@example.org`,
      password: PASSWORD,
      displayName: overrides.displayName ?? `Founder ${counter}`,
      organization: { name: overrides.orgName ?? `Org ${counter}`, kind: overrides.kind ?? 'POST_SECONDARY' },
    },
  });
  return {
    token: data.signUp.accessToken,
    user: data.signUp.user,
    client: client.as(data.signUp.accessToken),
  };
}
