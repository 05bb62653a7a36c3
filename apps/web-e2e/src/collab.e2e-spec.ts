/**
 * Live co-editing in two real browsers: a lead and a faculty member type into the same outcome
 * statement at once; each sees the other's cursor with their name and the merged text, the text
 * is stored (a reload shows it from GraphQL), and undo takes back only one's own typing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
import {
  addParticipant,
  CHROMIUM,
  colleague,
  createDesign,
  HAS_CHROMIUM,
  launchBrowser,
  liveEditor,
  Person,
  RunningApp,
  screenshot,
  signedInContext,
  signUp,
  startApp,
  typeLive,
} from './harness';

const TITLE = 'Industrial Electrical Troubleshooting';
const STATEMENT = 'Trace a fault through a wiring diagram';

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('writing together in two browsers', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let faculty: Person;
  let employer: Person;
  let designId: string;
  let outcomeId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    faculty = await colleague(app, lead, 'Farid Faculty');
    designId = await createDesign(app, lead, TITLE);
    await addParticipant(app, lead, designId, faculty, 'FACULTY');
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    const { addOutcome } = await app.api.as(lead.token).ok<{ addOutcome: { id: string } }>(
      `mutation Add($designId: ID!, $statement: String!) {
          addOutcome(designId: $designId, input: { statement: $statement, bloomLevel: ANALYZE }) { id }
        }`,
      { designId, statement: STATEMENT },
    );
    outcomeId = addOutcome.id;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function openEditor(person: Person): Promise<Page> {
    const context = await signedInContext(browser, person.token);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await page.getByRole('button', { name: 'Edit outcome O1' }).click();
    await liveEditor(page, 'Statement').waitFor();
    return page;
  }

  /** The statement's text as shown, without the others' caret widgets (which carry their names). */
  const statementOf = (page: Page) =>
    page.evaluate(() => {
      const content = document.querySelector('[data-live-field="statement"] .cm-content');
      const copy = content?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
      return copy?.textContent ?? '';
    });

  it('two people type into one outcome statement at once: cursors, merged text, stored', async () => {
    const [leadPage, facultyPage] = await Promise.all([openEditor(lead), openEditor(faculty)]);
    await Promise.all([
      typeLive(leadPage, leadPage, 'Statement', ' using a multimeter', 'end'),
      typeLive(facultyPage, facultyPage, 'Statement', 'Safely ', 'start'),
    ]);
    const merged = `Safely ${STATEMENT} using a multimeter`;
    for (const page of [leadPage, facultyPage]) {
      for (let tries = 0; tries < 100 && (await statementOf(page)) !== merged; tries++)
        await page.waitForTimeout(100);
    }
    expect(await statementOf(leadPage)).toBe(merged);
    expect(await statementOf(facultyPage)).toBe(merged);

    // Each sees the other's caret, labelled with their name.
    await leadPage.locator('.cm-ySelectionInfo', { hasText: 'Farid Faculty' }).waitFor();
    await facultyPage.locator('.cm-ySelectionInfo', { hasText: 'Lena Faculty' }).waitFor();
    // And who is in the field.
    await leadPage.getByRole('list', { name: 'Also in Statement' }).getByText('Farid Faculty').waitFor();
    await screenshot(leadPage, 'collab-1-two-carets');
    await expectNoSeriousViolations(leadPage);

    // Stored within seconds: GraphQL returns it, and a reload shows it on the outcome's card.
    let stored = '';
    for (let tries = 0; tries < 60 && stored !== merged; tries++) {
      const { design } = await app.api
        .as(lead.token)
        .ok<{ design: { outcomes: Array<{ id: string; statement: string }> } }>(
          `query Outcomes($id: ID!) { design(id: $id) { outcomes { id statement } } }`,
          { id: designId },
        );
      stored = design.outcomes.find((o) => o.id === outcomeId)?.statement ?? '';
      if (stored !== merged) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(stored).toBe(merged);
    await leadPage.reload();
    await leadPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await leadPage.getByText(merged, { exact: true }).waitFor();
    await screenshot(leadPage, 'collab-2-stored');

    // Undo takes back only one's own typing: the faculty member's "Safely " goes, the lead's stays
    // (more presses than needed: there is nothing else of theirs to undo).
    await liveEditor(facultyPage, 'Statement').click();
    for (let i = 0; i < 8; i++) await facultyPage.keyboard.press('Control+z');
    const undone = `${STATEMENT} using a multimeter`;
    await leadPage.getByRole('button', { name: 'Edit outcome O1' }).click();
    await liveEditor(leadPage, 'Statement').waitFor();
    for (const page of [facultyPage, leadPage]) {
      for (let tries = 0; tries < 100 && (await statementOf(page)) !== undone; tries++)
        await page.waitForTimeout(100);
      expect(await statementOf(page)).toBe(undone);
    }
  });

  it('someone who may not edit the design record watches the summary live, read-only', async () => {
    const context = await signedInContext(browser, employer.token);
    contexts.push(context);
    const employerPage = await context.newPage();
    await employerPage.goto(`${app.url}/designs/${designId}`);
    await employerPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const watched = liveEditor(employerPage, 'Summary');
    await watched.waitFor();
    expect(await watched.getAttribute('aria-readonly')).toBe('true');

    const leadContext = await signedInContext(browser, lead.token);
    contexts.push(leadContext);
    const leadPage = await leadContext.newPage();
    await leadPage.goto(`${app.url}/designs/${designId}`);
    await liveEditor(leadPage, 'Summary').waitFor();
    await typeLive(leadPage, leadPage, 'Summary', ' For licensed electricians.', 'end');
    await employerPage.getByText(/For licensed electricians\./).waitFor();

    // Typing in a read-only editor changes nothing, here or for the lead.
    const before = await watched.innerText();
    await typeLive(employerPage, employerPage, 'Summary', 'XYZ', 'end');
    expect(await watched.innerText()).toBe(before);
    expect(await liveEditor(leadPage, 'Summary').innerText()).not.toContain('XYZ');
    await expectNoSeriousViolations(employerPage);
  });
});
