/**
 * The whole product for browser tests: the built API serving the built web app, as a real process
 * on a database of this test file's own, and a real Chromium driven by playwright-core.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';

import {
  createTestDatabase,
  freePort,
  GraphQLClient,
  launchBuiltApi,
  Started,
  stop,
  TestDatabase,
  waitFor,
  WORKSPACE_ROOT,
} from '@mc/testing';

/** Debian's Chromium (`.ci/run` installs it), or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(WORKSPACE_ROOT, 'test-results', 'web-e2e');

const JWT_SECRET = 'e2e-secret-that-is-long-enough-for-hs256-signing';
// Production requires SIGNING_KEY (the credential-signing Ed25519 key): one per test run.
const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

export interface RunningApp {
  url: string;
  api: GraphQLClient;
  /** The API's own test database (to read what GraphQL does not show, such as a snapshot's content). */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** `env`: settings of the API process beyond the defaults (e.g. a short ACCESS_TOKEN_TTL_SECONDS). */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  if (!existsSync(join(WORKSPACE_ROOT, 'dist', 'apps', 'web', 'index.html'))) {
    throw new Error(
      'The web app is not built: run `npx nx run-many -t build -p api web` (nx test web-e2e does)',
    );
  }
  const db: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const started: Started = launchBuiltApi({
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    JWT_SECRET,
    SIGNING_KEY,
    // Production needs a mail server; the browser tests read no mail (nothing listens on port 9).
    SMTP_URL: 'smtp://127.0.0.1:9',
    WEB_DIR: join(WORKSPACE_ROOT, 'dist', 'apps', 'web'),
    ...env,
  });
  await waitFor(started, /"msg":"API ready"/);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    api: new GraphQLClient(url),
    databaseUrl: db.url,
    stop: async () => {
      await stop(started);
      await db.drop();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context already signed in with `token` (as after a log-in in that browser). */
export async function signedInContext(browser: Browser, token: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript((value) => window.localStorage.setItem('mc.accessToken', value), token);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// ---------------------------------------------------------------------------------------------
// Live text fields (the long texts, typed into their shared document)
// ---------------------------------------------------------------------------------------------

/** The live editor named `label` once its shared text has arrived (CodeMirror's text box). */
export function liveEditor(scope: Page | Locator, label: string): Locator {
  return scope.locator('.cm-content').and(scope.getByRole('textbox', { name: label, exact: true }));
}

/**
 * Types `text` into the live editor named `label`, as a person does (keystroke by keystroke):
 * at the end of what is there, at its start, or instead of it.
 */
export async function typeLive(
  page: Page,
  scope: Page | Locator,
  label: string,
  text: string,
  where: 'end' | 'start' | 'replace' = 'end',
): Promise<void> {
  const editor = liveEditor(scope, label);
  await editor.click();
  await page.keyboard.press(
    where === 'replace' ? 'Control+A' : where === 'start' ? 'Control+Home' : 'Control+End',
  );
  if (where === 'replace') await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 20 });
}

// ---------------------------------------------------------------------------------------------
// People and designs, made through the API
// ---------------------------------------------------------------------------------------------

export interface Person {
  token: string;
  id: string;
  email: string;
  displayName: string;
}

export const PASSWORD = 'a long enough password';

export async function signUp(
  app: RunningApp,
  displayName: string,
  organization: { name: string; kind: 'POST_SECONDARY' | 'EMPLOYER' | 'COMMUNITY' },
): Promise<Person> {
  const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now().toString(36)}@e2e.example.org`;
  const { signUp: result } = await app.api.ok<{ signUp: { accessToken: string; user: { id: string } } }>(
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`,
    { input: { email, password: PASSWORD, displayName, organization } },
  );
  return { token: result.accessToken, id: result.user.id, email, displayName };
}

/** A colleague in the same organization as `admin` (through an organization invitation). */
export async function colleague(app: RunningApp, admin: Person, displayName: string): Promise<Person> {
  const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now().toString(36)}@e2e.example.org`;
  const { inviteToOrganization } = await app.api
    .as(admin.token)
    .ok<{ inviteToOrganization: { token: string } }>(
      `mutation Invite($email: String!) { inviteToOrganization(email: $email, orgRole: MEMBER) { token } }`,
      { email },
    );
  const { signUp: result } = await app.api.ok<{ signUp: { accessToken: string; user: { id: string } } }>(
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`,
    {
      input: {
        email,
        password: PASSWORD,
        displayName,
        organizationInvitationToken: inviteToOrganization.token,
      },
    },
  );
  return { token: result.accessToken, id: result.user.id, email, displayName };
}

export async function createDesign(app: RunningApp, lead: Person, title: string): Promise<string> {
  const { createDesign: design } = await app.api
    .as(lead.token)
    .ok<{ createDesign: { id: string } }>(
      `mutation Create($input: CreateDesignInput!) { createDesign(input: $input) { id } }`,
      { input: { title, summary: 'Diagnose and repair faults in industrial control panels.', hours: 40 } },
    );
  return design.id;
}

export async function addParticipant(
  app: RunningApp,
  lead: Person,
  designId: string,
  person: Person,
  role: string,
): Promise<void> {
  const { inviteToDesign } = await app.api.as(lead.token).ok<{ inviteToDesign: { token: string } }>(
    `mutation Invite($designId: ID!, $email: String!, $role: DesignRole!) {
        inviteToDesign(designId: $designId, email: $email, role: $role) { token }
      }`,
    { designId, email: person.email, role },
  );
  await app.api
    .as(person.token)
    .ok(`mutation Accept($token: String!) { acceptInvitation(token: $token) { id } }`, {
      token: inviteToDesign.token,
    });
}
