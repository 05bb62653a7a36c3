/**
 * Colleagues join an institution in a real browser (issue 10 item 3): the admin invites a colleague,
 * the colleague signs up through `/join/<token>` into the same organization, the admin changes
 * their role and deactivates them; the colleague's next request fails and log-in is refused.
 * An employer is not offered "Start a design" (item 11). axe runs on every page.
 */

import type { Browser } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  launchBrowser,
  PASSWORD,
  Person,
  RunningApp,
  screenshot,
  signedInContext,
  signUp,
  startApp,
} from './harness';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('colleagues join an institution', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Person;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    admin = await signUp(app, 'Ada Admin', { name: 'Coast College', kind: 'POST_SECONDARY' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The stored role of `email`, polled (up to 10 s) until it is `expected`. */
  async function roleOf(email: string, expected: string): Promise<string | undefined> {
    let role: string | undefined;
    for (let i = 0; i < 50 && role !== expected; i += 1) {
      if (i) await new Promise((resolve) => setTimeout(resolve, 200));
      const { organizationMembers } = await app.api
        .as(admin.token)
        .ok<{ organizationMembers: Array<{ email: string; orgRole: string }> }>(
          '{ organizationMembers { email orgRole } }',
        );
      role = organizationMembers.find((m) => m.email === email)?.orgRole;
    }
    return role;
  }

  it('invite, join through /join/<token>, change the role, deactivate: the colleague is shut out', async () => {
    const adminPage = await (await signedInContext(browser, admin.token)).newPage();
    await adminPage.goto(`${app.url}/organization`);
    await adminPage.getByRole('heading', { name: 'Members' }).waitFor();
    await expectNoSeriousViolations(adminPage);

    const email = `colin.${Date.now().toString(36)}@e2e.example.org`;
    await adminPage.getByLabel('Email').fill(email);
    await adminPage.getByRole('button', { name: 'Invite' }).click();
    const link = (await adminPage.getByTestId('join-link').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${app.url}/join/\\S+$`));
    await screenshot(adminPage, 'organization-1-invited');

    // The colleague, in a fresh browser, opens the link and signs up.
    const joinContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const colleaguePage = await joinContext.newPage();
    await colleaguePage.goto(link);
    await colleaguePage.getByRole('heading', { name: 'Join your colleagues' }).waitFor();
    expect(await colleaguePage.getByLabel('Organization').count()).toBe(0);
    await expectNoSeriousViolations(colleaguePage);
    await screenshot(colleaguePage, 'organization-2-join');
    await colleaguePage.getByLabel('Your name').fill('Colin Colleague');
    await colleaguePage.getByLabel('Email').fill(email);
    await colleaguePage.getByLabel(/^Password/).fill(PASSWORD);
    await colleaguePage.getByRole('button', { name: 'Create account' }).click();
    await colleaguePage.getByRole('heading', { name: 'My designs' }).waitFor();
    await colleaguePage.getByRole('link', { name: 'Coast College' }).waitFor();
    await colleaguePage.getByRole('heading', { name: 'Start a design' }).waitFor();

    // The admin sees them, makes them an admin and back, then deactivates them.
    await adminPage.reload();
    const role = adminPage.getByLabel('Role of Colin Colleague');
    await role.waitFor();
    await role.selectOption('ADMIN');
    expect(await roleOf(email, 'ADMIN')).toBe('ADMIN');
    adminPage.once('dialog', (dialog) => void dialog.accept());
    await adminPage.getByRole('button', { name: 'Deactivate Colin Colleague' }).click();
    await adminPage.getByRole('cell', { name: 'Deactivated' }).waitFor();
    await screenshot(adminPage, 'organization-3-deactivated');

    // The colleague's next request fails (the app returns to log-in) and log-in is refused.
    await colleaguePage.reload();
    await colleaguePage.getByRole('heading', { name: 'Log in' }).waitFor();
    await colleaguePage.getByLabel('Email').fill(email);
    await colleaguePage.getByLabel('Password').fill(PASSWORD);
    await colleaguePage.getByRole('button', { name: 'Log in' }).click();
    await colleaguePage.getByText('That email and password do not match.').waitFor();
    await screenshot(colleaguePage, 'organization-4-refused');
    await expectNoSeriousViolations(colleaguePage);
  }, 120_000);

  it('an employer is told what it can do, and not offered "Start a design"', async () => {
    const employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    const page = await (await signedInContext(browser, employer.token)).newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'What you can do' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Start a design' }).count()).toBe(0);
    await page.getByText('(Employer)').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'organization-5-employer-home');
  }, 60_000);
});
