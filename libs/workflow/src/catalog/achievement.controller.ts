import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { isUuid, NotFoundError } from '@mc/errors';

import { CatalogService } from './catalog.service';

const NOT_FOUND = { error: 'NOT_FOUND', message: 'No published credential with this id' };

/**
 * `GET /credentials/<id>/achievement.json`, no login: the Open Badges 3.0 Achievement of a
 * PUBLISHED design, at the URL that is its `id`. Unknown, malformed and unpublished ids all get the
 * same 404, so the route tells nothing about designs that are not public.
 */
@Controller('credentials')
export class AchievementController {
  constructor(private readonly catalog: CatalogService) {}

  @Get(':id/achievement.json')
  async achievement(@Param('id') id: string, @Res() response: Response): Promise<void> {
    // Public JSON-LD meant for verifiers and registries on any origin.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (!isUuid(id)) {
      response.status(404).json(NOT_FOUND);
      return;
    }
    try {
      const achievement = await this.catalog.achievement(id.toLowerCase());
      response
        .status(200)
        .type('application/ld+json')
        .setHeader('Cache-Control', 'public, max-age=60')
        .send(JSON.stringify(achievement));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      response.status(404).json(NOT_FOUND);
    }
  }
}
