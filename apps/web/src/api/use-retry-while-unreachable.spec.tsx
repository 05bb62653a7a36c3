import { render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { Client, Exchange, gql, makeErrorResult, makeResult, Provider, useQuery } from 'urql';
import { filter, map, pipe } from 'wonka';

import { useRetryWhileUnreachable } from './use-retry-while-unreachable';

const Ping = gql`
  query Ping {
    __typename
  }
`;

function Probe() {
  const [{ data, error }, reexecute] = useQuery<{ __typename: string }>({ query: Ping });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const unreachable = useRetryWhileUnreachable(error, retry, 50);
  return (
    <p>
      {unreachable ? 'The server could not be reached.' : data ? `Loaded: ${data.__typename}` : 'Loading'}
    </p>
  );
}

describe('useRetryWhileUnreachable', () => {
  it('asks again while the server cannot be reached, and the notice clears once it answers', async () => {
    let calls = 0;
    const exchange: Exchange = () => (operations$) =>
      pipe(
        operations$,
        filter((operation) => operation.kind !== 'teardown'),
        map((operation) => {
          calls += 1;
          return calls <= 3
            ? makeErrorResult(operation, new TypeError('Failed to fetch'))
            : makeResult(operation, { data: { __typename: 'pong' } });
        }),
      );
    const client = new Client({ url: 'http://api.test/graphql', exchanges: [exchange] });
    render(
      <Provider value={client}>
        <Probe />
      </Provider>,
    );
    await screen.findByText('The server could not be reached.');
    await screen.findByText('Loaded: pong');
    // Three failures, then the answer (a tick already on its way may ask once more).
    const atLoad = calls;
    expect(atLoad).toBeGreaterThanOrEqual(4);
    // Back: no more asking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(atLoad);
  });
});
