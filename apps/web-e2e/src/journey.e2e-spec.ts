/**
 * The whole journey of issue 10, through the web app only, in Chromium: an institution is founded
 * (sign-up as a college's first admin), two colleagues are invited to the organization and join
 * through /join/<token>, the lead starts a design and fills every field of the record, invites an
 * employer partner by email whose link previews the invitation logged out and signs up from there,
 * the partner proposes a skill and endorses, the committee votes to its majority and approves, the
 * lead publishes, the badge (Open Badges 3.0 JSON) and the brief are downloaded and read back, and a
 * logged-out visitor finds the credential on /catalog. No step goes through the API. Each step is
 * screenshotted (test-results/web-e2e/journey-*.png) and every page is checked with axe.
 */
import { readFile } from 'node:fs/promises';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoSeriousViolations } from './axe';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  launchBrowser,
  PASSWORD,
  RunningApp,
  screenshot,
  startApp,
  typeLive,
} from './harness';

const INSTITUTION = 'Tidewater Polytechnic';
const EMPLOYER = 'Harbourline Marine Electric';
const TITLE = 'Marine Electrical Systems Troubleshooting';
const SKILL = 'Diagnoses faults in shipboard power distribution';
const OUTCOME = 'Diagnose a fault in a shipboard switchboard using the wiring diagrams';

/** Every field of the design record (apps/web/src/workspace/fields/design-field-defs.ts), as typed. */
/** `live`: a long text, typed into its shared document (it has no Edit button while drafting). */
const RECORD: ReadonlyArray<{ label: string; value: string; select?: boolean; live?: string }> = [
  {
    label: 'Summary',
    value: 'Find and fix faults in the electrical systems of working vessels.',
    live: 'summary',
  },
  { label: 'Sector', value: 'Marine trades' },
  {
    label: 'Target learners',
    value: 'Licensed electricians moving into marine work',
    live: 'targetLearners',
  },
  { label: 'Prerequisites', value: 'A journeyperson electrical ticket', live: 'prerequisites' },
  { label: 'Language', value: 'en' },
  { label: 'Country or region of the issuer', value: 'CA-BC' },
  { label: 'Level', value: 'EQF 5' },
  { label: 'Hours of learning', value: '60' },
  { label: 'Delivery mode', value: 'HYBRID', select: true },
  { label: 'Form of participation', value: 'Supervised on site in the shipyard lab; identity checked' },
  { label: 'Price', value: 'CAD 850' },
  {
    label: 'Assessment approach',
    value: 'A practical fault-finding exam on a training switchboard',
    live: 'assessmentApproach',
  },
  { label: 'Quality assurance body', value: 'The polytechnic’s program quality council' },
  { label: 'Credit value', value: '4' },
  { label: 'Stackability', value: 'Counts towards the marine electrical diploma' },
  { label: 'Validity period', value: '5 years' },
];

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

