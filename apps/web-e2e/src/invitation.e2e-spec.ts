/**
 * Invitations that explain themselves (issue 10 item 5), in Chromium: the lead invites a partner by
 * email from People; the partner, logged out, opens the link, sees what the invitation is, signs up
 * from there (email prefilled) and lands in the design. The lead withdraws another invitation and
 * its link answers "not found". axe runs on the preview page.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
import {
  CHROMIUM,
  createDesign,
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

const TITLE = 'Heat Pump Servicing';

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('an invitation link', () => {
  let app: RunningApp;
  let browser: Browser;
  let leadContext: BrowserContext;
  let visitor: BrowserContext;
  let lead: Person;
  let designId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Rita Lead', { name: 'Coast Mountain College', kind: 'POST_SECONDARY' });
    designId = await createDesign(app, lead, TITLE);
  }, 120_000);

  afterAll(async () => {
    await visitor?.close().catch(() => undefined);
    await leadContext?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function inviteFromPeople(page: Page, email: string, role: string): Promise<string> {
    const people = page.getByRole('region', { name: 'People' });
    await people.getByLabel('Email', { exact: true }).fill(email);
    await people.getByLabel('Role').selectOption({ label: role });
    await people.getByRole('button', { name: 'Invite' }).click();
    const link = people.getByLabel('Invitation link');
    await link.waitFor();
    return link.inputValue();
  }

  it('previews the invitation logged out, signs up from there and lands in the design', async () => {
    leadContext = await signedInContext(browser, lead.token);
    const leadPage = await leadContext.newPage();
    await leadPage.goto(`${app.url}/designs/${designId}`);
    await leadPage.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    const partnerEmail = `ana.${Date.now().toString(36)}@aurora.example.org`;
    const link = await inviteFromPeople(leadPage, partnerEmail, 'Employer partner');
    const pending = leadPage.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText(partnerEmail, { exact: true }).waitFor();
    // The link received in this tab can be copied again from the pending list.
    expect(await pending.getByLabel(`Link for ${partnerEmail}`).inputValue()).toBe(link);
    await pending.getByRole('button', { name: 'Copy link' }).waitFor();
    await screenshot(leadPage, 'invitation-01-lead-pending');

    visitor = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await visitor.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `You are invited to “${TITLE}”` }).waitFor();
    const facts = (await page.locator('dl').textContent()) ?? '';
    expect(facts).toContain('Coast Mountain College');
    expect(facts).toContain('Rita Lead');
    expect(facts).toContain('Employer partner');
    expect(facts).toContain(partnerEmail);
    await screenshot(page, 'invitation-02-preview-logged-out');
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(partnerEmail);
    await page.getByLabel('Your name').fill('Ana Partner');
    await page.getByLabel('Password (at least 10 characters)').fill(PASSWORD);
    await page.getByLabel('Organization', { exact: true }).fill('Aurora Electric');
    await page.getByLabel('Kind of organization').selectOption('EMPLOYER');
    await screenshot(page, 'invitation-03-sign-up-prefilled');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back on the invitation, now logged in: accept and land in the design.
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/designs/${designId}`);
    await page.getByRole('region', { name: 'People' }).getByText('Ana Partner').waitFor();
    await screenshot(page, 'invitation-04-partner-in-design');
  }, 120_000);

  it('a withdrawn invitation link answers not found', async () => {
    const leadPage = await leadContext.newPage();
    await leadPage.goto(`${app.url}/designs/${designId}`);
    await leadPage.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    const email = `olga.${Date.now().toString(36)}@example.org`;
    const link = await inviteFromPeople(leadPage, email, 'Observer');
    const item = leadPage.getByRole('region', { name: 'Pending invitations' }).getByRole('listitem').filter({
      hasText: email,
    });
    await item.getByRole('button', { name: 'Withdraw' }).click();
    await item.getByRole('button', { name: 'Confirm withdrawal' }).click();
    await leadPage.getByText(`Invitation for ${email} withdrawn.`).waitFor();
    await screenshot(leadPage, 'invitation-05-withdrawn');

    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Invitation not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    await screenshot(page, 'invitation-06-withdrawn-link');
    await expectNoSeriousViolations(page);
    await stranger.close();
  }, 120_000);
});
