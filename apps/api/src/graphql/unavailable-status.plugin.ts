import { ApolloServerPlugin } from '@apollo/server';

/** Seconds a client is asked to wait before retrying while a dependency is down. */
const RETRY_AFTER_SECONDS = 1;

/**
 * An answer with an `UNAVAILABLE` error (the database is down) is sent as HTTP 503 with
 * `Retry-After`, so load balancers, proxies and clients see a retryable outage, not a success.
 */
export const unavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((error) => error.extensions?.['code'] === 'UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
