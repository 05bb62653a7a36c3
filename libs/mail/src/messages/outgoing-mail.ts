/** Kinds of mail, as the job carries them (and the logs name them). */
export type MailKind =
  | 'DESIGN_INVITATION'
  | 'ORGANIZATION_INVITATION'
  | 'MENTION'
  | 'TASK'
  | 'REMINDER'
  | 'DIGEST'
  | 'PASSWORD_RESET';

/** A message ready to go: rendered when its cause committed, sent by the `mail.send` job. */
export interface OutgoingMail {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe link (`List-Unsubscribe`), absent for invitations and resets. */
  unsubscribeUrl?: string;
}

/** What a template gives: a subject and the two parts. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Mail a person may turn off (everything but invitations and resets). */
export const OPTIONAL_KINDS: ReadonlySet<MailKind> = new Set(['MENTION', 'TASK', 'REMINDER', 'DIGEST']);
