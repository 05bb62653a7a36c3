/**
 * Log-in throttling seen from a client: concurrent guesses through the real GraphQL endpoint, keyed
 * by the account and by the address the API sees (loopback here): what a client sees. The real
 * password checks are counted (a spy on the hasher) in libs/identity's auth.service.e2e-spec.ts.
 */
import { foundOrganization, LOG_IN, PASSWORD } from './identity-factories';
import { startTestApi, TestApi } from './test-api';

/** Each request's outcome: 'TOKEN' when it logged in, otherwise its error code. */
async function logInAtOnce(api: TestApi, attempts: Array<{ email: string; password: string }>) {
  return Promise.all(
    attempts.map(async (variables) => {
      const result = await api.client.request<{ logIn: { accessToken: string } }>(LOG_IN, variables);
      return result.data?.logIn.accessToken ? 'TOKEN' : (result.errors?.[0]?.extensions?.code ?? 'NONE');
    }),
  );
}

const count = (outcomes: string[], outcome: string) => outcomes.filter((o) => o === outcome).length;

describe('concurrent log-ins for one account', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('100 guesses at once, the right password at position 40: at most 10 are answered UNAUTHENTICATED and none gets a token', async () => {
    const { user } = await foundOrganization(api.client);
    const outcomes = await logInAtOnce(
      api,
      Array.from({ length: 100 }, (_, i) => ({
        email: user.email,
        password: i === 39 ? PASSWORD : `guess ${i}`,
      })),
    );
    expect(outcomes[39]).toBe('RATE_LIMITED');
    expect(count(outcomes, 'TOKEN')).toBe(0);
    expect(count(outcomes, 'UNAUTHENTICATED')).toBeLessThanOrEqual(10);
    expect(count(outcomes, 'UNAUTHENTICATED') + count(outcomes, 'RATE_LIMITED')).toBe(100);
    expect(await logInAtOnce(api, [{ email: user.email, password: PASSWORD }])).toEqual(['RATE_LIMITED']);
  });
});

describe('concurrent log-ins from one address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('100 guesses at once for other accounts: at most 50 are answered UNAUTHENTICATED, then that address is RATE_LIMITED even with a right password', async () => {
    const { user } = await foundOrganization(api.client);
    const outcomes = await logInAtOnce(
      api,
      Array.from({ length: 100 }, (_, i) => ({ email: `nobody${i}@example.org`, password: 'a guess!' })),
    );
    expect(count(outcomes, 'UNAUTHENTICATED')).toBeLessThanOrEqual(50);
    expect(count(outcomes, 'UNAUTHENTICATED')).toBeGreaterThan(0);
    expect(count(outcomes, 'UNAUTHENTICATED') + count(outcomes, 'RATE_LIMITED')).toBe(100);
    expect(await logInAtOnce(api, [{ email: user.email, password: PASSWORD }])).toEqual(['RATE_LIMITED']);
  });
});
