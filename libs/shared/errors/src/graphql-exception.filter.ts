import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';

import { isDependencyUnavailable } from './dependency-failure';

/**
 * Lets errors thrown in GraphQL resolvers travel untouched to the one formatter
 * (`toGraphQLFormattedError`), which logs only the unexpected ones. Elsewhere (HTTP routes such as
 * the public Achievement) an unreachable database answers 503 `UNAVAILABLE`, as GraphQL does;
 * everything else keeps Nest's default handling.
 */
@Catch()
export class GraphQLPassthroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (host.getType() === 'http' && isDependencyUnavailable(exception)) {
      const response = host.switchToHttp().getResponse<Response>();
      if (!response.headersSent) {
        response.status(503).set('Retry-After', '1').json({ error: 'UNAVAILABLE' });
        return undefined;
      }
    }
    return super.catch(exception, host);
  }
}
