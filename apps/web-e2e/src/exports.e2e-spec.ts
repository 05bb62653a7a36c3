/**
 * The workspace's exports in a real browser: each file downloaded from the Exports panel (a Blob
 * download) and read back, the badge once the design is approved, and the printable brief page.
 */
import { readFile } from 'node:fs/promises';

import type { Browser, BrowserContext, Page } from 'playwright-core';

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

const TITLE = 'Solar Installation Basics';
const SKILL = 'Installs photovoltaic systems';
const OUTCOME = 'Install a rooftop photovoltaic array to code';
// User text that must stay text in the printable brief.
const HOSTILE = 'Mounts <b>rails</b> safely';

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('exports from the workspace', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let employer: Person;
  let committee: Person;
  let designId: string;
  let context: BrowserContext;
  let page: Page;

  const as = (person: Person) => app.api.as(person.token);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    lead = await signUp(app, 'Lena Faculty', { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' });
    employer = await signUp(app, 'Emma Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    committee = await colleague(app, lead, 'Colin Committee');
    designId = await createDesign(app, lead, TITLE);
    await addParticipant(app, lead, designId, employer, 'EMPLOYER_PARTNER');
    await addParticipant(app, lead, designId, committee, 'COMMITTEE_MEMBER');
    const { proposeSkill } = await as(employer).ok<{ proposeSkill: { id: string } }>(
      `mutation Propose($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`,
      {
        designId,
        input: {
          name: SKILL,
          description: HOSTILE,
          priority: 'ESSENTIAL',
          frameworkRef: {
            framework: 'ESCO',
            code: 'S6.1.2',
            label: 'install photovoltaic systems',
            url: 'http://data.europa.eu/esco/skill/e7a3c2b1',
          },
        },
      },
    );
    await as(lead).ok(
      `mutation Add($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`,
      { designId, input: { statement: OUTCOME, bloomLevel: 'APPLY', skillIds: [proposeSkill.id] } },
    );
    // An open comment thread goes into the brief.
    await as(employer).ok(`mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { designId, targetType: 'DESIGN', targetId: designId, body: HOSTILE },
    });
    context = await signedInContext(browser, lead.token);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  const exportsPanel = () => page.getByRole('region', { name: 'Exports' });

  /** Clicks a download button and reads the file the browser saved. */
  async function download(label: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exportsPanel().getByRole('button', { name: label }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async function move(person: Person, to: string) {
    await as(person).ok(
      `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
      { designId, to },
    );
  }

  async function decide(person: Person, kind: string) {
    await as(person).ok(
      `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`,
      { designId, kind },
    );
  }

  it('a draft downloads as CASE, CTDL and a Markdown brief; the badge waits for approval', async () => {
    await page.goto(`${app.url}/designs/${designId}`);
    await exportsPanel().waitFor();

    const caseFile = await download('Download CASE 1.1 package');
    expect(caseFile.name).toBe('solar-installation-basics-case.json');
    const pkg = JSON.parse(caseFile.text) as {
      CFDocument: { title: string; adoptionStatus: string };
      CFItems: Array<{ fullStatement: string; humanCodingScheme?: string }>;
      CFAssociations: Array<{ associationType: string }>;
    };
    expect(pkg.CFDocument).toMatchObject({ title: TITLE, adoptionStatus: 'Draft' });
    expect(pkg.CFItems.map((item) => item.fullStatement)).toEqual([OUTCOME, SKILL]);
    expect(pkg.CFItems[1]!.humanCodingScheme).toBe('S6.1.2');
    expect(pkg.CFAssociations.map((a) => a.associationType)).toContain('isRelatedTo');

    const ctdlFile = await download('Download CTDL (JSON-LD)');
    expect(ctdlFile.name).toBe('solar-installation-basics-ctdl.json');
    const ctdl = JSON.parse(ctdlFile.text) as Record<string, unknown>;
    expect(ctdl).toMatchObject({
      '@context': 'https://credreg.net/ctdl/schema/context/json',
      '@type': 'ceterms:MicroCredential',
      'ceterms:name': { en: TITLE },
    });
    expect(String(ctdl['ceterms:ctid'])).toMatch(/^ce-[0-9a-f-]{36}$/);

    const brief = await download('Download Brief (Markdown)');
    expect(brief.name).toBe('solar-installation-basics-brief.md');
    expect(brief.text).toContain(TITLE);
    expect(brief.text).toContain(OUTCOME);

    // The API refuses the badge before approval, and the panel says so instead of downloading.
    await exportsPanel().getByRole('button', { name: 'Download Open Badge (JSON-LD)' }).click();
    await exportsPanel().getByRole('alert').filter({ hasText: 'APPROVED or PUBLISHED' }).waitFor();
    await screenshot(page, '5-exports-panel');
  });

  it('an approved design downloads as an Open Badges 3.0 Achievement', async () => {
    await move(lead, 'PARTNER_REVIEW');
    await decide(employer, 'ENDORSE');
    await move(lead, 'COMMITTEE_REVIEW');
    await decide(committee, 'APPROVE');
    await move(committee, 'APPROVED');
    await page.reload();
    await exportsPanel().waitFor();

    const badge = await download('Download Open Badge (JSON-LD)');
    expect(badge.name).toBe('solar-installation-basics-achievement.json');
    const achievement = JSON.parse(badge.text) as Record<string, unknown>;
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: TITLE,
      creator: { type: ['Profile'], name: 'Northern Lights Polytechnic' },
    });
    expect(String(achievement.id)).toContain(`/credentials/${designId}/achievement.json`);
    expect(await exportsPanel().getByRole('alert').count()).toBe(0);
  });

  it('the printable brief shows the Markdown as text, with the app frame hidden on paper', async () => {
    await exportsPanel().getByRole('link', { name: 'Printable brief' }).click();
    const text = page.getByLabel('Brief');
    await text.waitFor();
    expect(await text.textContent()).toContain(TITLE);
    // The comment's tags are text, escaped by the brief, never elements.
    expect(await text.textContent()).toContain('&lt;b&gt;rails&lt;/b&gt;');
    expect(await page.locator('pre b').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await text.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await screenshot(page, '6-printable-brief');
  });
});
