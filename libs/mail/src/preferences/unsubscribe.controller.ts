import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';

import { NotificationPreferencesService } from './notification-preferences.service';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/settings/notifications">Your notification settings</a></p></main></body></html>`;

/**
 * The unsubscribe link of every optional mail (no log-in: the token is signed). GET is the link a
 * person opens; POST is RFC 8058's one-click unsubscribe a mail client sends. Both set OFF.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get(':token')
  async open(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const done = await this.preferences.unsubscribe(token);
    response
      .status(done ? 200 : 404)
      .type('html')
      .send(
        done
          ? page(
              'Unsubscribed',
              'You will get no more notification mail. Invitations and password resets still reach you.',
            )
          : page('Link not valid', 'This unsubscribe link is not valid.'),
      );
  }

  @Post(':token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const done = await this.preferences.unsubscribe(token);
    response.status(done ? 200 : 404).json({ unsubscribed: done });
  }
}
