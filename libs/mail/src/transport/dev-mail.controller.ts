import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { escapeHtml } from '../messages/templates';

import { MailTransport } from './mail-transport.service';

interface Summary {
  to: string;
  subject: string;
  kind: string;
  text: string;
  at: string;
}

const JOB_ID = /^[0-9a-f-]{36}$/;

/** Links in a text part, clickable (the text is escaped first). */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * Development only (NODE_ENV=development without SMTP_URL): the mail written to DATA_DIR/mail,
 * newest first, each with its text part and links, so a newcomer can follow an invitation.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly transport: MailTransport) {}

  @Get()
  async list(@Res() response: Response): Promise<void> {
    const summaries = await this.summaries();
    const rows = summaries
      .map(
        ({ id, summary }) =>
          `<li><a href="/dev/mail/${id}">${escapeHtml(summary.subject)}</a> — to ${escapeHtml(summary.to)}, ${escapeHtml(summary.at)} (<a href="/dev/mail/${id}.eml">.eml</a>)</li>`,
      )
      .join('');
    response
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail (development)</title></head><body><main><h1>Mail written in development</h1><p>${escapeHtml(this.transport.fileFolder ?? '')}</p><ul>${rows || '<li>No mail yet.</li>'}</ul></main></body></html>`,
      );
  }

  @Get(':file')
  async show(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const folder = this.transport.fileFolder;
    const raw = file.endsWith('.eml');
    const id = raw ? file.slice(0, -4) : file;
    if (!folder || !JOB_ID.test(id)) {
      response.status(404).send('Not found');
      return;
    }
    try {
      if (raw) {
        response.type('message/rfc822').send(await readFile(join(folder, `${id}.eml`)));
        return;
      }
      const summary = JSON.parse(await readFile(join(folder, `${id}.json`), 'utf8')) as Summary;
      response
        .type('html')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(summary.subject)}</title></head><body><main><p><a href="/dev/mail">All mail</a></p><h1>${escapeHtml(summary.subject)}</h1><p>To: ${escapeHtml(summary.to)}</p><pre style="white-space:pre-wrap">${linkify(summary.text)}</pre></main></body></html>`,
        );
    } catch {
      response.status(404).send('Not found');
    }
  }

  private async summaries(): Promise<Array<{ id: string; summary: Summary }>> {
    const folder = this.transport.fileFolder;
    if (!folder) return [];
    const names = await readdir(folder).catch(() => [] as string[]);
    const found = await Promise.all(
      names
        .filter((name) => name.endsWith('.json'))
        .map(async (name) => {
          try {
            return {
              id: name.slice(0, -5),
              summary: JSON.parse(await readFile(join(folder, name), 'utf8')) as Summary,
            };
          } catch {
            return null;
          }
        }),
    );
    return found
      .filter((entry): entry is { id: string; summary: Summary } => entry !== null)
      .sort((a, b) => b.summary.at.localeCompare(a.summary.at));
  }
}
