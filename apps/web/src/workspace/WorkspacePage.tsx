import { useCallback, useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { errorCode } from '../api/client';
import { useRetryWhileUnreachable } from '../api/use-retry-while-unreachable';
import { ReuseBar } from '../reuse/ReuseBar';
import { StageBadge } from '../ui/StageBadge';

import { AlignmentMatrix } from './alignment/AlignmentMatrix';
import { CollabConnection } from './collab/collab-context';
import { CommentsPanel } from './comments/CommentsPanel';
import { DesignWorkspace } from './design-query';
import { ExportsPanel } from './exports/ExportsPanel';
import { designFieldAnchor } from './fields/design-field-defs';
import { DesignFields } from './fields/DesignFields';
import { History } from './history/History';
import { OutcomesColumn } from './outcomes/OutcomesColumn';
import { Participants } from './people/Participants';
import { PresenceAvatars } from './people/PresenceAvatars';
import { ReadinessPanel } from './readiness/ReadinessPanel';
import { SkillsColumn } from './skills/SkillsColumn';
import { StageBar } from './stage/StageBar';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';
import { useDesignChannel } from './use-design-channel';
import type { WorkspacePartProps } from './workspace-props';

import './WorkspacePage.css';

/** A design's id as the API makes them (a UUID). */
const DESIGN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The design workspace at /designs/<id>; an address whose id cannot be a design's says so (a
 * mistyped or cut-off link) instead of asking the API and showing a generic error.
 */
export function WorkspacePage() {
  const { designId = '' } = useParams();
  if (!DESIGN_ID.test(designId)) {
    return (
      <main className="page">
        <h1>Not a design address</h1>
        <p role="alert">
          “{designId}” is not a design’s id: the link may be mistyped or cut off. A design’s address ends in
          an id such as 3f2a9c1e-5b7d-4e8a-9c0b-1d2e3f4a5b6c.
        </p>
        <Link to="/">Back to my designs</Link>
      </main>
    );
  }
  return <DesignWorkspacePage key={designId} designId={designId} />;
}

/** Everything about one design, kept live through the real-time channel. */
function DesignWorkspacePage({ designId }: { designId: string }) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DesignWorkspace,
    variables: { id: designId },
  });
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Entries of the log arrive in order (none: a fresh join); a burst of them costs one reload.
  const onEvents = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      refresh();
    }, 50);
  }, [refresh]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  const { presence, live, setFocus } = useDesignChannel(designId, onEvents);
  // The server could not be reached: ask again until it answers; the notice then clears.
  const unreachable = useRetryWhileUnreachable(error, refresh);

  if (error && !data) {
    return (
      <main className="page">
        <p role="alert">
          {unreachable
            ? 'The server could not be reached. Trying again…'
            : errorCode(error) === 'NOT_FOUND'
              ? 'This design does not exist or is not shared with you.'
              : 'Could not load the design.'}
        </p>
        <Link to="/">Back to my designs</Link>
      </main>
    );
  }
  if (!data) return <main className="page">{fetching ? 'Loading…' : null}</main>;

  const props: WorkspacePartProps = { design: data.design, me: data.me, presence, setFocus, refresh };
  return (
    <CollabConnection>
      <main className="workspace" aria-busy={fetching}>
        {unreachable && (
          <p role="status" className="workspace-unreachable">
            The server could not be reached: this is the design as last loaded. Trying again…
          </p>
        )}
        <div className="workspace-header">
          <h1>{data.design.title}</h1>
          <StageBadge stage={data.design.stage} />
          <PresenceAvatars {...props} />
          <span className={live ? 'live on' : 'live off'} role="status">
            {live ? 'Live' : 'Reconnecting…'}
          </span>
        </div>
        <StageBar {...props} />
        <ReuseBar design={data.design} />
        <div className="workspace-grid">
          <section className="workspace-main">
            <DesignFields {...props} />
            <div className="columns">
              {/* Anchors the readiness panel links to ("skills", "outcomes"). */}
              <div id={designFieldAnchor('skills')} tabIndex={-1} className="ws-anchor">
                <SkillsColumn {...props} />
              </div>
              <div id={designFieldAnchor('outcomes')} tabIndex={-1} className="ws-anchor">
                <OutcomesColumn {...props} />
              </div>
            </div>
            <AlignmentMatrix {...props} />
            <History {...props} />
          </section>
          <aside className="workspace-side">
            <ReadinessPanel design={props.design} />
            <Participants {...props} />
            <ExportsPanel {...props} />
            <SuggestionsPanel {...props} />
            <CommentsPanel {...props} />
          </aside>
        </div>
      </main>
    </CollabConnection>
  );
}
