import { DataSource } from 'typeorm';

import { loadConfig } from '@mc/config';
import { createLogger } from '@mc/observability';
import { createTestDatabase, GraphQLClient } from '@mc/testing';

import { createApp } from '../src/create-app';
import { QUERY_LIMITS } from '../src/graphql/graphql.options';

import { foundOrganization, LOG_IN, LogInDocument, ME, PASSWORD } from './identity-factories';
import { startTestApi, TEST_JWT_SECRET, TestApi, testSigningKey } from './test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ CORS_ORIGINS: 'https://app.example.org' });
});
afterAll(() => api?.close());

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

/** A request that must be refused, while another user's ordinary request still succeeds. */
async function refusedWhileOthersAreServed(hostile: Promise<Response>, token: string) {
  const [response, normal] = await Promise.all([hostile, api.client.as(token).request(ME)]);
  expect(normal.errors).toBeUndefined();
  return response;
}

describe('hostile queries', () => {
  it('refuses a deeply nested query with BAD_USER_INPUT', async () => {
    const { token } = await foundOrganization(api.client);
    let selection = 'name';
    for (let i = 0; i < 20; i++) selection = `ofType { ${selection} }`;
    const response = await refusedWhileOthersAreServed(
      post(JSON.stringify({ query: `{ __schema { types { fields { type { ${selection} } } } } }` })),
      token,
    );
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('still serves the standard introspection query that tools send (outside production)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const result = await api.client.request<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(5);
  });

  it('refuses more aliases than the limit with HTTP 400 and BAD_USER_INPUT', async () => {
    const { token } = await foundOrganization(api.client);
    // Few enough tokens (about 130) that the alias limit, not the token limit, is what refuses it.
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`);
    const response = await refusedWhileOthersAreServed(
      post(JSON.stringify({ query: `{ ${aliases.join(' ')} }` }), { authorization: `Bearer ${token}` }),
      token,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
      data?: unknown;
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(/alias/i);
    expect(body.data).toBeUndefined();
  });

  it('serves the alias limit itself', async () => {
    const { token } = await foundOrganization(api.client);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: me { id }`);
    const result = await api.client.as(token).request(`{ ${aliases.join(' ')} }`);
    expect(result.errors).toBeUndefined();
  });

  /**
   * A document of exactly `tokens` tokens that is otherwise harmless: operations `query A<i> { me { id } }`
   * of 8 tokens each (separate operations, so no field-merging work grows with their number), the
   * remainder as extra `__typename` selections of A0. `operationName` picks A0.
   */
  const withTokens = (tokens: number) => {
    const operations = Array.from({ length: Math.floor(tokens / 8) }, (_, i) => `query A${i} { me { id } }`);
    const extra = Array(tokens % 8)
      .fill(' __typename')
      .join('');
    operations[0] = `query A0 { me { id }${extra} }`;
    return JSON.stringify({ query: operations.join('\n'), operationName: 'A0' });
  };

  it('refuses a query over the token limit with HTTP 400 and BAD_USER_INPUT, like the other limits', async () => {
    const { token } = await foundOrganization(api.client);
    const response = await refusedWhileOthersAreServed(
      post(withTokens(QUERY_LIMITS.maxTokens + 1), { authorization: `Bearer ${token}` }),
      token,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
      data?: unknown;
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/tokens/i);
    expect(body.data).toBeUndefined();
  });

  it('serves a query of exactly the token limit', async () => {
    const { token } = await foundOrganization(api.client);
    const response = await post(withTokens(QUERY_LIMITS.maxTokens), { authorization: `Bearer ${token}` });
    const body = (await response.json()) as { errors?: unknown; data?: { me: { id: string } } };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.data?.me.id).toBeDefined();
  });

  it('refuses a 5 MB body with 413 and BAD_USER_INPUT before reading it', async () => {
    const { token } = await foundOrganization(api.client);
    const huge = JSON.stringify({
      query: '{ me { id } }',
      variables: { padding: 'x'.repeat(5 * 1024 * 1024) },
    });
    const response = await refusedWhileOthersAreServed(post(huge), token);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed JSON body with BAD_USER_INPUT', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never puts a stack trace in an error', async () => {
    const responses = await Promise.all([
      api.client.request('{ me { id } }'),
      api.client.request('{ nope }'),
      api.client.request('mutation { logIn(email: 1, password: 2) { accessToken } }'),
    ]);
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\s+at\s+\S+\s+\(/);
      for (const error of response.errors ?? []) expect(error.extensions?.code).toBeDefined();
    }
  });
});

describe('an unexpected error (a bug)', () => {
  it('is logged once, with its stack, and answered INTERNAL_SERVER_ERROR without message, stack or SQL', async () => {
    const lines: string[] = [];
    const db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0' });
    const app = await createApp({
      config,
      databaseUrl: db.url,
      jwtSecret: TEST_JWT_SECRET,
      signingKey: await testSigningKey(config),
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      const client = new GraphQLClient(`http://127.0.0.1:${port}`);
      const { token } = await foundOrganization(client);
      // The code and its schema disagree: only a bug can make this request fail.
      await app.get(DataSource).query('ALTER TABLE designs RENAME COLUMN summary TO summary_gone');
      lines.length = 0;

      const result = await client
        .as(token)
        .request('mutation { createDesign(input: { title: "A design" }) { id } }');

      expect(result.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['createDesign'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      const logged = lines.map((line) => JSON.parse(line) as { level: string; err?: { stack?: string } });
      const errors = logged.filter((entry) => entry.level === 'error' || entry.level === 'fatal');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.err?.stack).toMatch(/summary[\s\S]*\n\s+at /);
      // Nothing else reports it again at a lower level either.
      expect(lines.filter((line) => line.includes('summary')).length).toBe(1);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});

describe('browser protections', () => {
  it('blocks a simple GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('blocks a text/plain POST (a form a hostile page could send)', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight('https://app.example.org')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example.org',
    );
    expect(
      (await preflight('https://evil.example.com')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'trace-me-123' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    const generated = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  it('reports alive and ready (database reachable)', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('repeated failed log-ins', () => {
  it('are slowed down, then answered RATE_LIMITED even with the right password', async () => {
    const victim = await foundOrganization(api.client, { email: 'target@example.org' });
    const codes: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const result = await api.client.request(LOG_IN, {
        email: 'target@example.org',
        password: `guess number ${attempt}`,
      });
      codes.push(result.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
    const blocked = await api.client.request(LOG_IN, { email: 'TARGET@example.org', password: PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not locked out by this one.
    const other = await foundOrganization(api.client, { email: 'bystander@example.org' });
    const ok = await api.client.ok(LogInDocument, {
      email: 'bystander@example.org',
      password: PASSWORD,
    });
    expect(ok.logIn.user.id).toBe(other.user.id);
    expect(victim.user.id).toBeDefined();
  });
});

describe('production mode', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(48),
      // Production needs a mail server; nothing here sends mail.
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
  });
  afterAll(() => prod?.close());

  it('turns introspection and the sandbox page off', async () => {
    const introspection = await prod.client.request('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const devPage = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await devPage.text()).toMatch(/<html/i);
  });
});
