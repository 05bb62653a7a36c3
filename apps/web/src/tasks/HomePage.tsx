import { DesignList } from '../designs/DesignList';

import { MyTasks } from './MyTasks';

import './HomePage.css';

/** The home page (SPEC "Reaching people"): what waits on me, with my designs beside it. */
export function HomePage() {
  return (
    <main className="page home">
      <MyTasks />
      <DesignList />
    </main>
  );
}
