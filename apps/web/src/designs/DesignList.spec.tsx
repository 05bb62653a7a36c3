import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { fromValue } from 'wonka';

import { DesignList } from './DesignList';

function renderEmptyList() {
  const client = {
    executeQuery: () =>
      fromValue({
        data: {
          designs: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 },
        },
        stale: false,
        hasNext: false,
      }),
    executeMutation: () => fromValue({ data: undefined }),
  } as unknown as Client;
  render(
    <Provider value={client}>
      <MemoryRouter>
        <DesignList />
      </MemoryRouter>
    </Provider>,
  );
}

describe('DesignList', () => {
  it('tells a user with no designs how to start, and a search that finds none that none match', async () => {
    const user = userEvent.setup();
    renderEmptyList();
    expect(screen.getByTestId('no-designs-yet').textContent).toContain('Start a design');
    expect(screen.queryByText('No designs match.')).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzz');
    expect(await screen.findByText('No designs match.')).toBeTruthy();
    expect(screen.queryByTestId('no-designs-yet')).toBeNull();
  });
});
