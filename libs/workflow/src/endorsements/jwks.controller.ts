import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';

import { PLATFORM_SIGNING_KEY } from '@mc/config';
import type { SigningKey } from '@mc/config';

/**
 * `GET /.well-known/jwks.json`, no login: the public half of the key that signs endorsement
 * credentials, as a JSON Web Key Set (RFC 7517). Every credential's `kid` names a key in it.
 */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(PLATFORM_SIGNING_KEY) private readonly key: SigningKey) {}

  @Get('jwks.json')
  jwks(@Res() response: Response): void {
    // Verifiers and wallets on any origin fetch it.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    response
      .status(200)
      .type('application/json')
      .setHeader('Cache-Control', 'public, max-age=300')
      .send(JSON.stringify({ keys: [this.key.publicJwk] }));
  }
}
