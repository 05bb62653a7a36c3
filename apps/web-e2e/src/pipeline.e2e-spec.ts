/**
 * The pipeline editor in the browser: an institution admin opens it from the organization page,
 * changes the committee's quorum from a majority to every member, saves a new version; a design
 * created afterwards needs all three votes of its committee of three (two, a majority, are
 * refused), and the committee's panel counts against the new quorum. axe-core checks the editor.
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
  signedInContext,
  signUp,
  startApp,
} from './harness';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('the pipeline editor', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person[];
  const contexts: BrowserContext[] = [];
  const as = (person: Person) => app.api.as(person.token);

  async function pageOf(person: Person): Promise<Page> {
    const context = await signedInContext(browser, person.token);
    contexts.push(context);
    return context.newPage();
  }

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
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('an admin changes the quorum to every member, and a design then needs all three votes', async () => {
    const page = await pageOf(lead);
    await page.goto(`${app.url}/organization`);
    await page.getByRole('link', { name: 'Edit the approval pipeline' }).click();
    await page.waitForURL(/\/organization\/pipeline$/);
    const committeeStage = page.getByRole('listitem', { name: 'Committee review' });
    await committeeStage.getByLabel('Quorum').selectOption('all');
    await page.getByText('COMMITTEE_MEMBER · votes: all').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page
      .getByRole('list', { name: 'Versions' })
      .getByText(/^Version 1: default/)
      .waitFor();
    await screenshot(page, 'pipeline-editor-saved');

    // A design created now runs on version 1.
    const designId = await createDesign(app, lead, 'Industrial Electrical Troubleshooting');
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
    const MOVE = `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id stage } }`;
    const DECIDE = `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`;
    await as(lead).ok(MOVE, { designId, to: 'PARTNER_REVIEW' });
    await as(employer).ok(DECIDE, { designId, kind: 'ENDORSE' });
    await as(lead).ok(MOVE, { designId, to: 'COMMITTEE_REVIEW' });
    await as(committee[0]!).ok(DECIDE, { designId, kind: 'APPROVE' });
    await as(committee[1]!).ok(DECIDE, { designId, kind: 'APPROVE' });

    // Two of three (a majority) are not enough any more.
    const refused = await as(committee[0]!).request(MOVE, { designId, to: 'APPROVED' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(refused.errors?.[0]?.extensions?.missing).toEqual([
      expect.objectContaining({ gate: 'committeeApprovals', needed: 3, approvals: 2, committeeSize: 3 }),
    ]);
    const member = await pageOf(committee[2]!);
    await member.goto(`${app.url}/designs/${designId}`);
    await member.getByTestId('committee-tally').filter({ hasText: 'Approvals: 2 of 3 needed' }).waitFor();
    await screenshot(member, 'pipeline-quorum-all-two-of-three');

    // The third vote, cast in the browser, opens the gate.
    await member.getByRole('button', { name: 'Vote approve' }).click();
    await member.getByTestId('committee-tally').filter({ hasText: 'Approvals: 3 of 3 needed' }).waitFor();
    const approved = await as(committee[2]!).ok<{ transitionDesign: { stage: string } }>(MOVE, {
      designId,
      to: 'APPROVED',
    });
    expect(approved.transitionDesign.stage).toBe('APPROVED');
  }, 180_000);
});
