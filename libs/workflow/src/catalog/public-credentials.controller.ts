import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { isUuid, NotFoundError } from '@mc/errors';

import { CatalogService } from './catalog.service';

const NOT_FOUND = { error: 'NOT_FOUND', message: 'No published credential with this id' };

/**
 * The public documents of PUBLISHED designs, no login, each at the URL that is its id:
 * `GET /credentials/<id>/achievement.json` (Open Badges 3.0 Achievement), `…/case.json` (CASE 1.1
 * CFPackage), `…/ctdl.json` (CTDL MicroCredential), and `GET /credentials/issuers/<id>.json` (the
 * OB 3.0 issuer Profile of an institution with a published design). Unknown, malformed and
 * unpublished ids all get the same 404, so the routes tell nothing about what is not public.
 */
@Controller('credentials')
export class PublicCredentialsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('issuers/:file')
  issuer(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const id = /^(.+)\.json$/.exec(file)?.[1] ?? '';
    return this.serve(response, id, 'application/ld+json', (institutionId) =>
      this.catalog.issuerProfile(institutionId),
    );
  }

  @Get(':id/achievement.json')
  achievement(@Param('id') id: string, @Res() response: Response): Promise<void> {
    return this.serve(response, id, 'application/ld+json', (designId) => this.catalog.achievement(designId));
  }

  @Get(':id/case.json')
  casePackage(@Param('id') id: string, @Res() response: Response): Promise<void> {
    // CASE is plain JSON, not JSON-LD.
    return this.serve(response, id, 'application/json', (designId) => this.catalog.casePackage(designId));
  }

  @Get(':id/ctdl.json')
  ctdl(@Param('id') id: string, @Res() response: Response): Promise<void> {
    return this.serve(response, id, 'application/ld+json', (designId) => this.catalog.ctdl(designId));
  }

  private async serve(
    response: Response,
    id: string,
    type: string,
    build: (id: string) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    // Public documents meant for verifiers and registries on any origin.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (!isUuid(id)) {
      response.status(404).json(NOT_FOUND);
      return;
    }
    try {
      const document = await build(id.toLowerCase());
      response
        .status(200)
        .type(type)
        .setHeader('Cache-Control', 'public, max-age=60')
        .send(JSON.stringify(document));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      response.status(404).json(NOT_FOUND);
    }
  }
}
