import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { EndorsementCredentialService } from './endorsement-credential.service';

/** The partner organizations' endorsements of a design as signed Open Badges 3.0 credentials. */
@Resolver()
export class EndorsementResolver {
  constructor(private readonly credentials: EndorsementCredentialService) {}

  @Query(() => [String], {
    description:
      "One compact JWS (VC-JWT, EdDSA) per partner organization's endorsement of the current revision.",
  })
  exportEndorsementCredentials(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
  ): Promise<string[]> {
    return this.credentials.export(user, designId);
  }
}
