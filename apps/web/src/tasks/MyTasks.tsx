import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { useSocket } from '../ui/realtime-context';
import { StageBadge } from '../ui/StageBadge';

import { sinceWords, TASK_WORDS } from './task-words';

import './MyTasks.css';

export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      kind
      since
      design {
        id
        title
        stage
      }
    }
  }
`);

/**
 * What waits on me, oldest first, computed by the server on every fetch. It refreshes when the
 * realtime channel brings a notification (a mention, a stage change, an invitation) and after my
 * own changes (the client's cache drops it whenever a mutation returns a design).
 */
export function MyTasks() {
  const socket = useSocket();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyTasksQuery,
    requestPolicy: 'cache-and-network',
  });

  useEffect(() => {
    if (!socket) return undefined;
    const refresh = () => refetch({ requestPolicy: 'network-only' });
    socket.on('notification', refresh);
    return () => {
      socket.off('notification', refresh);
    };
  }, [socket, refetch]);

  const tasks = data?.myTasks ?? [];
  return (
    <section aria-labelledby="my-tasks" className="my-tasks">
      <h1 id="my-tasks">My tasks</h1>
      {error && <p role="alert">Could not load your tasks.</p>}
      {!fetching && !error && tasks.length === 0 && (
        <p data-testid="no-tasks">Nothing waits on you right now.</p>
      )}
      <ul className="task-list plain">
        {tasks.map((task) => (
          <li key={`${task.kind}:${task.design.id}`} data-testid="task">
            <span className="task-kind">{TASK_WORDS[task.kind]}</span>
            <Link to={`/designs/${task.design.id}`}>{task.design.title}</Link>{' '}
            <StageBadge stage={task.design.stage} />
            <div className="muted">
              <time dateTime={task.since}>{sinceWords(task.since)}</time>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
