/**
 * The home page opens on "My tasks" in a real browser: an employer partner sees the endorsement
 * waiting on their organization with the design linked, and a mention arriving while the page is
 * open appears without a reload (the realtime channel's notification). axe checks the page.
 */

import type { Browser } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
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
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

const TITLE = 'Industrial Electrical Troubleshooting';

(HAS_CHROMIUM ? describe : describe.skip)('my tasks on the home page', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let designId: string;
  const as = (person: Person) => app.api.as(person.token);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Lead', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    designId = await createDesign(app, lead, TITLE);
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    const { proposeSkill } = await as(employer).ok<{ proposeSkill: { id: string } }>(
      `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
      { designId, input: { name: 'Reads wiring diagrams', priority: 'ESSENTIAL' } },
    );
    await as(lead).ok(
      `mutation Add($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
      { designId, input: { statement: 'Trace a fault', bloomLevel: 'APPLY', skillIds: [proposeSkill.id] } },
    );
    await as(lead).ok(
      `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
      { designId, to: 'PARTNER_REVIEW' },
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a partner opens on the endorsement waiting on them; a new mention appears without a reload', async () => {
    const page = await (await signedInContext(browser, employer.token)).newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const tasks = page.getByTestId('task');
    await tasks.filter({ hasText: 'Endorse it for your organization' }).waitFor();
    expect(await tasks.count()).toBe(1);
    const link = tasks.first().getByRole('link', { name: TITLE });
    expect(await link.getAttribute('href')).toBe(`/designs/${designId}`);
    await page.getByRole('heading', { name: 'My designs' }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'tasks-1-partner-home');

    await as(lead).ok(`mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: {
        designId,
        targetType: 'DESIGN',
        targetId: designId,
        body: `@${employer.email} does the outcome cover your hiring needs?`,
      },
    });
    await tasks.filter({ hasText: 'Answer a comment that mentions you' }).waitFor();
    expect(await tasks.count()).toBe(2);
    await screenshot(page, 'tasks-2-mention-arrived');

    await link.click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  }, 90_000);
});
