import { GraphQLError } from 'graphql';

import { BadUserInputError, ConflictError, NotFoundError } from './domain-errors';
import { toGraphQLFormattedError } from './graphql-error-formatter';

const asFormatted = (error: GraphQLError) => error.toJSON();

describe('toGraphQLFormattedError', () => {
  it('keeps a domain error code and its caller-safe details', () => {
    const error = new GraphQLError('x', {
      path: ['signUp'],
      originalError: BadUserInputError.of('input.email', 'bad'),
    });
    expect(toGraphQLFormattedError(asFormatted(error), error)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'bad' }] },
    });
    const conflict = new GraphQLError('x', {
      path: ['u'],
      originalError: new ConflictError('stale', { version: 3 }),
    });
    expect(toGraphQLFormattedError(asFormatted(conflict), conflict).extensions).toEqual({
      code: 'CONFLICT',
      current: { version: 3 },
    });
    const missing = new GraphQLError('x', { path: ['d'], originalError: new NotFoundError('Design') });
    expect(toGraphQLFormattedError(asFormatted(missing), missing).message).toBe('Design not found');
  });

  it('hides the message, stack and SQL of an unexpected error, and logs it', () => {
    const original = new Error(
      'duplicate key value violates unique constraint "pk_users" SELECT * FROM users',
    );
    const error = new GraphQLError(original.message, { path: ['me'], originalError: original });
    const logged: unknown[] = [];
    const formatted = toGraphQLFormattedError(asFormatted(error), error, {
      error: (obj) => logged.push(obj),
    });
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|constraint|at /);
    expect(logged).toHaveLength(1);
  });

  it('maps request-level failures (parse, validation) to BAD_USER_INPUT', () => {
    const parse = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(toGraphQLFormattedError(asFormatted(parse), parse).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const armor = new GraphQLError('Syntax Error: Query depth limit of 12 exceeded');
    expect(toGraphQLFormattedError(asFormatted(armor), armor).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
