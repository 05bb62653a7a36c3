import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Lets errors thrown in GraphQL resolvers travel untouched to the one formatter
 * (`toGraphQLFormattedError`), which logs only the unexpected ones. Other contexts keep Nest's
 * default handling.
 */
@Catch()
export class GraphQLPassthroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
