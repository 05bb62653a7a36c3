/**
 * Mail that must not be lost nor doubled (contract mail.md): a mail server refusing or down, two
 * API processes on one database, a process killed with SIGKILL right after its commit.
 */
import {
  createTestDatabase,
  freePort,
  GraphQLClient,
  launchApiFromSource as launch,
  Started,
  TestDatabase,
  waitFor,
} from '@mc/testing';

import { invite, makeDesign, unique } from '../designs/design-factories';
import { startTestApi, TEST_JWT_SECRET, TestApi } from '../test-api';

import { linkIn, startTestSmtp, TestSmtp } from './test-smtp';

const PUBLIC_URL = 'https://codesign.example.org';

describe('a mail server that refuses or is down', () => {
  let smtp: TestSmtp;
  let api: TestApi;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    api = await startTestApi({ SMTP_URL: smtp.url, PUBLIC_URL });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('refusing (451, then 550) and then accepting: the mail arrives exactly once', async () => {
    const cast = await makeDesign(api, { input: { title: 'Refused twice' } });
    const email = `${unique('refused')}@example.org`;
    smtp.refuseNext(451, 550);
    const refusedBefore = smtp.refusals();
    await invite(cast, email, 'FACULTY');
    await smtp.waitFor(email, { timeoutMs: 60_000 });
    expect(smtp.refusals() - refusedBefore).toBe(2);
    // Well after: still one.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(smtp.to(email)).toHaveLength(1);
    const [job] = await api.sql<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM pgboss.job WHERE name = 'mail.send' AND data -> 'mail' ->> 'to' = $1`,
      [email],
    );
    expect(job).toEqual({ state: 'completed', retry_count: 2 });
  }, 90_000);

  it('down, then back: the mail goes out once it is back', async () => {
    // An API whose mail server is not there yet: nothing listens on its port.
    const port = await freePort();
    const offline = await startTestApi({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL });
    let later: TestSmtp | undefined;
    try {
      const cast = await makeDesign(offline);
      const email = `${unique('down')}@example.org`;
      await invite(cast, email, 'FACULTY');
      const retries = async () =>
        (
          await offline.sql<{ retry_count: number }>(
            `SELECT retry_count FROM pgboss.job WHERE name = 'mail.send' AND data -> 'mail' ->> 'to' = $1`,
            [email],
          )
        )[0]?.retry_count ?? 0;
      while ((await retries()) < 1) await new Promise((resolve) => setTimeout(resolve, 200));
      later = await startTestSmtp(port);
      await later.waitFor(email, { timeoutMs: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(later.to(email)).toHaveLength(1);
    } finally {
      await offline.close();
      await later?.close();
    }
  }, 120_000);
});

describe('API processes', () => {
  let db: TestDatabase;
  let smtp: TestSmtp;
  const running: Started[] = [];

  async function start(): Promise<{ url: string; started: Started }> {
    const port = await freePort();
    const started = launch({
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      JWT_SECRET: TEST_JWT_SECRET,
      SMTP_URL: smtp.url,
      PUBLIC_URL,
    });
    running.push(started);
    await waitFor(started, /"msg":"API ready"/);
    return { url: `http://127.0.0.1:${port}`, started };
  }

  function through(url: string): TestApi {
    return { url, client: new GraphQLClient(url) } as unknown as TestApi;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    for (const started of running) {
      if (started.process.exitCode === null && started.process.signalCode === null) {
        started.process.kill('SIGTERM');
        await started.exited;
      }
    }
    await smtp?.close();
    await db?.drop();
  });

  it('two instances on one database: each mail goes out once', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const castA = await makeDesign(through(a.url));
    const castB = await makeDesign(through(b.url));
    const emails = Array.from({ length: 20 }, () => `${unique('twice')}@example.org`);
    await Promise.all(emails.map((email, i) => invite(i % 2 ? castA : castB, email, 'FACULTY')));
    for (const email of emails) await smtp.waitFor(email, { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1);
    // Both instances took part: the queue is shared, not one instance's.
    const sentBy = [a, b].map(
      (instance) => (instance.started.output().match(/sent DESIGN_INVITATION mail/g) ?? []).length,
    );
    expect(sentBy[0]! + sentBy[1]!).toBeGreaterThanOrEqual(emails.length);
    for (const started of [a.started, b.started]) {
      started.process.kill('SIGTERM');
      await started.exited;
    }
  }, 180_000);

  it('killed with SIGKILL right after the commit: the mail goes out after the restart, once', async () => {
    const first = await start();
    const cast = await makeDesign(through(first.url));
    const email = `${unique('killed')}@example.org`;
    // The invitation commits and answers; the process dies at once, before or while it sends.
    await invite(cast, email, 'FACULTY');
    first.started.process.kill('SIGKILL');
    await first.started.exited;
    const sentBeforeDeath = smtp.to(email).length;

    const second = await start();
    await smtp.waitFor(email, { timeoutMs: 150_000 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const mails = smtp.to(email);
    expect(mails).toHaveLength(1);
    expect(linkIn(mails[0]!.text, `${PUBLIC_URL}/invitations/`)).toBeTruthy();
    expect(
      sentBeforeDeath + (second.started.output().match(/sent DESIGN_INVITATION mail/g) ?? []).length,
    ).toBe(1);
  }, 240_000);
});
