/**
 * How the API serves the built web app and its own pages (issue 10 "Serving"): compressed answers,
 * hashed assets cached for a year, index.html always revalidated, and a /graphql page that loads
 * nothing from the internet.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { startTestApi, TestApi } from './test-api';

let api: TestApi;
let webDir: string;
// Big enough to be worth compressing (the middleware leaves answers under 1 kB alone).
const BUNDLE = `console.log(${JSON.stringify('hashed bundle '.repeat(400))});\n`;

/** A raw GET (no client-side decompression), to see the bytes and headers as sent. */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'mc-serving-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>App</title></head><body><script src="/assets/x-abc123.js"></script></body></html>',
  );
  writeFileSync(join(webDir, 'assets', 'x-abc123.js'), BUNDLE);
  writeFileSync(join(webDir, 'robots.txt'), 'User-agent: *\n');
  api = await startTestApi({ WEB_DIR: webDir });
});
afterAll(async () => {
  await api?.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('serving the built web app', () => {
  it('serves a hashed asset for a year, immutable, and gzipped when the browser accepts it', async () => {
    const res = await get(`${api.url}/assets/x-abc123.js`, { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(BUNDLE) / 4);
    expect(gunzipSync(res.body).toString()).toBe(BUNDLE);
  });

  it('prefers brotli when the browser offers it', async () => {
    const res = await get(`${api.url}/assets/x-abc123.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(BUNDLE);
  });

  it('sends the asset uncompressed to a client that does not accept gzip', async () => {
    const res = await get(`${api.url}/assets/x-abc123.js`, { 'Accept-Encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(BUNDLE);
  });

  it.each(['/', '/catalog', '/catalog/8d3f7a52-0000-4000-8000-000000000000', '/index.html'])(
    'answers %s with index.html, revalidated on every load (no-cache)',
    async (path) => {
      const res = await get(`${api.url}${path}`, { Accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(res.body.toString()).toContain('/assets/x-abc123.js');
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('keeps a short cache for other files that are not hashed', async () => {
    const res = await get(`${api.url}/robots.txt`, {});
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('tells every cache not to store a GraphQL answer (no-store), errors included', async () => {
    for (const query of ['{ __typename }', '{ me { id } }', '{ nope }']) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('compresses GraphQL answers too', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = (await res.json()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('/graphql in a browser', () => {
  it('is a local page that explains the endpoint and loads nothing from elsewhere', async () => {
    const res = await get(`${api.url}/graphql`, { Accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body.toString();
    expect(html).toContain('GraphQL endpoint');
    expect(html).toContain('POST');
    // No script at all, and no resource from another origin (Apollo's pages load from a CDN).
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/cdn|apollographql/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    // The default Content-Security-Policy holds on it: nothing external could load anyway.
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
