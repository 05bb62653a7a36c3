/**
 * Without SMTP_URL outside production, mail is written under DATA_DIR/mail; in development the
 * /dev/mail page lists it with its links (README "Mail": how a newcomer sees the invitation mail).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { invite, makeDesign, unique } from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

let api: TestApi;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mc-dev-mail-'));
  api = await startTestApi({ NODE_ENV: 'development', DATA_DIR: dataDir });
}, 60_000);
afterAll(() => api?.close());

async function until<T>(read: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('the invitation mail is written as .eml and listed at /dev/mail with its full link', async () => {
  const cast = await makeDesign(api, { input: { title: 'Seen <locally>' } });
  const email = `${unique('dev')}@example.org`;
  await invite(cast, email, 'FACULTY');

  const page = await until(async () => {
    const html = await (await fetch(`${api.url}/dev/mail`)).text();
    return html.includes(email) ? html : null;
  });
  expect(page).toContain('Seen &lt;locally&gt;');
  const id = /href="\/dev\/mail\/([0-9a-f-]{36})"/.exec(page)?.[1];
  expect(id).toBeDefined();
  expect(existsSync(join(dataDir, 'mail', `${id}.eml`))).toBe(true);
  const mail = await (await fetch(`${api.url}/dev/mail/${id}`)).text();
  expect(mail).toMatch(new RegExp(`<a href="${api.config.PUBLIC_URL}/invitations/[A-Za-z0-9_-]+">`));
  // A path out of the mail folder (encoded: fetch would resolve a plain `../`) is no mail.
  expect((await fetch(`${api.url}/dev/mail/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  expect(readdirSync(join(dataDir, 'mail')).some((name) => name.endsWith('.eml'))).toBe(true);
});

it('is not served outside development', async () => {
  const test = await startTestApi();
  try {
    expect((await fetch(`${test.url}/dev/mail`)).status).toBe(404);
  } finally {
    await test.close();
  }
});
