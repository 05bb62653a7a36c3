/**
 * Mail through the real queue to a real SMTP server started here (smtp-server), read back with
 * mailparser, and its links followed through the API (SPEC "Reaching people", contract mail.md).
 */
import { DesignSignals } from '@mc/designs';

import {
  ACCEPT_INVITATION,
  addComment,
  colleagueOf,
  founder,
  invite,
  makeDesign,
  type Person,
  unique,
} from '../designs/design-factories';
import { LOG_IN, PASSWORD, SIGN_UP } from '../identity-factories';
import { startTestApi, TestApi } from '../test-api';
import { move, pipelineDesign } from '../workflow/workflow-factories';

import { linkIn, startTestSmtp, TestSmtp } from './test-smtp';

const PUBLIC_URL = 'https://codesign.example.org';
const DIGEST_INTERVAL_SECONDS = 2;

const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { designTitle email role } }`;
const PREFERENCES = `{ notificationPreferences { email } }`;
const SET_PREFERENCES = `mutation ($email: EmailMode!) { updateNotificationPreferences(input: { email: $email }) { email } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { accessToken user { id email } } }`;

let smtp: TestSmtp;
let api: TestApi;

beforeAll(async () => {
  smtp = await startTestSmtp();
  api = await startTestApi({
    SMTP_URL: smtp.url,
    PUBLIC_URL,
    DIGEST_INTERVAL_SECONDS: String(DIGEST_INTERVAL_SECONDS),
  });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

/**
 * The mail jobs written for `to` (whatever their state), but the invitations through which the
 * factories bring people in: proves what was, or was not, queued.
 */
async function jobsFor(to: string): Promise<Array<{ state: string; kind: string }>> {
  return api.sql(
    `SELECT state, data -> 'mail' ->> 'kind' AS kind FROM pgboss.job
      WHERE name = 'mail.send' AND lower(data -> 'mail' ->> 'to') = lower($1)
        AND data -> 'mail' ->> 'kind' <> 'DESIGN_INVITATION'
      ORDER BY created_on`,
    [to],
  );
}

describe('invitations', () => {
  it('an invitation mail carries the full link, which previews the invitation and is accepted after sign-up', async () => {
    const cast = await makeDesign(api, { input: { title: 'Wind <turbine> & technician' } });
    const email = `${unique('invitee')}@example.org`;
    await invite(cast, email, 'EMPLOYER_PARTNER');

    const [mail] = await smtp.waitFor(email);
    expect(mail!.subject).toContain('Wind <turbine> & technician');
    expect(mail!.headers.has('list')).toBe(false);
    // The design title is escaped in the HTML part, and the text part holds the link in full.
    expect(mail!.html).toContain('Wind &lt;turbine&gt; &amp; technician');
    expect(mail!.html).not.toContain('<turbine>');
    const link = linkIn(mail!.text, `${PUBLIC_URL}/invitations/`);
    const token = link.slice(`${PUBLIC_URL}/invitations/`.length);

    const preview = await api.client.ok<{ invitationPreview: { designTitle: string; email: string } }>(
      PREVIEW,
      {
        token,
      },
    );
    expect(preview.invitationPreview).toMatchObject({ designTitle: 'Wind <turbine> & technician', email });

    const { signUp } = await api.client.ok<{ signUp: { accessToken: string } }>(SIGN_UP, {
      input: {
        email,
        password: PASSWORD,
        displayName: 'Invited Partner',
        organization: { name: `Employer ${unique('o')}`, kind: 'EMPLOYER' },
      },
    });
    const accepted = await api.client.as(signUp.accessToken).ok(ACCEPT_INVITATION, { token });
    expect(accepted.acceptInvitation.id).toBe(cast.designId);
  });

  it('once sent, the job row pg-boss keeps for days holds no link: the raw token is gone from the database', async () => {
    const cast = await makeDesign(api);
    const email = `${unique('forgotten')}@example.org`;
    const token = await invite(cast, email, 'FACULTY');
    const [mail] = await smtp.waitFor(email);
    expect(mail!.text).toContain(token);
    const jobOf = () =>
      api.sql<{ data: string; subject: string; text: string }>(
        `SELECT data::text AS data, data -> 'mail' ->> 'subject' AS subject, data -> 'mail' ->> 'text' AS text
           FROM pgboss.job WHERE name = 'mail.send' AND lower(data -> 'mail' ->> 'to') = $1`,
        [email],
      );
    const deadline = Date.now() + 10_000;
    while ((await jobOf())[0]?.text !== 'removed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [job] = await jobOf();
    expect(job!.text).toBe('removed');
    expect(job!.data).not.toContain(token);
    expect(job!.subject).toBe(mail!.subject);
  });

  it('a resent invitation mails the new link; the first link no longer previews', async () => {
    const cast = await makeDesign(api);
    const email = `${unique('resent')}@example.org`;
    await invite(cast, email, 'FACULTY');
    const [first] = await smtp.waitFor(email);
    const [{ id }] = await api.sql<{ id: string }>(`SELECT id FROM design_invitations WHERE email = $1`, [
      email,
    ]);
    await cast.lead.client.ok(`mutation ($id: ID!) { resendInvitation(id: $id) { id } }`, { id });

    const mails = await smtp.waitFor(email, { count: 2 });
    const firstToken = linkIn(first!.text, `${PUBLIC_URL}/invitations/`).split('/').pop()!;
    const secondToken = linkIn(mails[1]!.text, `${PUBLIC_URL}/invitations/`).split('/').pop()!;
    expect(secondToken).not.toBe(firstToken);
    expect(await api.client.errorCode(PREVIEW, { token: firstToken })).toBe('NOT_FOUND');
    expect((await api.client.request(PREVIEW, { token: secondToken })).errors).toBeUndefined();
  });

  it('an organization invitation mails PUBLIC_URL/join/<token>, with which the invitee signs up', async () => {
    const admin = await founder(api, 'EMPLOYER');
    const email = `${unique('colleague')}@example.org`;
    await admin.client.ok(
      `mutation ($email: String!) { inviteToOrganization(email: $email, orgRole: MEMBER) { id } }`,
      {
        email,
      },
    );
    const [mail] = await smtp.waitFor(email);
    expect(mail!.headers.has('list')).toBe(false);
    const token = linkIn(mail!.text, `${PUBLIC_URL}/join/`).split('/').pop()!;
    const { signUp } = await api.client.ok<{ signUp: { user: { organization: { id: string } } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { user { organization { id } } } }`,
      { input: { email, password: PASSWORD, displayName: 'Colleague', organizationInvitationToken: token } },
    );
    expect(signUp.user.organization.id).toBe(admin.user.organization.id);
  });
});