(HAS_CHROMIUM ? describe : describe.skip)('the whole journey, in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const stamp = Date.now().toString(36);
  const emailOf = (name: string) => `${name}.${stamp}@journey.example.org`;
  let step = 0;

  /** A screenshot named after the step, and axe on the page as it is. */
  async function checkpoint(page: Page, name: string): Promise<void> {
    step += 1;
    await screenshot(page, `journey-${String(step).padStart(2, '0')}-${name}`);
    await expectNoSeriousViolations(page);
  }

  const pages: Page[] = [];
  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('founds an institution, builds and publishes a credential that a visitor finds', async () => {
    try {
      await walk();
    } catch (error) {
      // A failed step leaves a picture of every open page, to see where the walk stopped.
      for (const [index, page] of pages.entries()) {
        await screenshot(page, `journey-failed-page-${index + 1}`).catch(() => undefined);
      }
      throw error;
    }
  }, 420_000);

  async function walk(): Promise<void> {
    // --- The institution is founded: its first user signs up and is its admin. -------------------
    const lead = await freshPage();
    await lead.goto(`${app.url}/`);
    await lead.getByRole('heading', { name: 'Log in' }).waitFor();
    await lead.getByRole('link', { name: /create an account|sign up/i }).click();
    await lead.getByRole('heading', { name: 'Create an account' }).waitFor();
    await checkpoint(lead, 'sign-up');
    await lead.getByLabel('Your name').fill('Farah Faculty');
    await lead.getByLabel('Email').fill(emailOf('farah'));
    await lead.getByLabel(/^Password/).fill(PASSWORD);
    await lead.getByLabel('Organization', { exact: true }).fill(INSTITUTION);
    await lead.getByLabel('Kind of organization').selectOption('POST_SECONDARY');
    await lead.getByRole('button', { name: 'Create account' }).click();
    await lead.getByRole('heading', { name: 'My designs' }).waitFor();
    await lead.getByTestId('no-designs-yet').waitFor();
    await checkpoint(lead, 'institution-founded');

    // --- Two colleagues are invited to the organization and join through /join/<token>. ----------
    await lead.getByRole('link', { name: INSTITUTION }).click();
    await lead.getByRole('heading', { name: 'Members' }).waitFor();
    await checkpoint(lead, 'organization');
    const committee: Array<{ name: string; email: string; page?: Page }> = [
      { name: 'Colin Committee', email: emailOf('colin') },
      { name: 'Carla Committee', email: emailOf('carla') },
    ];
    for (const member of committee) {
      await lead.getByLabel('Email').fill(member.email);
      await lead.getByRole('button', { name: 'Invite' }).click();
      // The link shown names whom it is for (the second replaces the first).
      await lead.getByRole('status').filter({ hasText: member.email }).waitFor();
      const url = (await lead.getByTestId('join-link').textContent()) ?? '';
      expect(url).toMatch(new RegExp(`^${app.url}/join/\\S+$`));

      const page = await freshPage();
      await page.goto(url);
      await page.getByRole('heading', { name: 'Join your colleagues' }).waitFor();
      if (member === committee[0]) await checkpoint(page, 'join');
      await page.getByLabel('Your name').fill(member.name);
      await page.getByLabel('Email').fill(member.email);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'My designs' }).waitFor();
      // They joined the institution (not a new one of the same name).
      await page.getByRole('link', { name: INSTITUTION }).waitFor();
      member.page = page;
    }
    await lead.reload();
    for (const member of committee) await lead.getByRole('cell', { name: member.email }).waitFor();
    await checkpoint(lead, 'colleagues-joined');

    // --- The lead starts a design and fills every field of the record. ---------------------------
    await lead.getByRole('link', { name: 'Co-design' }).click();
    await lead.getByRole('heading', { name: 'Start a design' }).waitFor();
    await lead.getByLabel('Title').fill(TITLE);
    await lead.getByRole('button', { name: 'Create' }).click();
    await lead.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    const designPath = new URL(lead.url()).pathname;
    expect(designPath).toMatch(/^\/designs\/[0-9a-f-]{36}$/);
    const record = lead.getByRole('region', { name: 'Design record' });
    for (const field of RECORD) {
      if (field.live) {
        await typeLive(lead, record, field.label, field.value);
        continue;
      }
      await record.getByRole('button', { name: `Edit ${field.label}`, exact: true }).click();
      const input = record.getByLabel(field.label, { exact: true });
      if (field.select) await input.selectOption(field.value);
      else await input.fill(field.value);
      await record.getByRole('button', { name: 'Save' }).click();
      await record.getByRole('button', { name: `Edit ${field.label}`, exact: true }).waitFor();
    }
    // The typed texts are stored within seconds of the last keystroke: wait until GraphQL has them.
    const token = await lead.evaluate(() => window.localStorage.getItem('mc.accessToken'));
    const designId = designPath.split('/').pop();
    for (let stored = false; !stored;) {
      const { design } = await app.api
        .as(token ?? '')
        .ok<{ design: Record<string, string | null> }>(
          `query Live($id: ID!) { design(id: $id) { summary targetLearners prerequisites assessmentApproach } }`,
          { id: designId },
        );
      stored = RECORD.every((field) => !field.live || design[field.live] === field.value);
      if (!stored) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Every field reads back as saved (after a reload: from the server, not the form).
    await lead.reload();
    await lead.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    const shown = await record.locator('.ws-field').allInnerTexts();
    for (const field of RECORD) {
      const expected = field.select ? 'Hybrid' : field.value;
      expect([
        field.label,
        shown.some((text) => text.includes(field.label) && text.includes(expected)),
      ]).toEqual([field.label, true]);
    }
    expect(await record.getByText('Not set', { exact: true }).count()).toBe(0);
    await checkpoint(lead, 'record-filled');

    // --- The lead invites the employer partner and both committee members from People. -----------
    const people = lead.getByRole('region', { name: 'People' });
    async function invite(email: string, role: string): Promise<string> {
      await people.getByLabel('Email', { exact: true }).fill(email);
      await people.getByLabel('Role').selectOption({ label: role });
      await people.getByRole('button', { name: 'Invite' }).click();
      // The link shown is this invitation's (it names the email; the next one replaces it).
      await people.getByText(`Send this link to ${email} (${role})`).waitFor();
      const value = await people.getByLabel('Invitation link').inputValue();
      expect(value).toMatch(new RegExp(`^${app.url}/invitations/\\S+$`));
      return value;
    }
    const partnerEmail = emailOf('hana');
    const partnerLink = await invite(partnerEmail, 'Employer partner');
    const committeeLinks: string[] = [];
    for (const member of committee) committeeLinks.push(await invite(member.email, 'Committee member'));
    await lead
      .getByRole('region', { name: 'Pending invitations' })
      .getByText(partnerEmail, { exact: true })
      .waitFor();
    await checkpoint(lead, 'invitations-sent');

    // --- The partner, logged out, previews the invitation and signs up from it. ------------------
    const partner = await freshPage();
    await partner.goto(partnerLink);
    await partner.getByRole('heading', { level: 1, name: `You are invited to “${TITLE}”` }).waitFor();
    const facts = (await partner.locator('dl').textContent()) ?? '';
    for (const fact of [INSTITUTION, 'Farah Faculty', 'Employer partner', partnerEmail]) {
      expect([fact, facts.includes(fact)]).toEqual([fact, true]);
    }
    await checkpoint(partner, 'invitation-preview');
    await partner.getByRole('link', { name: 'Create an account' }).click();
    await partner.getByRole('heading', { name: 'Create an account' }).waitFor();
    expect(await partner.getByLabel('Email').inputValue()).toBe(partnerEmail);
    await partner.getByLabel('Your name').fill('Hana Harbourline');
    await partner.getByLabel(/^Password/).fill(PASSWORD);
    await partner.getByLabel('Organization', { exact: true }).fill(EMPLOYER);
    await partner.getByLabel('Kind of organization').selectOption('EMPLOYER');
    await checkpoint(partner, 'partner-sign-up');
    await partner.getByRole('button', { name: 'Create account' }).click();
    await partner.getByRole('button', { name: 'Accept invitation' }).click();
    await partner.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(new URL(partner.url()).pathname).toBe(designPath);

    // The committee members accept theirs, logged in.
    for (const [index, member] of committee.entries()) {
      const page = member.page!;
      await page.goto(committeeLinks[index]!);
      await page.getByRole('button', { name: 'Accept invitation' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    }

    // --- The partner proposes the essential skill; the lead writes the outcome that covers it. ---
    await partner.getByLabel('Skill name').fill(SKILL);
    await partner.getByLabel('Priority').selectOption('ESSENTIAL');
    await partner.getByLabel('Framework', { exact: true }).fill('ESCO');
    await partner.getByLabel('Code', { exact: true }).fill('S1.8.3');
    await partner.getByLabel('Label', { exact: true }).fill('troubleshoot electrical systems');
    await partner.getByLabel('URL', { exact: true }).fill('https://esco.example.org/s183');
    await partner.getByRole('button', { name: 'Propose skill' }).click();
    await partner.getByRole('region', { name: 'Skills' }).getByText(SKILL).waitFor();
    await checkpoint(partner, 'partner-proposed-skill');

    await lead.getByRole('region', { name: 'Skills' }).getByText(SKILL).waitFor();
    await lead.getByLabel('Outcome statement').fill(OUTCOME);
    await lead.getByLabel('Bloom level').selectOption('ANALYZE');
    await lead.getByRole('group', { name: 'Covers skills' }).getByLabel(SKILL).check();
    await lead.getByRole('button', { name: 'Add outcome' }).click();
    await lead.getByRole('region', { name: 'Learning outcomes' }).getByText(OUTCOME).waitFor();
    await lead
      .getByRole('table', { name: 'Alignment matrix' })
      .getByText('Uncovered essential skill')
      .waitFor({ state: 'detached' });
    await checkpoint(lead, 'outcome-covers-skill');

    // --- Partner review: the partner endorses. ----------------------------------------------------
    await lead.getByRole('button', { name: 'Submit to partner review' }).click();
    await partner.locator('.workspace-header .stage-badge', { hasText: 'Partner review' }).waitFor();
    await partner.getByLabel('Note').fill('This is what our technicians do at sea.');
    await partner.getByRole('button', { name: 'Endorse' }).click();
    await partner.getByText(`${EMPLOYER} (endorsed)`).waitFor();
    await checkpoint(partner, 'partner-endorsed');

    // --- Committee review: two of two vote to approve, the second is offered the move. -----------
    await lead.getByText(`${EMPLOYER} (endorsed)`).waitFor();
    await lead.getByRole('button', { name: 'Submit to committee review' }).click();
    const [colin, carla] = committee.map((member) => member.page!);
    for (const page of [colin!, carla!]) {
      await page.locator('.workspace-header .stage-badge', { hasText: 'Committee review' }).waitFor();
    }
    await colin!.getByRole('button', { name: 'Vote approve' }).click();
    const tally = carla!.getByTestId('committee-tally');
    await tally.filter({ hasText: 'Approvals: 1 of 2 needed (2 committee members).' }).waitFor();
    await checkpoint(carla!, 'committee-one-vote');
    await carla!.getByRole('button', { name: 'Vote approve' }).click();
    await tally.filter({ hasText: 'The approvals needed are in' }).waitFor();
    await carla!.getByText('Next step:').waitFor();
    await checkpoint(carla!, 'committee-majority');
    await carla!.getByRole('button', { name: 'Approve design' }).click();
    await carla!.locator('.workspace-header .stage-badge', { hasText: 'Approved' }).waitFor();

    // --- Published by the lead. ----------------------------------------------------------------
    await lead.locator('.workspace-header .stage-badge', { hasText: 'Approved' }).waitFor();
    await lead.getByRole('button', { name: 'Publish' }).click();
    await lead.locator('.workspace-header .stage-badge', { hasText: 'Published' }).waitFor();
    await checkpoint(lead, 'published');

    // --- The badge and the brief, downloaded and read back. ------------------------------------
    const exportsPanel = lead.getByRole('region', { name: 'Exports' });
    async function download(label: string): Promise<{ name: string; text: string }> {
      const [file] = await Promise.all([
        lead.waitForEvent('download'),
        exportsPanel.getByRole('button', { name: label }).click(),
      ]);
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    }
    const badge = await download('Download Open Badge (JSON-LD)');
    expect(badge.name).toBe('marine-electrical-systems-troubleshooting-achievement.json');
    const achievement = JSON.parse(badge.text) as Record<string, unknown> & {
      id: string;
      alignment?: Array<{ targetName: string; targetUrl: string }>;
    };
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: TITLE,
      creator: { type: ['Profile'], name: INSTITUTION },
    });
    expect(achievement.id.endsWith(`/credentials/${designPath.split('/')[2]}/achievement.json`)).toBe(true);
    expect(badge.text).toContain(OUTCOME);
    expect(badge.text).toContain('https://esco.example.org/s183');

    const brief = await download('Download Brief (Markdown)');
    expect(brief.name).toBe('marine-electrical-systems-troubleshooting-brief.md');
    for (const text of [TITLE, OUTCOME, SKILL, EMPLOYER, 'CAD 850', '5 years', 'EQF 5']) {
      expect([text, brief.text.includes(text)]).toEqual([text, true]);
    }
    await exportsPanel.getByRole('link', { name: 'Printable brief' }).click();
    await lead.getByLabel('Brief').waitFor();
    expect(await lead.getByLabel('Brief').textContent()).toContain(OUTCOME);
    await checkpoint(lead, 'printable-brief');

    // The lead finds it too, from the header's link to the public catalog.
    await lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await lead.getByRole('link', { name: TITLE }).waitFor();
    expect(new URL(lead.url()).pathname).toBe('/catalog');

    // --- A logged-out visitor finds it on the catalog. -----------------------------------------
    const visitor = await freshPage();
    await visitor.goto(`${app.url}/catalog`);
    await visitor.getByRole('heading', { level: 1 }).first().waitFor();
    expect(new URL(visitor.url()).pathname).toBe('/catalog');
    await visitor.getByLabel('Search').fill('marine electrical');
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.waitForURL(/[?&]q=marine/);
    await visitor.getByText('1 credential', { exact: true }).waitFor();
    expect(await visitor.locator('.catalog-card h2').allInnerTexts()).toEqual([TITLE]);
    await checkpoint(visitor, 'catalog-found');
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    const main = await visitor.locator('main').innerText();
    for (const text of [INSTITUTION, OUTCOME, SKILL, EMPLOYER, 'EQF 5', 'Hybrid']) {
      expect([text, main.includes(text)]).toEqual([text, true]);
    }
    expect(await visitor.title()).toBe(`${TITLE} · ${INSTITUTION}`);
    await checkpoint(visitor, 'catalog-credential');
  }
});
