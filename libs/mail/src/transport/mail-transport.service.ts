import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { MAIL_OPTIONS, type MailOptions } from '../mail.options';
import type { OutgoingMail } from '../messages/outgoing-mail';

/** The folder (under DATA_DIR) where mail is kept when there is no SMTP_URL outside production. */
export function mailFolder(dataDir: string): string {
  return join(resolve(dataDir), 'mail');
}

/**
 * Hands a message to the mail server (`SMTP_URL`) or, without one outside production, writes it as
 * an `.eml` file under `DATA_DIR/mail` (with a `.json` summary the /dev/mail page lists). The
 * message id is derived from the job id: a retry of the same job is the same message, and a file
 * written twice is the same file.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly folder: string | null;

  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {
    const { SMTP_URL, DATA_DIR } = options.config;
    if (SMTP_URL) {
      // Options in the URL's query are nodemailer's own (`?pool=true`, `?maxConnections=2`, ...).
      const url = new URL(SMTP_URL);
      if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
      for (const [name, value] of [
        ['maxConnections', '4'],
        ['connectionTimeout', '10000'],
        ['greetingTimeout', '10000'],
        ['socketTimeout', '30000'],
      ] as const) {
        if (!url.searchParams.has(name)) url.searchParams.set(name, value);
      }
      this.transporter = createTransport(url.toString());
      this.folder = null;
    } else {
      this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      this.folder = mailFolder(DATA_DIR);
    }
  }

  /** Where mail is written instead of sent (null when it is sent over SMTP). */
  get fileFolder(): string | null {
    return this.folder;
  }

  async send(mail: OutgoingMail, jobId: string): Promise<void> {
    const host = new URL(this.options.config.PUBLIC_URL).hostname || 'localhost';
    const message = {
      from: this.options.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${jobId}@${host}>`,
      headers: {
        'X-Mc-Kind': mail.kind,
        // RFC 8058: a mail client may unsubscribe with one POST to the List-Unsubscribe URL.
        ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
      ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl } } } : {}),
    };
    const info = (await this.transporter.sendMail(message)) as { message?: Buffer };
    if (this.folder) {
      await mkdir(this.folder, { recursive: true });
      // Named by the job: a retried job rewrites its own file instead of adding a second one.
      const base = join(this.folder, jobId);
      const summary = {
        to: mail.to,
        subject: mail.subject,
        kind: mail.kind,
        text: mail.text,
        at: new Date(),
      };
      await writeAtomically(`${base}.eml`, info.message ?? Buffer.alloc(0));
      await writeAtomically(`${base}.json`, JSON.stringify(summary));
      this.logger.log(`${mail.kind} mail for ${mail.to} written to ${base}.eml`);
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

async function writeAtomically(path: string, content: Buffer | string): Promise<void> {
  await writeFile(`${path}.tmp`, content);
  await rename(`${path}.tmp`, path);
}