describe('notifications by mail', () => {
  it('an @mention mails the mentioned participant a link to the comment, with List-Unsubscribe', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { title: 'Solar installer' } });
    const comment = await addComment(cast.lead, {
      designId: cast.designId,
      body: `@${cast.employer.user.email} can you check the <b>wiring</b> skill?`,
    });
    const [mail] = await smtp.waitFor(cast.employer.user.email, { kind: 'MENTION' });
    expect(mail!.subject).toContain('Solar installer');
    expect(mail!.text).toContain(`${PUBLIC_URL}/designs/${cast.designId}#comment-${comment.id}`);
    expect(mail!.html).toContain('&lt;b&gt;wiring&lt;/b&gt;');
    expect(
      String(mail!.headers.get('list-unsubscribe') ?? JSON.stringify(mail!.headers.get('list'))),
    ).toContain(`${PUBLIC_URL}/mail/unsubscribe/`);
    // The author is not mailed about their own comment.
    expect(await jobsFor(cast.lead.user.email)).toEqual([]);
  });

  it('entering partner review mails each partner their endorsement task, and nobody else', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'faculty'], input: { title: 'HVAC basics' } });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const [mail] = await smtp.waitFor(p.employer.user.email, { subject: /endorsement/ });
    expect(mail!.subject).toContain('HVAC basics');
    expect(mail!.text).toContain(`${PUBLIC_URL}/designs/${p.designId}`);
    expect((await jobsFor(p.faculty.user.email)).filter((j) => j.kind === 'TASK')).toEqual([]);
    expect((await jobsFor(p.lead.user.email)).filter((j) => j.kind === 'TASK')).toEqual([]);
  });

  it('a send-back to drafting mails the lead a revision task with the reason', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1, stage: 'COMMITTEE_REVIEW' });
    await move(p.committee[0]!, p.designId, 'DRAFTING', 'The outcomes need <measurable> verbs');
    const [mail] = await smtp.waitFor(p.lead.user.email, { subject: /revision/ });
    expect(mail!.text).toContain('The outcomes need <measurable> verbs');
    expect(mail!.html).toContain('&lt;measurable&gt;');
  });

  it('OFF: no mention or task mail is even queued, but invitations still arrive', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    await cast.employer.client.ok(SET_PREFERENCES, { email: 'OFF' });
    expect(await cast.employer.client.ok(PREFERENCES)).toEqual({ notificationPreferences: { email: 'OFF' } });
    await addComment(cast.lead, {
      designId: cast.designId,
      body: `@${cast.employer.user.email} and @${cast.faculty.user.email}, please look`,
    });
    await smtp.waitFor(cast.faculty.user.email, { kind: 'MENTION' });
    expect(await jobsFor(cast.employer.user.email)).toEqual([]);

    const other = await makeDesign(api, { input: { title: 'After OFF' } });
    await invite(other, cast.employer.user.email, 'EMPLOYER_PARTNER');
    await smtp.waitFor(cast.employer.user.email, { kind: 'DESIGN_INVITATION', subject: /After OFF/ });
  });

  it('the unsubscribe link sets OFF without logging in; a forged one changes nothing', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} hello` });
    const [mail] = await smtp.waitFor(cast.employer.user.email, { kind: 'MENTION' });
    const link = linkIn(mail!.text, `${PUBLIC_URL}/mail/unsubscribe/`);
    const path = link.slice(PUBLIC_URL.length);

    const forged = await fetch(`${api.url}${path.slice(0, -2)}xx`);
    expect(forged.status).toBe(404);
    expect(await cast.employer.client.ok(PREFERENCES)).toEqual({
      notificationPreferences: { email: 'IMMEDIATE' },
    });

    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(await cast.employer.client.ok(PREFERENCES)).toEqual({ notificationPreferences: { email: 'OFF' } });
  });

  it('DAILY_DIGEST: one mail per interval listing everything, none when nothing happened', async () => {
    const cast = await makeDesign(api, { with: ['employer'], input: { title: 'Digest design' } });
    await cast.employer.client.ok(SET_PREFERENCES, { email: 'DAILY_DIGEST' });
    const first = await addComment(cast.lead, {
      designId: cast.designId,
      body: `@${cast.employer.user.email} one`,
    });
    const second = await addComment(cast.lead, {
      designId: cast.designId,
      body: `@${cast.employer.user.email} two`,
    });

    const [digest] = await smtp.waitFor(cast.employer.user.email, { kind: 'DIGEST' });
    expect(digest!.subject).toMatch(/2 updates/);
    expect(digest!.text).toContain(`#comment-${first.id}`);
    expect(digest!.text).toContain(`#comment-${second.id}`);
    expect(digest!.text).toContain('Digest design');
    // Three more intervals with nothing new: no second digest.
    await new Promise((resolve) => setTimeout(resolve, DIGEST_INTERVAL_SECONDS * 3 * 1000));
    expect(smtp.to(cast.employer.user.email, 'DIGEST')).toHaveLength(1);
    expect(smtp.to(cast.employer.user.email, 'MENTION')).toHaveLength(0);
    expect((await jobsFor(cast.employer.user.email)).map((j) => j.kind)).toEqual(['DIGEST']);
  });

  it('a rolled-back change sends nothing', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const poison = `poison-${unique('p')}`;
    // A later listener fails inside the same transaction, after the mail job was written.
    api.app.get(DesignSignals).register(async (_tx, signal) => {
      if (signal.type === 'event' && String(signal.event.data['body'] ?? '').includes(poison)) {
        throw new Error('the change fails after its mail was queued');
      }
    });
    const result = await cast.lead.client.request(
      `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      {
        input: {
          designId: cast.designId,
          targetType: 'DESIGN',
          targetId: cast.designId,
          body: `@${cast.employer.user.email} ${poison}`,
        },
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await jobsFor(cast.employer.user.email)).toEqual([]);
    // A later change does go out: the queue is working, the rolled-back one is simply absent.
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} fine` });
    const [mail] = await smtp.waitFor(cast.employer.user.email, { kind: 'MENTION' });
    expect(mail!.text).not.toContain(poison);
  });
});

