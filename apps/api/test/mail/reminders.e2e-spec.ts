/**
 * Reminders of tasks left undone (contract mail.md), with REMINDER_AFTER_SECONDS=2: one after each
 * interval, at most three, none once the task is done.
 */
import { startTestApi, TestApi } from '../test-api';
import { decide, move, pipelineDesign } from '../workflow/workflow-factories';

import { startTestSmtp, TestSmtp } from './test-smtp';

const AFTER_SECONDS = 2;
const PUBLIC_URL = 'https://codesign.example.org';

let smtp: TestSmtp;
let api: TestApi;

beforeAll(async () => {
  smtp = await startTestSmtp();
  api = await startTestApi({ SMTP_URL: smtp.url, PUBLIC_URL, REMINDER_AFTER_SECONDS: String(AFTER_SECONDS) });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

it('an endorsement left undone is reminded after each interval, three times at most', async () => {
  const p = await pipelineDesign(api, { with: ['employer'], input: { title: 'Reminded three times' } });
  await move(p.lead, p.designId, 'PARTNER_REVIEW');
  const email = p.employer.user.email;
  const reminders = await smtp.waitFor(email, {
    kind: 'REMINDER',
    subject: /Reminded three times/,
    count: 3,
  });
  expect(reminders[0]!.text).toContain(`${PUBLIC_URL}/designs/${p.designId}`);
  expect(reminders[0]!.text).toContain('reminder 1 of at most 3');
  expect(reminders[2]!.text).toContain('reminder 3 of at most 3');
  expect(JSON.stringify(reminders[0]!.headers.get('list'))).toContain('/mail/unsubscribe/');
  // Spaced by the interval, not sent at once (the sweep may be up to a tenth of it late).
  expect(reminders[1]!.receivedAt - reminders[0]!.receivedAt).toBeGreaterThanOrEqual(
    AFTER_SECONDS * 1000 * 0.8,
  );
  await pause(AFTER_SECONDS * 3);
  expect(smtp.to(email, 'REMINDER').filter((m) => /Reminded three times/.test(m.subject))).toHaveLength(3);
}, 90_000);

it('a task done stops its reminders', async () => {
  const p = await pipelineDesign(api, { with: ['employer'], input: { title: 'Done after one' } });
  await move(p.lead, p.designId, 'PARTNER_REVIEW');
  const email = p.employer.user.email;
  await smtp.waitFor(email, { kind: 'REMINDER', subject: /Done after one/ });
  await decide(p.employer, p.designId, 'ENDORSE', 'Fits our needs');
  const after = smtp.to(email, 'REMINDER').filter((m) => /Done after one/.test(m.subject)).length;
  await pause(AFTER_SECONDS * 3);
  expect(smtp.to(email, 'REMINDER').filter((m) => /Done after one/.test(m.subject))).toHaveLength(after);
  expect(after).toBeLessThanOrEqual(2);
}, 90_000);
