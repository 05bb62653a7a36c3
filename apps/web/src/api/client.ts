import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

/** The GraphQL client: same origin, the access token as a bearer header, the session ends (kept for the next log-in) when it expires. */
export function createApiClient(token: string | null, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
            onUnauthenticated();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
    requestPolicy: 'cache-and-network',
  });
}

/** The code of a GraphQL error (`extensions.code`), as the SPEC names them. */
export function errorCode(
  error: { graphQLErrors: ReadonlyArray<{ extensions?: Record<string, unknown> }> } | undefined,
) {
  return error?.graphQLErrors[0]?.extensions?.['code'] as string | undefined;
}

export function errorExtensions(
  error: { graphQLErrors: ReadonlyArray<{ extensions?: Record<string, unknown> }> } | undefined,
): Record<string, unknown> {
  return error?.graphQLErrors[0]?.extensions ?? {};
}