const MY_NOTIFICATIONS = `{ notifications(first: 50) { id kind designId text createdAt mail { status sentAt } } }`;

interface NotificationWithMail {
  id: string;
  kind: string;
  designId: string;
  text: string;
  createdAt: string;
  mail: { status: string; sentAt: string | null } | null;
}

async function notificationsOf(person: Person, designId: string, kind?: string) {
  const { notifications } = await person.client.ok<{ notifications: NotificationWithMail[] }>(
    MY_NOTIFICATIONS,
  );
  return notifications.filter((n) => n.designId === designId && (!kind || n.kind === kind));
}

/** The person's one notification of `kind` about the design, once its mail reached `status`. */
async function notificationOnceMail(person: Person, designId: string, kind: string, status: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [notification] = await notificationsOf(person, designId, kind);
    if (notification?.mail?.status === status) return notification;
    if (Date.now() > deadline) throw new Error(`mail never ${status}: ${JSON.stringify(notification)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('each notification says whether its mail went out', () => {
  it('a mention: SENT, with the time the mail server accepted it', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} look` });
    await smtp.waitFor(cast.employer.user.email, { kind: 'MENTION' });
    const notification = await notificationOnceMail(cast.employer, cast.designId, 'MENTION', 'SENT');
    expect(Date.parse(notification.mail!.sentAt!)).toBeGreaterThanOrEqual(Date.parse(notification.createdAt));
    // The author's own view of the design has no notification, hence no mail state, for it.
    expect(await notificationsOf(cast.lead, cast.designId, 'MENTION')).toEqual([]);
  });

  it('a mail server refusing for now: QUEUED while it is retried, then SENT', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const refusedBefore = smtp.refusals();
    smtp.refuseNext(451);
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} retry` });
    const deadline = Date.now() + 30_000;
    while (smtp.refusals() === refusedBefore && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [waiting] = await notificationsOf(cast.employer, cast.designId, 'MENTION');
    if (smtp.to(cast.employer.user.email, 'MENTION').length === 0) {
      expect(waiting!.mail).toEqual({ status: 'QUEUED', sentAt: null });
    }
    await smtp.waitFor(cast.employer.user.email, { kind: 'MENTION', timeoutMs: 60_000 });
    await notificationOnceMail(cast.employer, cast.designId, 'MENTION', 'SENT');
  }, 90_000);

  it('OFF: the notification says the mail was off; nothing was sent', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    await cast.employer.client.ok(SET_PREFERENCES, { email: 'OFF' });
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} quiet` });
    const [notification] = await notificationsOf(cast.employer, cast.designId, 'MENTION');
    expect(notification!.mail).toEqual({ status: 'OFF', sentAt: null });
    expect(await jobsFor(cast.employer.user.email)).toEqual([]);
  });

  it('DAILY_DIGEST: IN_DIGEST until the digest goes out, then SENT', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    await cast.employer.client.ok(SET_PREFERENCES, { email: 'DAILY_DIGEST' });
    await addComment(cast.lead, { designId: cast.designId, body: `@${cast.employer.user.email} later` });
    const [waiting] = await notificationsOf(cast.employer, cast.designId, 'MENTION');
    if (!smtp.to(cast.employer.user.email, 'DIGEST').length) {
      expect(waiting!.mail).toEqual({ status: 'IN_DIGEST', sentAt: null });
    }
    await smtp.waitFor(cast.employer.user.email, { kind: 'DIGEST' });
    await notificationOnceMail(cast.employer, cast.designId, 'MENTION', 'SENT');
  });

  it('a stage change: SENT to the partner whose task it starts, no mail to a participant without one', async () => {
    const p = await pipelineDesign(api, { with: ['employer', 'faculty'] });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await smtp.waitFor(p.employer.user.email, { subject: /endorsement/ });
    await notificationOnceMail(p.employer, p.designId, 'STAGE_CHANGED', 'SENT');
    const [faculty] = await notificationsOf(p.faculty, p.designId, 'STAGE_CHANGED');
    expect(faculty!.mail).toBeNull();
  });

  it('an invitation to someone with an account: its notification shows the invitation mail SENT', async () => {
    const cast = await makeDesign(api);
    const partner = await founder(api, 'EMPLOYER');
    await invite(cast, partner.user.email, 'EMPLOYER_PARTNER');
    await smtp.waitFor(partner.user.email, { kind: 'DESIGN_INVITATION' });
    await notificationOnceMail(partner, cast.designId, 'INVITATION', 'SENT');
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets the password and logs in; older links end', async () => {
    const person = await founder(api, 'EMPLOYER');
    const email = person.user.email;
    expect(await api.client.ok(REQUEST_RESET, { email: email.toUpperCase() })).toEqual({
      requestPasswordReset: true,
    });
    expect(await api.client.ok(REQUEST_RESET, { email })).toEqual({ requestPasswordReset: true });
    const mails = await smtp.waitFor(email, { count: 2 });
    expect(mails[0]!.headers.has('list')).toBe(false);
    const [older, newer] = mails.map((m) =>
      linkIn(m.text, `${PUBLIC_URL}/reset-password/`).split('/').pop()!,
    );

    expect(await api.client.errorCode(RESET, { token: newer, password: 'short' })).toBe('BAD_USER_INPUT');
    const { resetPassword } = await api.client.ok<{
      resetPassword: { accessToken: string; user: { id: string } };
    }>(RESET, { token: newer, password: 'a brand new password' });
    expect(resetPassword.user.id).toBe(person.user.id);
    const me = await api.client.as(resetPassword.accessToken).ok<{ me: { id: string } }>(`{ me { id } }`);
    expect(me.me.id).toBe(person.user.id);

    expect(await api.client.errorCode(RESET, { token: newer, password: 'another new password' })).toBe(
      'NOT_FOUND',
    );
    expect(await api.client.errorCode(RESET, { token: older, password: 'another new password' })).toBe(
      'NOT_FOUND',
    );
    expect(await api.client.errorCode(LOG_IN, { email, password: PASSWORD })).toBe('UNAUTHENTICATED');
    expect(
      (await api.client.request(LOG_IN, { email, password: 'a brand new password' })).errors,
    ).toBeUndefined();
  });

  it('an unknown email answers true too, and nothing is mailed', async () => {
    const email = `${unique('nobody')}@example.org`;
    expect(await api.client.ok(REQUEST_RESET, { email })).toEqual({ requestPasswordReset: true });
    expect(await jobsFor(email)).toEqual([]);
    expect(
      await api.client.errorCode(RESET, { token: 'x'.repeat(43), password: 'a brand new password' }),
    ).toBe('NOT_FOUND');
  });

  it('requests are rate-limited per email like log-ins', async () => {
    const person = await colleagueOf(api, await founder(api, 'EMPLOYER'));
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 7; i += 1) {
      const result = await api.client.request(REQUEST_RESET, { email: person.user.email });
      codes.push(result.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
