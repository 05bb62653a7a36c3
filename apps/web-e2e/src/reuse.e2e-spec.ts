/**
 * Reuse in a real browser: a logged-out visitor of the public catalog logs in from the credential
 * page and uses it as the starting point of a draft of their own institution; the lead of the
 * published design starts its next revision, and once that is published the older page says it
 * is superseded and links to the newer one. axe on each page.
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
  PASSWORD,
  Person,
  RunningApp,
  screenshot,
  signedInContext,
  signUp,
  startApp,
} from './harness';

const TITLE = 'Solar Array Commissioning';
const SKILL = 'Tests string voltages';
const OUTCOME = 'Verify a solar array against its commissioning checklist';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('reuse of published credentials', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person;
  let designId: string;
  const contexts: BrowserContext[] = [];

  const as = (person: Person) => app.api.as(person.token);
  const move = (id: string, person: Person, to: string) =>
    as(person).ok(
      `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
      { designId: id, to },
    );
  const decide = (id: string, person: Person, kind: string) =>
    as(person).ok(
      `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`,
      { designId: id, kind },
    );

  /** Through the default pipeline, the way its people would. */
  async function publish(id: string) {
    await move(id, lead, 'PARTNER_REVIEW');
    await decide(id, employer, 'ENDORSE');
    await move(id, lead, 'COMMITTEE_REVIEW');
    await decide(id, committee, 'APPROVE');
    await move(id, committee, 'APPROVED');
    await move(id, lead, 'PUBLISHED');
  }

  async function newPage(context: BrowserContext): Promise<Page> {
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Sol Faculty', { name: 'Sunny Valley College', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Eva Employer', { name: 'Bright Grid Ltd', kind: 'EMPLOYER' });
    committee = await colleague(app, lead, 'Carl Committee');
    designId = await createDesign(app, lead, TITLE);
    await as(lead).ok(
      `mutation U($id: ID!, $input: UpdateDesignInput!) { updateDesign(id: $id, input: $input) { id } }`,
      { id: designId, input: { expectedVersion: 1, hours: 30, deliveryMode: 'IN_PERSON' } },
    );
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    await addParticipant(app, lead, designId, committee, 'COMMITTEE_MEMBER');
    const { proposeSkill } = await as(employer).ok<{ proposeSkill: { id: string } }>(
      `mutation P($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
      { designId, input: { name: SKILL, priority: 'ESSENTIAL' } },
    );
    await as(lead).ok(
      `mutation A($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
      { designId, input: { statement: OUTCOME, bloomLevel: 'EVALUATE', skillIds: [proposeSkill.id] } },
    );
    await publish(designId);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('a logged-out visitor logs in from the credential page and uses it as a starting point', async () => {
    const other = await signUp(app, 'Olga Other', {
      name: 'Northern Tech Institute',
      kind: 'POST_SECONDARY',
    });
    const page = await newPage(await browser.newContext({ viewport: { width: 1366, height: 900 } }));
    await page.goto(`${app.url}/catalog/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Log in to use this as a starting point' }).click();
    await page.waitForURL('**/login?**');
    await page.getByLabel('Email').fill(other.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`**/catalog/${designId}`);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'reuse-credential-signed-in');

    await page.getByRole('button', { name: 'Use as a starting point' }).click();
    await page.waitForURL(
      (url) => /\/designs\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.includes(designId),
    );
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(SKILL).first().waitFor();
    await page.getByText(OUTCOME).first().waitFor();
    const lineage = page.getByRole('link', { name: TITLE });
    expect(await lineage.getAttribute('href')).toBe(`/catalog/${designId}`);
    const copyId = new URL(page.url()).pathname.split('/').pop()!;
    // The copy is the visitor's institution's, in drafting, led by them.
    const { design } = await as(other).ok<{
      design: { stage: string; myRole: string; institution: { name: string } };
    }>(`query D($id: ID!) { design(id: $id) { stage myRole institution { name } } }`, { id: copyId });
    expect(design).toEqual({
      stage: 'DRAFTING',
      myRole: 'LEAD',
      institution: { name: 'Northern Tech Institute' },
    });
    await expectNoSeriousViolations(page);
    await screenshot(page, 'reuse-copy');
  });

  it('an employer is not offered it', async () => {
    const page = await newPage(await signedInContext(browser, employer.token));
    await page.goto(`${app.url}/catalog/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Endorsed by').waitFor();
    expect(await page.getByRole('button', { name: 'Use as a starting point' }).count()).toBe(0);
  });

  it('the lead starts a revision; once it is published the older page is marked superseded', async () => {
    const page = await newPage(await signedInContext(browser, lead.token));
    await page.goto(`${app.url}/designs/${designId}`);
    await page.getByRole('button', { name: 'Start a new revision' }).click();
    await page.getByRole('button', { name: 'Start the revision' }).click();
    await page.waitForURL(
      (url) => /\/designs\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.includes(designId),
    );
    const revisionId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText(OUTCOME).first().waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'reuse-revision');

    await publish(revisionId);
    const visitor = await newPage(await browser.newContext({ viewport: { width: 1366, height: 900 } }));
    await visitor.goto(`${app.url}/catalog/${designId}`);
    await visitor.getByText(/Superseded: a newer version of this credential is published/).waitFor();
    expect(await visitor.getByRole('note').getByRole('link').getAttribute('href')).toBe(
      `/catalog/${revisionId}`,
    );
    await expectNoSeriousViolations(visitor);
    await screenshot(visitor, 'reuse-superseded');
    await visitor.goto(`${app.url}/catalog`);
    await visitor.getByRole('link', { name: TITLE }).waitFor();
    expect(await visitor.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(
      `/catalog/${revisionId}`,
    );
  });
});
