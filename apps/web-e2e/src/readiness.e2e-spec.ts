/**
 * Readiness in the browser (issue 12): the lead opens a draft, the readiness panel lists what the
 * EU Annex I list still lacks, each item's link puts the keyboard on its field, and filling the
 * fields in (the issuer's country, the form of participation, the level) empties the panel.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
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

const TITLE = 'Solar Installation Basics';

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('the readiness panel', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let lead: Person;
  let designId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Rita Readiness', { name: 'Coast Mountain College', kind: 'POST_SECONDARY' });
    designId = await createDesign(app, lead, TITLE);
    const asLead = app.api.as(lead.token);
    await asLead.ok(
      `mutation Outcome($designId: ID!) {
        addOutcome(designId: $designId, input: { statement: "Mount a rooftop panel array", bloomLevel: APPLY }) { id }
      }`,
      { designId },
    );
    await asLead.ok(
      `mutation Fields($id: ID!) {
        updateDesign(id: $id, input: { expectedVersion: 1, assessmentApproach: "Observed installation", qualityAssurance: "College program committee" }) { id }
      }`,
      { id: designId },
    );
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function editThroughPanel(page: Page, element: string, label: string, value: string) {
    const panel = page.getByRole('region', { name: 'Readiness' });
    await panel.getByRole('link', { name: element }).click();
    const edit = page.getByRole('button', { name: `Edit ${label}` });
    // The link put the keyboard on the field's Edit button: Enter opens its editor.
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('aria-label') === name,
      `Edit ${label}`,
    );
    await edit.press('Enter');
    await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Save' }).click();
  }

  it('lists what is missing, links each item to its field, and empties as the fields are filled', async () => {
    context = await signedInContext(browser, lead.token);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const panel = page.getByRole('region', { name: 'Readiness' });
    await panel.getByText(/Not ready yet/).waitFor();
    for (const element of ['Country or region of the issuer', 'Form of participation', 'Level'])
      await panel.getByRole('link', { name: element }).waitFor();
    await page.getByText(/Readiness \(advice\): 2 EU Annex I elements missing/).waitFor();
    await screenshot(page, 'readiness-1-missing');

    // A country the ISO list does not know is refused where it was typed.
    await editThroughPanel(
      page,
      'Country or region of the issuer',
      'Country or region of the issuer',
      'Canada',
    );
    await page.getByText(/must be an ISO 3166-1 country code/).waitFor();
    await page.getByLabel('Country or region of the issuer', { exact: true }).fill('ca-bc');
    await page.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('link', { name: 'Country or region of the issuer' }).waitFor({ state: 'detached' });
    await page.getByText('CA-BC', { exact: true }).waitFor();

    await editThroughPanel(
      page,
      'Form of participation',
      'Form of participation',
      'On site, supervised, identity checked',
    );
    await panel.getByText(/Every EU Annex I element this design can carry is met/).waitFor();
    await page.getByText(/Readiness: every EU Annex I element this design can carry is met/).waitFor();
    // "Level (where applicable)" is still listed until it is set, or marked not applicable.
    await editThroughPanel(page, 'Level', 'Level', 'not applicable');
    await panel.getByRole('link', { name: 'Level' }).waitFor({ state: 'detached' });
    await screenshot(page, 'readiness-2-ready');
  }, 120_000);
});
