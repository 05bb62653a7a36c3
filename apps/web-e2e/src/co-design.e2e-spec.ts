/**
 * Two people co-designing live in two real browsers: a faculty lead and an employer partner
 * (and a committee member), through the built app served by the API, on real PostgreSQL.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  addParticipant,
  CHROMIUM,
  colleague,
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

const SKILL = 'Reads wiring diagrams';
const OUTCOME = 'Trace a fault through a control-panel wiring diagram';

if (!HAS_CHROMIUM) {
  // Said loudly, and reported by Jest as skipped: never a silent pass.
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('co-designing a micro-credential in two browsers', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person;
  let designId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    committee = await colleague(app, lead, 'Colin Committee');
    designId = await createDesign(app, lead, 'Industrial Electrical Troubleshooting');
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    await addParticipant(app, lead, designId, committee, 'COMMITTEE_MEMBER');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function open(context: BrowserContext): Promise<Page> {
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('heading', { level: 1, name: 'Industrial Electrical Troubleshooting' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    return page;
  }

  it('goes from a first skill to committee review, live on both screens', async () => {
    // The lead logs in through the log-in page.
    const leadContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(leadContext);
    const loginPage = await leadContext.newPage();
    await loginPage.goto(`${app.url}/`);
    await loginPage.getByLabel('Email').fill(lead.email);
    await loginPage.getByLabel('Password').fill(PASSWORD);
    await loginPage.getByRole('button', { name: 'Log in' }).click();
    await loginPage.getByRole('link', { name: 'Industrial Electrical Troubleshooting' }).click();
    await loginPage.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    const leadPage = loginPage;
    const employerPage = await open(await signedInContext(browser, employer.token));

    // The employer proposes an essential skill; the lead sees it appear without reloading.
    await employerPage.getByLabel('Skill name').fill(SKILL);
    await employerPage.getByLabel('Priority').selectOption('ESSENTIAL');
    await employerPage.getByRole('button', { name: 'Propose skill' }).click();
    const leadSkills = leadPage.getByRole('region', { name: 'Skills' });
    await leadSkills.getByText(SKILL).waitFor();
    // It is an uncovered essential skill: the alignment matrix says so on both screens.
    for (const page of [leadPage, employerPage]) {
      await page
        .getByRole('table', { name: 'Alignment matrix' })
        .getByText('Uncovered essential skill')
        .waitFor();
    }
    await screenshot(leadPage, '1-gap-on-the-lead-screen');

    // The lead writes an outcome covering it: the gap marker disappears for both.
    await leadPage.getByLabel('Outcome statement').fill(OUTCOME);
    await leadPage.getByLabel('Bloom level').selectOption('APPLY');
    await leadPage.getByRole('group', { name: 'Covers skills' }).getByLabel(SKILL).check();
    await leadPage.getByRole('button', { name: 'Add outcome' }).click();
    for (const page of [leadPage, employerPage]) {
      await page.getByRole('region', { name: 'Learning outcomes' }).getByText(OUTCOME).waitFor();
      await page
        .getByRole('table', { name: 'Alignment matrix' })
        .getByText('Uncovered essential skill')
        .waitFor({ state: 'detached' });
    }

    // A comment mentioning the employer, picked from the autocompletion, notifies them.
    const comment = leadPage.getByLabel('Comment', { exact: true });
    await comment.fill('Does this match your technicians’ work, @Emm');
    await leadPage.getByRole('option', { name: /Emma Employer/ }).waitFor();
    await comment.press('Enter');
    await comment.type('?');
    await leadPage.getByRole('button', { name: 'Post comment' }).click();
    await employerPage
      .getByRole('region', { name: 'Comments' })
      .getByText(/technicians/)
      .waitFor();
    // (The invitation to the design was their first notification; the mention is the second.)
    const bell = employerPage.getByRole('button', { name: /Notifications, 2 unread/ });
    await bell.waitFor();
    await bell.click();
    await employerPage
      .getByRole('dialog', { name: 'Notifications' })
      .getByText(/Lena Faculty mentioned you/)
      .waitFor();
    await bell.click();
    await screenshot(employerPage, '2-employer-with-a-mention');

    // Partner review: the lead submits, the employer endorses, the lead submits to the committee.
    await leadPage.getByRole('button', { name: 'Submit to partner review' }).click();
    await employerPage.locator('.stage-badge', { hasText: 'Partner review' }).first().waitFor();
    await employerPage.getByRole('button', { name: 'Endorse' }).click();
    await leadPage
      .getByText(/Emma Employer/)
      .first()
      .waitFor();
    await leadPage.getByRole('button', { name: 'Submit to committee review' }).click();
    for (const page of [leadPage, employerPage]) {
      await page.locator('.workspace-header .stage-badge', { hasText: 'Committee review' }).waitFor();
    }
    const committeePage = await open(await signedInContext(browser, committee.token));
    await committeePage.getByRole('button', { name: 'Vote approve' }).waitFor();
    await screenshot(leadPage, '3-workspace-in-committee-review');
  });
});
