/**
 * Accounts that end, in a real browser: /account lists where the user is logged in, ends another
 * session (its token stops at once), and "Log out" in the header ends this session on the server,
 * not only in this browser. axe runs on the page.
 */

import type { Browser } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  launchBrowser,
  PASSWORD,
  RunningApp,
  screenshot,
  signedInContext,
  signUp,
  startApp,
} from './harness';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

const ME = '{ me { id } }';

(HAS_CHROMIUM ? describe : describe.skip)('the account page', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function codeOf(token: string): Promise<string | undefined> {
    const answer = await app.api.as(token).request(ME);
    return answer.errors?.[0]?.extensions?.code;
  }

  it('ends another session from /account, then "Log out" ends this one on the server', async () => {
    const person = await signUp(app, 'Sam Sessions', { name: 'Harbour College', kind: 'POST_SECONDARY' });
    const { logIn } = await app.api.ok<{ logIn: { accessToken: string } }>(
      `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`,
      { email: person.email, password: PASSWORD },
    );
    const otherToken = logIn.accessToken;

    const page = await (await signedInContext(browser, person.token)).newPage();
    await page.goto(`${app.url}/account`);
    await page.getByRole('heading', { name: 'Where you are logged in' }).waitFor();
    await page.getByText('(this device)').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'account-1-sessions');

    const ends = page.getByRole('button', { name: /^End session/ });
    expect(await ends.count()).toBe(1);
    await ends.first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('button[aria-label^="End session"]').length === 0,
    );
    expect(await codeOf(otherToken)).toBe('UNAUTHENTICATED');
    expect(await codeOf(person.token)).toBeUndefined();

    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL(`${app.url}/login`);
    expect(await codeOf(person.token)).toBe('UNAUTHENTICATED');
  });
});
