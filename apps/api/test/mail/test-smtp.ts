/**
 * A real SMTP server for tests (smtp-server from npm) on a free loopback port: it keeps every
 * message it accepted, parsed with mailparser, and can be told to refuse the next ones.
 */
import { AddressObject, ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { freePort } from '@mc/testing';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  messageId: string | undefined;
  receivedAt: number;
}

export interface TestSmtp {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Answer the next messages with these SMTP codes (4xx: try later, 5xx: refused), then accept. */
  refuseNext(...codes: number[]): void;
  /** How many messages were refused so far. */
  refusals(): number;
  /** The mail to `to`, waiting up to `timeoutMs` for `count` of them. */
  waitFor(
    to: string,
    options?: { count?: number; timeoutMs?: number; subject?: RegExp; kind?: string },
  ): Promise<ReceivedMail[]>;
  /** The mail received for `address` (of `kind`, the X-Mc-Kind header, when given). */
  to(address: string, kind?: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startTestSmtp(port?: number): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refusing: number[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const code = refusing.shift();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (code) {
          refused += 1;
          const error = Object.assign(new Error(code >= 500 ? 'Refused by the test' : 'Try again later'), {
            responseCode: code,
          });
          callback(error);
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const to = (Array.isArray(mail.to) ? mail.to : [mail.to])
            .filter((a): a is AddressObject => !!a)
            .flatMap((a) => a.value.map((v) => v.address ?? ''))
            .join(',');
          received.push({
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers: mail.headers,
            messageId: mail.messageId,
            receivedAt: Date.now(),
          });
          callback();
        }, callback);
      });
    },
  });
  const listenOn = port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(listenOn, '127.0.0.1', resolve));
  const toAddress = (address: string, kind?: string) =>
    received.filter(
      (m) => m.to.toLowerCase() === address.toLowerCase() && (!kind || m.headers.get('x-mc-kind') === kind),
    );
  return {
    url: `smtp://127.0.0.1:${listenOn}`,
    port: listenOn,
    received,
    refuseNext: (...codes) => refusing.push(...codes),
    refusals: () => refused,
    to: toAddress,
    async waitFor(to, { count = 1, timeoutMs = 30_000, subject, kind } = {}) {
      const deadline = Date.now() + timeoutMs;
      const matching = () => toAddress(to, kind).filter((m) => !subject || subject.test(m.subject));
      while (matching().length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} ${kind ?? ''} mail(s) to ${to}${subject ? ` matching ${subject}` : ''}; got: ${JSON.stringify(received.map((m) => [m.to, m.subject]))}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return matching();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in `text` that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s>"]+`).exec(text);
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return match[0];
}
