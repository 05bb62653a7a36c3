import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, Provider } from 'urql';

import { WorkspacePage } from './WorkspacePage';

describe('WorkspacePage', () => {
  it('says a malformed design id is not a design address, without asking the API', () => {
    const executeQuery = jest.fn();
    const client = { executeQuery } as unknown as Client;
    render(
      <Provider value={client}>
        <MemoryRouter initialEntries={['/designs/not-a-design-id']}>
          <Routes>
            <Route path="/designs/:designId" element={<WorkspacePage />} />
          </Routes>
        </MemoryRouter>
      </Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Not a design address');
    expect(screen.getByRole('alert').textContent).toContain('“not-a-design-id” is not a design’s id');
    expect(screen.getByRole('link', { name: 'Back to my designs' }).getAttribute('href')).toBe('/');
    expect(executeQuery).not.toHaveBeenCalled();
  });
});
