/**
 * A network drop in the browser: the app shows it is reconnecting, comes back by itself (no
 * reload), and catches up with what changed meanwhile, once.
 */
import type { Browser, BrowserContext } from 'playwright-core';

import {
  addParticipant,
  CHROMIUM,
  createDesign,
  HAS_CHROMIUM,
  launchBrowser,
  Person,
  RunningApp,
  screenshot,
  signedInContext,
  signUp,
  startApp,
} from './harness';

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('a network drop in the workspace', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let designId: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    designId = await createDesign(app, lead, 'Solar Installation Basics');
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('reconnects by itself and shows what changed meanwhile, once, without a reload', async () => {
    context = await signedInContext(browser, employer.token);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    // A marker that a reload would lose.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    // Changes made by the lead while the employer is offline.
    const names = ['Reads array layouts', 'Checks roof anchors', 'Labels DC isolators'];
    for (const name of names) {
      await app.api
        .as(lead.token)
        .ok(
          `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
          { designId, input: { name, priority: 'IMPORTANT' } },
        );
    }
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor({ timeout: 30_000 });
    const skills = page.getByRole('region', { name: 'Skills' });
    for (const name of names) {
      await skills.getByText(name).waitFor();
      expect(await skills.getByText(name, { exact: true }).count()).toBe(1);
    }
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);

    // And it is live again: the next change arrives without any reload either.
    await app.api
      .as(lead.token)
      .ok(
        `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
        { designId, input: { name: 'After the drop', priority: 'ESSENTIAL' } },
      );
    await skills.getByText('After the drop').waitFor();
    await screenshot(page, '4-after-a-network-drop');
  });
});
