/**
 * A transition mid-typing in two real browsers (SPEC "Writing together"): a faculty member types
 * into an outcome statement while the lead submits the design to partner review. The typist's
 * editor turns read-only, and every character that reached the server before the move is in the
 * stored record and in the snapshot taken on entering the review.
 */
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';

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
const BEFORE = ' using a multimeter';
const DURING = ', and a clamp meter safely';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('a transition while someone types', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let faculty: Person;
  let designId: string;
  let outcomeId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    faculty = await colleague(app, lead, 'Farid Faculty');
    const employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    designId = await createDesign(app, lead, TITLE);
    await addParticipant(app, lead, designId, faculty, 'FACULTY');
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    const { proposeSkill } = await app.api
      .as(employer.token)
      .ok<{ proposeSkill: { id: string } }>(
        `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
        { designId, input: { name: 'Reads wiring diagrams', priority: 'ESSENTIAL' } },
      );
    const { addOutcome } = await app.api
      .as(lead.token)
      .ok<{ addOutcome: { id: string } }>(
        `mutation Add($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
        { designId, input: { statement: STATEMENT, bloomLevel: 'ANALYZE', skillIds: [proposeSkill.id] } },
      );
    outcomeId = addOutcome.id;
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function pageOf(person: Person): Promise<Page> {
    const context = await signedInContext(browser, person.token);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    return page;
  }

  async function storedStatement(): Promise<string> {
    const { design } = await app.api
      .as(lead.token)
      .ok<{ design: { outcomes: Array<{ id: string; statement: string }> } }>(
        `query Outcomes($id: ID!) { design(id: $id) { outcomes { id statement } } }`,
        { id: designId },
      );
    return design.outcomes.find((o) => o.id === outcomeId)?.statement ?? '';
  }

  async function stage(): Promise<string> {
    const { design } = await app.api
      .as(lead.token)
      .ok<{ design: { stage: string } }>(`query Stage($id: ID!) { design(id: $id) { stage } }`, {
        id: designId,
      });
    return design.stage;
  }

  async function snapshotStatement(): Promise<string | undefined> {
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ content: { outcomes: Array<{ id: string; statement: string }> } }>(
        `SELECT content FROM design_snapshots WHERE design_id = $1 AND stage = 'PARTNER_REVIEW'`,
        [designId],
      );
      expect(rows).toHaveLength(1);
      return rows[0]!.content.outcomes.find((o) => o.id === outcomeId)?.statement;
    } finally {
      await db.end();
    }
  }

  it("the lead submits the design mid-typing: the typist's editor turns read-only, the typed text is stored and in the snapshot", async () => {
    const [typistPage, leadPage] = await Promise.all([pageOf(faculty), pageOf(lead)]);
    await typistPage.getByRole('button', { name: 'Edit outcome O1' }).click();
    const editor = liveEditor(typistPage, 'Statement');
    await editor.waitFor();
    expect(await editor.getAttribute('aria-readonly')).not.toBe('true');

    // What the typist's editor holds the moment it turns read-only (its caret widgets left out).
    await typistPage.evaluate(() => {
      const seen = window as unknown as { readOnlyText?: string };
      const observer = new MutationObserver(() => {
        const content = document.querySelector('[data-live-field="statement"] .cm-content');
        if (seen.readOnlyText !== undefined || content?.getAttribute('aria-readonly') !== 'true') return;
        const copy = content.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
        seen.readOnlyText = copy.textContent ?? '';
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    // Typed before the move (well within the store's debounce: nothing of it is stored yet), then
    // the typing goes on while the lead's click runs the transition.
    await typeLive(typistPage, typistPage, 'Statement', BEFORE, 'end');
    const during = typeLive(typistPage, typistPage, 'Statement', DURING, 'end');
    await leadPage.waitForTimeout(250);
    await leadPage
      .getByRole('group', { name: 'Move the design' })
      .getByRole('button', { name: 'Submit to partner review' })
      .click();
    await during;
    for (let tries = 0; tries < 100 && (await stage()) !== 'PARTNER_REVIEW'; tries++)
      await leadPage.waitForTimeout(100);
    expect(await stage()).toBe('PARTNER_REVIEW');

    // The typist's editor turned read-only (told by the server before the move committed); the
    // page then follows the stage and shows the stored text instead.
    let readOnlyText: string | undefined;
    for (let tries = 0; tries < 100 && readOnlyText === undefined; tries++) {
      readOnlyText = await typistPage.evaluate(
        () => (window as unknown as { readOnlyText?: string }).readOnlyText,
      );
      if (readOnlyText === undefined) await typistPage.waitForTimeout(100);
    }
    await screenshot(typistPage, 'collab-transition-1-read-only');
    expect(readOnlyText).toBeDefined();

    const stored = await storedStatement();
    // Every character typed before the click, some typed while it ran (those that reached the server
    // before the move), and nothing typed after: what the editor held when it turned read-only.
    expect(stored.startsWith(STATEMENT + BEFORE + DURING.slice(0, 1))).toBe(true);
    expect((STATEMENT + BEFORE + DURING).startsWith(stored)).toBe(true);
    expect(readOnlyText!.startsWith(stored)).toBe(true);
    expect(await snapshotStatement()).toBe(stored);

    // No editor to type into any more: the card shows the stored text, and stays so.
    await typistPage.getByText(stored, { exact: true }).waitFor();
    expect(await editor.count()).toBe(0);
    expect(await typistPage.getByRole('button', { name: 'Edit outcome O1' }).count()).toBe(0);
    await typistPage.waitForTimeout(2_000);
    expect(await storedStatement()).toBe(stored);
    await screenshot(typistPage, 'collab-transition-2-after');
  });
});
