import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser } from '@mc/identity';

import { ExportService } from './export.service';

/** The standards exports registries and competency tools take in: CASE 1.1 and CTDL. */
@Resolver()
export class StandardsExportResolver {
  constructor(private readonly exports: ExportService) {}

  @Query(() => GraphQLJSON, {
    description: 'The design as an IMS CASE 1.1 CFPackage (CFDocument, CFItems, CFAssociations).',
  })
  exportCase(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
  ): Promise<Record<string, unknown>> {
    return this.exports.casePackage(user, designId);
  }

  @Query(() => GraphQLJSON, {
    description: 'The design as a Credential Engine CTDL ceterms:MicroCredential (JSON-LD).',
  })
  exportCtdl(
    @CurrentUser() user: AuthenticatedUser,
    @Args('designId', { type: () => ID }, ParseUuidPipe) designId: string,
  ): Promise<Record<string, unknown>> {
    return this.exports.ctdl(user, designId);
  }
}
