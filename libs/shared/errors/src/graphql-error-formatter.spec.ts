import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

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

  describe('a database that cannot be reached answers UNAVAILABLE, with no detail', () => {
    const refused = Object.assign(
      new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:5999')], ''),
      {
        code: 'ECONNREFUSED',
      },
    );
    const shutdown = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    const cases: Array<[string, Error]> = [
      ['connection refused (AggregateError)', refused],
      ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
      ['connection terminated', new Error('Connection terminated unexpectedly')],
      ['connection timeout', new Error('Connection terminated due to connection timeout')],
      ['pool acquisition timeout', new Error('timeout exceeded when trying to connect')],
      ['administrator shutdown (57P01, wrapped by TypeORM)', shutdown],
      [
        'the database is starting up (57P03)',
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ],
      ['SQLSTATE class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
    ];
    it.each(cases)('%s', (_name, original) => {
      const error = new GraphQLError(original.message, { path: ['addComment'], originalError: original });
      const logged: unknown[] = [];
      const formatted = toGraphQLFormattedError(asFormatted(error), error, {
        error: (obj) => logged.push(obj),
      });
      expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE' });
      expect(formatted.message).toBe('Service temporarily unavailable; try again shortly');
      expect(JSON.stringify(formatted)).not.toMatch(/ECONN|127\.0\.0\.1|terminat|SELECT|timeout/i);
      expect(logged).toHaveLength(1);
    });

    it('other database errors stay internal errors', () => {
      const unique = new QueryFailedError(
        'INSERT',
        [],
        Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
      );
      const canceled = Object.assign(new Error('canceling statement due to user request'), { code: '57014' });
      for (const original of [unique, canceled]) {
        const error = new GraphQLError(original.message, { path: ['x'], originalError: original });
        expect(toGraphQLFormattedError(asFormatted(error), error).extensions).toEqual({
          code: 'INTERNAL_SERVER_ERROR',
        });
      }
    });
  });
});
