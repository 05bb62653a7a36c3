import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

type RequestHeaders = Record<string, string>;

/**
 * The variables a typed document takes: optional when it has none (or only optional ones), required
 * otherwise, so a test cannot forget a required variable nor misspell one.
 */
type VariablesArgs<TVariables, TRest extends unknown[] = []> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is the empty variables object here
  {} extends TVariables ? [variables?: TVariables, ...rest: TRest] : [variables: TVariables, ...rest: TRest];

/**
 * A query as text, or a document generated from the schema (`apps/api/test/gql`). Text stays for
 * the tests that send what no typed document allows (malformed operations, wrong variable types);
 * a typed document makes the result and the variables known to the compiler.
 */
type Query = string | DocumentNode;

/** Talks to a running API over real HTTP, as any client would. */
export class GraphQLClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  as(token: string | undefined): GraphQLClient {
    return new GraphQLClient(this.baseUrl, token);
  }

  /** The whole answer (status, data, errors, headers), whatever it is. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<TVariables, [headers?: RequestHeaders]>
  ): Promise<GraphQLResponse<TResult>>;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: RequestHeaders,
  ): Promise<GraphQLResponse<T>>;
  /**
   * A typed document with an explicit result type (`ok<{ … }>(DOC, …)`, as tests written before the
   * typed documents do): the type must be one the document can answer; the variables are not checked.
   */
  request<T = never>(
    document: TypedDocumentNode<NoInfer<T>, never>,
    variables?: Record<string, unknown>,
    headers?: RequestHeaders,
  ): Promise<GraphQLResponse<T>>;
  request<T>(query: Query, variables?: Record<string, unknown>, headers?: RequestHeaders) {
    return this.send<T>(query, variables, headers);
  }

  /** The data of a request that must succeed; throws with the errors otherwise. */
  ok<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<TResult>;
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  ok<T = never>(
    document: TypedDocumentNode<NoInfer<T>, never>,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  async ok<T>(query: Query, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.send<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The first error's `extensions.code` of a request that must fail. */
  errorCode<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<string | undefined>;
  errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined>;
  async errorCode(query: Query, variables?: Record<string, unknown>): Promise<string | undefined> {
    const result = await this.send(query, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0]?.extensions?.code;
  }

  private async send<T>(
    query: Query,
    variables: Record<string, unknown> = {},
    headers: RequestHeaders = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }
}
