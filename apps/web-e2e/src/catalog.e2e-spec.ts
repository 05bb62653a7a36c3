/**
 * The public catalog in a real browser: a published design found by a logged-out visitor through
 * search and filters, its page with every public field and its Achievement as JSON-LD, at desktop
 * width and at 390 px, with axe on both pages.
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

const TITLE = 'Wind Turbine Maintenance </script><b>x</b>';
const SKILL = 'Inspects gearboxes';
const OUTCOME = 'Diagnose a gearbox fault from vibration data';

if (!HAS_CHROMIUM) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM}`);
}

(HAS_CHROMIUM ? describe : describe.skip)('the public catalog', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person;
  let designId: string;
  let otherId: string;
  let context: BrowserContext;
  let page: Page;

  const as = (person: Person) => app.api.as(person.token);

  async function move(id: string, person: Person, to: string) {
    await as(person).ok(
      `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
      { designId: id, to },
    );
  }

  async function decide(id: string, person: Person, kind: string) {
    await as(person).ok(
      `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`,
      { designId: id, kind },
    );
  }

  async function publish(title: string, fields: Record<string, unknown>, skill: boolean): Promise<string> {
    const id = await createDesign(app, lead, title);
    await as(lead).ok(
      `mutation U($id: ID!, $input: UpdateDesignInput!) { updateDesign(id: $id, input: $input) { id } }`,
      {
        id,
        input: { expectedVersion: 1, ...fields },
      },
    );
    await addParticipant(app, lead, id, employer, 'EMPLOYER_PARTNER');
    await addParticipant(app, lead, id, committee, 'COMMITTEE_MEMBER');
    if (skill) {
      const { proposeSkill } = await as(employer).ok<{ proposeSkill: { id: string } }>(
        `mutation P($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
        {
          designId: id,
          input: {
            name: SKILL,
            priority: 'ESSENTIAL',
            frameworkRef: {
              framework: 'ESCO',
              code: 'S8.4',
              label: 'maintain turbines',
              url: 'https://esco.example.org/s84',
            },
          },
        },
      );
      await as(lead).ok(
        `mutation A($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
        { designId: id, input: { statement: OUTCOME, bloomLevel: 'ANALYZE', skillIds: [proposeSkill.id] } },
      );
    }
    await move(id, lead, 'PARTNER_REVIEW');
    await decide(id, employer, 'ENDORSE');
    await move(id, lead, 'COMMITTEE_REVIEW');
    await decide(id, committee, 'APPROVE');
    await move(id, committee, 'APPROVED');
    await move(id, lead, 'PUBLISHED');
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Prairie Wind College', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Gale Force Energy', kind: 'EMPLOYER' });
    committee = await colleague(app, lead, 'Colin Committee');
    otherId = await publish(
      'Community Health Navigation',
      { sector: 'Health care', deliveryMode: 'ONLINE', hours: 20 },
      true,
    );
    designId = await publish(
      TITLE,
      { sector: 'Energy', deliveryMode: 'HYBRID', hours: 40, level: 'EQF 5', issuerCountry: 'CA' },
      true,
    );
    // Logged out: no token in this context.
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  const cards = () => page.locator('.catalog-card h2');

  it('lets a logged-out visitor find the design by search and by filter', async () => {
    await page.goto(`${app.url}/catalog`);
    await page.getByText('2 credentials').waitFor();
    expect(new URL(page.url()).pathname).toBe('/catalog'); // not sent to log-in
    await expectNoSeriousViolations(page);
    await screenshot(page, 'catalog-list');

    await page.getByLabel('Search').fill('turbine');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 credential', { exact: true }).waitFor();
    expect(await cards().allInnerTexts()).toEqual([TITLE]);

    await page.getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('2 credentials').waitFor();
    await page.getByLabel('Delivery').selectOption('ONLINE');
    await page.getByText('1 credential', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Community Health Navigation' }).waitFor();
    expect(await cards().allInnerTexts()).toEqual(['Community Health Navigation']);

    await page.getByLabel('Delivery').selectOption('');
    await page.getByLabel('Sector').fill('energy');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 credential', { exact: true }).waitFor();
    expect(await cards().allInnerTexts()).toEqual([TITLE]);
    await screenshot(page, 'catalog-filtered');
    expect(otherId).not.toBe(designId);
  });

  it('opens the credential page with its public fields, title, description and JSON-LD', async () => {
    await page.goto(`${app.url}/catalog?q=turbine`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/catalog/${designId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const main = page.locator('main');
    for (const text of [
      'Prairie Wind College',
      '40',
      'EQF 5',
      'Hybrid',
      OUTCOME,
      'Bloom: Analyze',
      SKILL,
      'Gale Force Energy',
    ]) {
      expect([text, (await main.innerText()).includes(text)]).toEqual([text, true]);
    }
    expect(await page.getByRole('link', { name: /ESCO S8\.4/ }).getAttribute('href')).toBe(
      'https://esco.example.org/s84',
    );
    expect(await page.getByRole('link', { name: /Achievement \(JSON\)/ }).getAttribute('href')).toBe(
      `/credentials/${designId}/achievement.json`,
    );
    expect(await page.title()).toBe(`${TITLE} · Prairie Wind College`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
      'Diagnose and repair',
    );

    const script = page.locator('script[type="application/ld+json"]');
    await script.waitFor({ state: 'attached' });
    const text = (await script.textContent()) ?? '';
    expect(text).not.toContain('</script>'); // the title's `</script>` is written \u003c/script>
    const achievement = JSON.parse(text) as { type: unknown; name: string; id: string };
    const served = (await (
      await fetch(`${app.url}/credentials/${designId}/achievement.json`)
    ).json()) as unknown;
    expect(achievement).toEqual(served);
    expect(achievement.name).toBe(TITLE);
    // The user text stayed text: no <b> element came out of the title.
    expect(await page.locator('h1 b').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'catalog-credential');
  });

  it('has no horizontal overflow at 390 px, on the list and on the credential page', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    for (const path of ['/catalog', `/catalog/${designId}`]) {
      await small.goto(`${app.url}${path}`);
      await small.locator('main h1').waitFor();
      await small.waitForLoadState('networkidle');
      const width = await small.evaluate(() => document.documentElement.scrollWidth);
      expect([path, width]).toEqual([path, 390]);
    }
    await screenshot(small, 'catalog-credential-390');
    await phone.close();
  });

  it('says so for an unknown credential instead of sending the visitor to log in', async () => {
    await page.goto(`${app.url}/catalog/8d3f7a52-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { name: 'Credential not found' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/catalog/8d3f7a52-0000-4000-8000-000000000000');
  });
});
