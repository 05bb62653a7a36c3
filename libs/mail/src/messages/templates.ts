/**
 * The mail templates: pure functions from an explicit view of what a message tells to its subject,
 * text part and HTML part. User text (titles, names, comments) is escaped where it enters the HTML;
 * every link appears in full in the text part.
 */
import type { RenderedMail } from './outgoing-mail';

const PRODUCT = 'Co-design';

/** The task a stage change or a reminder is about. */
export type TaskAsk =
  'ENDORSE' | 'VOTE' | 'PUBLISH' | 'REVISE' | 'SUBMIT' | 'REVIEW_SUGGESTION' | 'ANSWER_MENTION';

const ASKS: Record<TaskAsk, string> = {
  ENDORSE: 'Your organization’s endorsement is needed',
  VOTE: 'Your vote is needed',
  PUBLISH: 'It is approved and ready for you to publish',
  REVISE: 'It was sent back to you for revision',
  SUBMIT: 'It is ready for you to submit',
  REVIEW_SUGGESTION: 'A suggested change waits for your review',
  ANSWER_MENTION: 'A comment that mentions you waits for an answer',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line for a subject: no line breaks (header injection), cut to a readable length. */
function oneLine(text: string, max = 120): string {
  const line = text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function quote(text: string, max = 400): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

interface Layout {
  subject: string;
  /** Paragraphs of plain text (escaped for HTML here). */
  paragraphs: string[];
  action: { label: string; url: string };
  /** Shown at the foot of optional mail. */
  unsubscribeUrl?: string;
  /** Shown below the action, e.g. how long a link works. */
  note?: string;
}

function render(layout: Layout): RenderedMail {
  const footer = layout.unsubscribeUrl
    ? `You get this mail because of your notification settings. To get no more of it: ${layout.unsubscribeUrl}`
    : null;
  const text = [
    ...layout.paragraphs,
    `${layout.action.label}: ${layout.action.url}`,
    ...(layout.note ? [layout.note] : []),
    ...(footer ? ['--', footer] : []),
  ].join('\n\n');
  const p = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">',
    ...layout.paragraphs.map((paragraph) => p(escapeHtml(paragraph))),
    p(
      `<a href="${escapeHtml(layout.action.url)}" style="display:inline-block;padding:8px 16px;background:#1d4ed8;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(layout.action.label)}</a>`,
    ),
    p(`Or open this link: <a href="${escapeHtml(layout.action.url)}">${escapeHtml(layout.action.url)}</a>`),
    ...(layout.note ? [p(escapeHtml(layout.note))] : []),
    ...(layout.unsubscribeUrl
      ? [
          `<p style="margin:24px 0 0;font-size:12px;color:#555">You get this mail because of your notification settings. <a href="${escapeHtml(layout.unsubscribeUrl)}">Unsubscribe</a></p>`,
        ]
      : []),
    '</body></html>',
  ].join('');
  return { subject: oneLine(layout.subject, 200), text, html };
}

const roleWords = (role: string) => role.toLowerCase().replace(/_/g, ' ');

export function designInvitationMail(view: {
  inviterName: string;
  designTitle: string;
  role: string;
  link: string;
  expiresAt: Date;
}): RenderedMail {
  return render({
    subject: `${oneLine(view.inviterName, 60)} invited you to “${oneLine(view.designTitle)}”`,
    paragraphs: [
      `${view.inviterName} invited you to take part in “${view.designTitle}” as ${roleWords(view.role)} on ${PRODUCT}.`,
      'Open the invitation to see what it is about; you can sign up or log in from there.',
    ],
    action: { label: 'Open the invitation', url: view.link },
    note: `The link works once, until ${view.expiresAt.toUTCString()}.`,
  });
}

export function organizationInvitationMail(view: {
  inviterName: string;
  organizationName: string;
  orgRole: string;
  link: string;
  expiresAt: Date;
}): RenderedMail {
  return render({
    subject: `${oneLine(view.inviterName, 60)} invited you to join ${oneLine(view.organizationName)} on ${PRODUCT}`,
    paragraphs: [
      `${view.inviterName} invited you to join ${view.organizationName} on ${PRODUCT} as ${roleWords(view.orgRole)}.`,
    ],
    action: { label: 'Create your account', url: view.link },
    note: `The link works once, until ${view.expiresAt.toUTCString()}.`,
  });
}

export function mentionMail(view: {
  actorName: string;
  designTitle: string;
  body: string;
  link: string;
  unsubscribeUrl: string;
}): RenderedMail {
  return render({
    subject: `${oneLine(view.actorName, 60)} mentioned you in “${oneLine(view.designTitle)}”`,
    paragraphs: [`${view.actorName} mentioned you in “${view.designTitle}”:`, `“${quote(view.body)}”`],
    action: { label: 'Open the comment', url: view.link },
    unsubscribeUrl: view.unsubscribeUrl,
  });
}

export function taskMail(view: {
  ask: TaskAsk;
  actorName: string;
  designTitle: string;
  stageLabel: string;
  rationale: string | null;
  link: string;
  unsubscribeUrl: string;
}): RenderedMail {
  return render({
    subject: `“${oneLine(view.designTitle)}”: ${ASKS[view.ask].toLowerCase()}`,
    paragraphs: [
      `${view.actorName} moved “${view.designTitle}” to ${view.stageLabel}. ${ASKS[view.ask]}.`,
      ...(view.rationale ? [`Their reason: “${quote(view.rationale)}”`] : []),
    ],
    action: { label: 'Open the design', url: view.link },
    unsubscribeUrl: view.unsubscribeUrl,
  });
}

export function reminderMail(view: {
  ask: TaskAsk;
  designTitle: string;
  since: Date;
  reminder: number;
  link: string;
  unsubscribeUrl: string;
}): RenderedMail {
  return render({
    subject: `Reminder: “${oneLine(view.designTitle)}”: ${ASKS[view.ask].toLowerCase()}`,
    paragraphs: [
      `“${view.designTitle}” still waits on you, since ${view.since.toUTCString()}. ${ASKS[view.ask]}.`,
      `This is reminder ${view.reminder} of at most 3.`,
    ],
    action: { label: 'Open the design', url: view.link },
    unsubscribeUrl: view.unsubscribeUrl,
  });
}

/** One line of a digest: what a single immediate mail would have said. */
export interface DigestEntry {
  subject: string;
  link: string;
}

export function digestMail(view: {
  entries: DigestEntry[];
  appUrl: string;
  unsubscribeUrl: string;
}): RenderedMail {
  const count = view.entries.length;
  const text = [
    `What happened on ${PRODUCT} since the last digest (${count} ${count === 1 ? 'item' : 'items'}):`,
    ...view.entries.map((entry) => `- ${oneLine(entry.subject, 300)}\n  ${entry.link}`),
    `Open ${PRODUCT}: ${view.appUrl}`,
    '--',
    `You get this digest because of your notification settings. To get no more of it: ${view.unsubscribeUrl}`,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">',
    `<p>What happened on ${PRODUCT} since the last digest (${count} ${count === 1 ? 'item' : 'items'}):</p><ul>`,
    ...view.entries.map(
      (entry) =>
        `<li style="margin-bottom:8px">${escapeHtml(oneLine(entry.subject, 300))}<br><a href="${escapeHtml(entry.link)}">${escapeHtml(entry.link)}</a></li>`,
    ),
    `</ul><p><a href="${escapeHtml(view.appUrl)}">Open ${PRODUCT}</a></p>`,
    `<p style="margin:24px 0 0;font-size:12px;color:#555">You get this digest because of your notification settings. <a href="${escapeHtml(view.unsubscribeUrl)}">Unsubscribe</a></p>`,
    '</body></html>',
  ].join('');
  return {
    subject: `${PRODUCT}: ${count} ${count === 1 ? 'update' : 'updates'} since your last digest`,
    text,
    html,
  };
}

export function passwordResetMail(view: { link: string; expiresAt: Date }): RenderedMail {
  return render({
    subject: `Reset your ${PRODUCT} password`,
    paragraphs: [
      `Someone (we hope you) asked to reset the password of your ${PRODUCT} account.`,
      'If it was not you, ignore this mail: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: view.link },
    note: `The link works once, until ${view.expiresAt.toUTCString()}.`,
  });
}
