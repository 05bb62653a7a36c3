/**
 * A faculty lead writes learning outcomes in a real browser: the outcome checks speak while the
 * statement is typed (the same checks the API runs), the verb hint follows the declared Bloom
 * level, and the saved outcome's card shows the issues the API answers, to a partner too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

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

const TITLE = 'Data Pipelines for Analysts';

if (!HAS_CHROMIUM) {
  // Said loudly, and reported by Jest as skipped: never a silent pass.
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('outcome checks while writing an outcome', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let designId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Data', kind: 'EMPLOYER' });
    designId = await createDesign(app, lead, TITLE);
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function open(person: Person): Promise<Page> {
    const context = await signedInContext(browser, person.token);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    return page;
  }

  it('shows the issue and the verb hint change as the lead types, and the saved issue on the card', async () => {
    const page = await open(lead);
    const form = page.getByRole('form', { name: 'Add a learning outcome' });
    const statement = form.getByLabel('Outcome statement');
    const issues = form.getByRole('list', { name: 'Outcome issues' });
    const hint = form.locator('.ws-verb-hint');

    await hint.filter({ hasText: 'Verbs that fit Apply: apply, use, implement' }).waitFor();
    await statement.pressSequentially('Understand SQL joins');
    await issues.filter({ hasText: 'Vague verb: “understand” is vague' }).waitFor();
    await screenshot(page, 'outcome-checks-1-vague-verb');

    // A verb that fits another level: the issue names it, the hint follows the declared level.
    await statement.fill('');
    await statement.pressSequentially('List the stages of a data pipeline');
    await form.getByLabel('Bloom level').selectOption('CREATE');
    await issues.filter({ hasText: '“list” fits Remember, not Create' }).waitFor();
    await hint.filter({ hasText: 'Verbs that fit Create: design, construct, develop' }).waitFor();
    await screenshot(page, 'outcome-checks-2-level-mismatch');

    // Saved as it stands: the card shows the issue the API answers, on the partner's screen too.
    await form.getByRole('button', { name: 'Add outcome' }).click();
    const partner = await open(employer);
    for (const screen of [page, partner]) {
      const card = screen
        .getByRole('region', { name: 'Learning outcomes' })
        .getByRole('article')
        .filter({ hasText: 'List the stages of a data pipeline' });
      await card
        .getByRole('list', { name: 'Outcome issues' })
        .filter({ hasText: 'Verb does not fit the level: “list” fits Remember, not Create' })
        .waitFor();
    }

    // Rewritten with a verb of its level while typing: the issue goes before anything is saved.
    // (The form starts afresh after an outcome is added: its level is declared again.)
    await form.getByLabel('Bloom level').selectOption('CREATE');
    await statement.pressSequentially('Design a data pipeline that joins two sources');
    await issues.waitFor({ state: 'detached' });
    await hint.filter({ hasText: 'Verbs that fit Create:' }).waitFor();
    await screenshot(page, 'outcome-checks-3-no-issue');
  });
});
