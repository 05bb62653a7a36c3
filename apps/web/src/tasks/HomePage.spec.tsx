import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { fromValue } from 'wonka';

import type { MyTasksQuery } from '../gql/graphql';
import { RealtimeContext, RealtimeSocket } from '../ui/realtime-context';

import { HomePage } from './HomePage';
import { sinceWords } from './task-words';

const DESIGN = '11111111-1111-4111-8111-111111111111';
const OTHER = '33333333-3333-4333-8333-333333333333';

type Task = MyTasksQuery['myTasks'][number];
const task = (kind: Task['kind'], id: string, title: string, since: string): Task => ({
  kind,
  since,
  design: { id, title, stage: 'PARTNER_REVIEW' },
});

/** A client that answers each query by its operation name; `tasks` is read at every fetch. */
function fakeClient(state: { tasks: Task[] }) {
  const asked: string[] = [];
  const client = {
    executeQuery: (
      request: { query: { definitions: Array<{ name?: { value: string } }> } },
      options?: { requestPolicy?: string },
    ) => {
      const name = request.query.definitions[0]?.name?.value ?? '';
      asked.push(`${name}:${options?.requestPolicy ?? 'default'}`);
      const data =
        name === 'MyTasks'
          ? { myTasks: state.tasks }
          : {
              designs: {
                edges: [
                  {
                    node: {
                      __typename: 'Design',
                      id: OTHER,
                      title: 'Welding basics',
                      summary: null,
                      stage: 'DRAFTING',
                      myRole: 'LEAD',
                      updatedAt: '2026-12-01T09:00:00.000Z',
                      institution: { __typename: 'Organization', id: 'i1', name: 'Northern Lights' },
                    },
                  },
                ],
                pageInfo: { hasNextPage: false, endCursor: null },
                totalCount: 1,
              },
            };
      return fromValue({ data, stale: false, hasNext: false });
    },
    executeMutation: () => fromValue({ data: undefined }),
  } as unknown as Client;
  return { client, asked };
}

/** A socket whose server-sent events the test fires by hand. */
function fakeSocket() {
  const handlers = new Map<string, Set<() => void>>();
  const socket = {
    on: (event: string, handler: () => void) =>
      handlers.set(event, (handlers.get(event) ?? new Set()).add(handler)),
    off: (event: string, handler: () => void) => handlers.get(event)?.delete(handler),
  };
  return {
    socket: socket as unknown as RealtimeSocket,
    emit: (event: string) => handlers.get(event)?.forEach((handler) => handler()),
  };
}

function renderHome(state: { tasks: Task[] }, socket: RealtimeSocket | null = null) {
  const fake = fakeClient(state);
  render(
    <Provider value={fake.client}>
      <RealtimeContext.Provider value={socket}>
        <MemoryRouter>
          <HomePage />
        </MemoryRouter>
      </RealtimeContext.Provider>
    </Provider>,
  );
  return fake;
}

describe('HomePage', () => {
  it('opens on my tasks, each in words with its design linked and since when, and my designs beside them', () => {
    renderHome({
      tasks: [
        task('ENDORSE', DESIGN, 'Industrial electrical troubleshooting', '2026-12-01T10:00:00.000Z'),
        task('ANSWER_MENTION', OTHER, 'Welding basics', '2026-12-01T11:30:00.000Z'),
      ],
    });
    const heading = screen.getByRole('heading', { level: 1, name: 'My tasks' });
    expect(heading).toBeTruthy();
    const items = screen.getAllByTestId('task');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('Endorse it for your organization');
    expect(
      within(first).getByRole('link', { name: 'Industrial electrical troubleshooting' }).getAttribute('href'),
    ).toBe(`/designs/${DESIGN}`);
    const time = first.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-12-01T10:00:00.000Z');
    expect(time?.textContent).toBe(sinceWords('2026-12-01T10:00:00.000Z'));
    expect(second.textContent).toContain('Answer a comment that mentions you');
    const designs = screen.getByRole('region', { name: 'My designs' });
    expect(within(designs).getByRole('link', { name: 'Welding basics' }).getAttribute('href')).toBe(
      `/designs/${OTHER}`,
    );
  });

  it('says when nothing waits', () => {
    renderHome({ tasks: [] });
    expect(screen.getByTestId('no-tasks').textContent).toBe('Nothing waits on you right now.');
  });

  it('fetches the tasks again from the server when the realtime channel brings a notification', async () => {
    const state = { tasks: [] as Task[] };
    const { socket, emit } = fakeSocket();
    const { asked } = renderHome(state, socket);
    expect(screen.getByTestId('no-tasks')).toBeTruthy();
    state.tasks = [task('VOTE', DESIGN, 'Industrial electrical troubleshooting', '2026-12-01T10:00:00.000Z')];
    await act(async () => emit('notification'));
    expect(asked).toContain('MyTasks:network-only');
    expect((await screen.findByTestId('task')).textContent).toContain('Vote on it');
  });
});
