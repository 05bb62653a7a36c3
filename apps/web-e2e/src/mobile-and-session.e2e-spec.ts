/**
 * Phones and expired sessions in the browser (issue 10 items 8 and 9): no page scrolls sideways
 * at 360, 390 and 430 px (log-in, sign-up, join, an invitation, the catalog and a credential page,
 * 404, my designs, the organization, the workspace and the brief; the workspace stacks its
 * columns, tables scroll in their own box), and
 * a session that expires while a comment is being typed says so, keeps the comment, and comes
 * back to the design with it after the log-in.
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
  signUp,
  startApp,
} from './harness';

const TITLE = 'Industrial Control Panel Troubleshooting';
const WIDTHS = [360, 390, 430];
// The API's shortest access-token lifetime (libs/shared/config): the session test waits it out.
const TTL_SECONDS = 60;

if (!HAS_CHROMIUM) {
  console.warn(
    `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

/** The page's width against the window's, and the first elements that stick out (to say which). */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let node = el?.parentElement ?? null; node; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    // An element that sticks out, or whose own text does (a long word in a box that fits).
    const sticksOut = (el: Element) =>
      el.getBoundingClientRect().right > width + 0.5 ||
      (getComputedStyle(el).overflowX === 'visible' &&
        el.clientWidth > 0 &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.getBoundingClientRect().left + el.scrollWidth > width + 0.5);
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => sticksOut(el) && !scrolls(el))
      .slice(0, 6)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className)} (${Math.round(el.getBoundingClientRect().right)})`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

(HAS_CHROMIUM ? describe : describe.skip)('phones and expired sessions', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: Person;
  let designId: string;
  let publishedId: string;
  let joinToken: string;
  let invitationToken: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp({ ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS) });
    browser = await launchBrowser();
    lead = await signUp(app, 'Maya Mobile', { name: 'Coast Mountain College', kind: 'POST_SECONDARY' });
    designId = await createDesign(app, lead, TITLE);
    const asLead = app.api.as(lead.token);
    const skillIds: string[] = [];
    for (const name of ['Read ladder logic diagrams', 'Isolate and lock out a panel safely']) {
      const { proposeSkill } = await asLead.ok<{ proposeSkill: { id: string } }>(
        `mutation Skill($designId: ID!, $name: String!) {
          proposeSkill(designId: $designId, input: { name: $name, priority: ESSENTIAL }) { id }
        }`,
        { designId, name },
      );
      skillIds.push(proposeSkill.id);
    }
    await asLead.ok(
      `mutation Outcome($designId: ID!, $skillIds: [ID!]) {
        addOutcome(designId: $designId, input: { statement: "Diagnose a fault in a live control panel", bloomLevel: ANALYZE, skillIds: $skillIds }) { id }
      }`,
      { designId, skillIds },
    );

    // A published design for the catalog's credential page, and links to join and to a design.
    const employer = await signUp(app, 'Eli Employer', { name: 'Aurora Electric', kind: 'EMPLOYER' });
    const committee = await colleague(app, lead, 'Cora Committee');
    publishedId = await createDesign(app, lead, 'Photovoltaic Array Commissioning and Maintenance');
    await addParticipant(app, lead, publishedId, employer, 'EMPLOYER_PARTNER');
    await addParticipant(app, lead, publishedId, committee, 'COMMITTEE_MEMBER');
    const { proposeSkill } = await app.api.as(employer.token).ok<{ proposeSkill: { id: string } }>(
      `mutation Skill($designId: ID!) {
        proposeSkill(designId: $designId, input: { name: "Commissions grid-tied photovoltaic inverters", priority: ESSENTIAL,
          frameworkRef: { framework: "ESCO", code: "S1.2.3", label: "install photovoltaic systems", url: "https://esco.example.org/a-very-long-path/s123" } }) { id }
      }`,
      { designId: publishedId },
    );
    await asLead.ok(
      `mutation Outcome($designId: ID!, $skillIds: [ID!]) {
        addOutcome(designId: $designId, input: { statement: "Commission a grid-tied photovoltaic inverter to the utility's interconnection requirements", bloomLevel: APPLY, skillIds: $skillIds }) { id }
      }`,
      { designId: publishedId, skillIds: [proposeSkill.id] },
    );
    const move = (token: string, to: string) =>
      app.api
        .as(token)
        .ok(
          `mutation Move($designId: ID!, $to: DesignStage!) { transitionDesign(designId: $designId, to: $to) { id } }`,
          { designId: publishedId, to },
        );
    const decide = (token: string, kind: string) =>
      app.api
        .as(token)
        .ok(
          `mutation Decide($designId: ID!, $kind: DecisionKind!) { recordDecision(designId: $designId, kind: $kind) { id } }`,
          { designId: publishedId, kind },
        );
    await move(lead.token, 'PARTNER_REVIEW');
    await decide(employer.token, 'ENDORSE');
    await move(lead.token, 'COMMITTEE_REVIEW');
    await decide(committee.token, 'APPROVE');
    await move(committee.token, 'APPROVED');
    await move(lead.token, 'PUBLISHED');
    const { inviteToOrganization } = await asLead.ok<{ inviteToOrganization: { token: string } }>(
      `mutation { inviteToOrganization(email: "a.colleague.with.a.long.address@coast-mountain.example.org", orgRole: MEMBER) { token } }`,
    );
    joinToken = inviteToOrganization.token;
    const { inviteToDesign } = await asLead.ok<{ inviteToDesign: { token: string } }>(
      `mutation Invite($designId: ID!) {
        inviteToDesign(designId: $designId, email: "a.partner.with.a.long.address@aurora-electric.example.org", role: EMPLOYER_PARTNER) { token }
      }`,
      { designId },
    );
    invitationToken = inviteToDesign.token;
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  /** A fresh token (each lasts only TTL_SECONDS here). */
  async function freshToken(): Promise<string> {
    const { logIn } = await app.api.ok<{ logIn: { accessToken: string } }>(
      `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`,
      { email: lead.email, password: PASSWORD },
    );
    return logIn.accessToken;
  }

  async function phone(width: number, token: string | null): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    contexts.push(context);
    if (token) {
      await context.addInitScript((value) => window.localStorage.setItem('mc.accessToken', value), token);
    }
    return context.newPage();
  }

  it('no page scrolls sideways at 360, 390 and 430 px wide', async () => {
    // Each page, and what shows that it has loaded.
    const pages: { name: string; path: string; signedIn: boolean; ready: string }[] = [
      { name: 'login', path: '/login', signedIn: false, ready: 'h1' },
      { name: 'signup', path: '/signup', signedIn: false, ready: 'h1' },
      { name: 'join', path: `/join/${joinToken}`, signedIn: false, ready: 'h1' },
      { name: 'invitation', path: `/invitations/${invitationToken}`, signedIn: false, ready: 'main dl' },
      { name: 'catalog', path: '/catalog', signedIn: false, ready: '.catalog-card h2' },
      { name: 'credential', path: `/catalog/${publishedId}`, signedIn: false, ready: 'main h1' },
      { name: 'not-found', path: '/no-such-page', signedIn: false, ready: 'h1' },
      { name: 'my-designs', path: '/', signedIn: true, ready: 'h1' },
      { name: 'organization', path: '/organization', signedIn: true, ready: 'table tbody tr' },
      { name: 'workspace', path: `/designs/${designId}`, signedIn: true, ready: 'h1' },
      { name: 'brief', path: `/designs/${designId}/brief`, signedIn: true, ready: '.brief-print-text' },
    ];
    const faults: string[] = [];
    for (const width of WIDTHS) {
      const token = await freshToken();
      const signedOut = await phone(width, null);
      const signedIn = await phone(width, token);
      for (const { name, path, signedIn: needsUser, ready } of pages) {
        const page = needsUser ? signedIn : signedOut;
        await page.goto(`${app.url}${path}`);
        await page.locator(ready).first().waitFor();
        if (name === 'workspace') {
          // Every part of it is there: the record, both columns, the matrix, history, people, exports, readiness.
          await page.getByText('Read ladder logic diagrams').first().waitFor();
        }
        if (name === 'credential') await page.getByText('Commissions grid-tied').first().waitFor();
        const { scrollWidth, width: inner, wide } = await horizontalOverflow(page);
        if (scrollWidth > inner)
          faults.push(`${name} at ${width}px: ${scrollWidth} > ${inner}: ${wide.join(', ')}`);
        if (width === 390) await screenshot(page, `mobile-390-${name}`);
      }
    }
    expect(faults).toEqual([]);
  }, 240_000);

  it(
    'an expired session says so, keeps the typed comment, and returns to the design after log-in',
    async () => {
      const page = await phone(390, await freshToken());
      await page.goto(`${app.url}/designs/${designId}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const comment = 'Check the relay wiring on panel 3 before the lab on Thursday';
      await page.getByLabel('Comment', { exact: true }).fill(comment);

      // The token expires: the socket is told `session:expired`, and the page says so (not "Reconnecting…").
      const notice = page.getByText('Your session expired.');
      await notice.waitFor({ timeout: (TTL_SECONDS + 30) * 1000 });
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, 'session-expired-login');
      await expectNoSeriousViolations(page);

      await page.getByLabel('Email').fill(lead.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/designs/${designId}`);
      await expect(page.getByLabel('Comment', { exact: true }).inputValue()).resolves.toBe(comment);
      await screenshot(page, 'session-expired-restored');
    },
    (TTL_SECONDS + 90) * 1000,
  );
});
