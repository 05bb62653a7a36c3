/**
 * A committee of three in the browser: the approval panel counts the votes against the majority
 * and offers the move once it is reached; the bell closes on Escape and a mention's link
 * highlights its comment. axe-core checks the workspace.
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
  Person,
  RunningApp,
  screenshot,
  signUp,
  startApp,
} from './harness';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('committee approval and the bell', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person[];
  let designId: string;
  let context: BrowserContext;
  let page: Page;
  const as = (person: Person) => app.api.as(person.token);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    committee = [
      await colleague(app, lead, 'Colin Committee'),
      await colleague(app, lead, 'Carla Committee'),
      await colleague(app, lead, 'Chen Committee'),
    ];
    designId = await createDesign(app, lead, 'Industrial Electrical Troubleshooting');
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    for (const member of committee) await addParticipant(app, lead, designId, member, 'COMMITTEE_MEMBER');
    const { proposeSkill } = await as(employer).ok<{ proposeSkill: { id: string } }>(
      `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
      { designId, input: { name: 'Reads wiring diagrams', priority: 'ESSENTIAL' } },
    );
    await as(lead).ok(
      `mutation Add($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
      { designId, input: { statement: 'Trace a fault', bloomLevel: 'APPLY', skillIds: [proposeSkill.id] } },
    );
    const move = (person: Person, to: string) =>
      as(person).ok(
        `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
        { designId, to },
      );
    const decide = (person: Person, kind: string) =>
      as(person).ok(
        `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`,
        { designId, kind },
      );
    await move(lead, 'PARTNER_REVIEW');
    await decide(employer, 'ENDORSE');
    await move(lead, 'COMMITTEE_REVIEW');
    await decide(committee[0]!, 'APPROVE');
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const token = committee[1]!.token;
    await context.addInitScript((value) => window.localStorage.setItem('mc.accessToken', value), token);
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the second approval of three reaches the majority and the panel offers the move', async () => {
    await page.goto(`${app.url}/designs/${designId}`);
    const tally = page.getByTestId('committee-tally');
    await tally
      .filter({ hasText: 'Approvals: 1 of 2 needed (3 committee members). 1 more approval needed.' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Approve design' }).count()).toBe(0);
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Vote approve' }).click();
    await tally.filter({ hasText: 'The approvals needed are in' }).waitFor();
    await page.getByText('Next step:').waitFor();
    await page.getByRole('button', { name: 'Approve design' }).waitFor();
    expect(await page.getByRole('button', { name: 'Vote approve' }).count()).toBe(0);
    await screenshot(page, 'committee-majority-reached');
    await expectNoSeriousViolations(page);
  });

  it('the bell closes on Escape, and a mention link highlights the comment', async () => {
    const { addComment } = await as(employer).ok<{ addComment: { id: string } }>(
      `mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      {
        input: {
          designId,
          targetType: 'DESIGN',
          targetId: designId,
          body: `Could you check the wiring outcome, @${committee[1]!.email}?`,
        },
      },
    );
    const bell = page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ });
    await bell.waitFor();
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    await bell.click();
    const mention = panel.getByRole('link', { name: /Could you check the wiring outcome/ });
    expect(await mention.getAttribute('href')).toBe(`/designs/${designId}#comment-${addComment.id}`);
    // It says whether its mail went out: this test's API has no mail server (nothing listens on its
    // SMTP port), so the mention's mail is still being retried.
    await panel
      .locator('li', { hasText: /Could you check the wiring outcome/ })
      .getByText('Mail on its way')
      .waitFor();
    await screenshot(page, 'committee-bell-open');
    // The open panel too: its links and "Mark all read" must be readable on white.
    await expectNoSeriousViolations(page);
    await mention.click();
    await page.locator(`[id="comment-${addComment.id}"].co-comment-linked`).waitFor();
    await screenshot(page, 'committee-mention-highlighted');
  });

  it('a send-back shows its rationale and who sent it in the approval panel and in the notification', async () => {
    const why = 'The lockout-tagout outcome is missing before the live-panel lab';
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('button', { name: 'Send back to drafting' }).click();
    await page.getByLabel('Rationale').fill(why);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('.workspace-header .stage-badge', { hasText: 'Drafting' }).waitFor();

    const leadContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await leadContext.addInitScript(
      (value) => window.localStorage.setItem('mc.accessToken', value),
      lead.token,
    );
    const leadPage = await leadContext.newPage();
    await leadPage.goto(`${app.url}/designs/${designId}`);
    const note = leadPage.getByTestId('last-send-back');
    await note.filter({ hasText: why }).waitFor();
    expect(await note.innerText()).toContain('Carla Committee sent the design back from Committee review');
    await leadPage.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
    await leadPage
      .getByRole('dialog', { name: 'Notifications' })
      .getByText(`Carla Committee moved “Industrial Electrical Troubleshooting” to Drafting: “${why}”`)
      .waitFor();
    await screenshot(leadPage, 'committee-send-back-seen-by-lead');
    await expectNoSeriousViolations(leadPage);
    await leadContext.close();
  });
});
