import { useEffect, useState } from 'react';
import { useClient } from 'urql';

import { graphql } from '../../gql';
import type { DesignStage } from '../../gql/graphql';
import { STAGE_LABELS } from '../../ui/StageBadge';

const SendBackHead = graphql(`
  query SendBackHead($id: ID!) {
    design(id: $id) {
      id
      lastSeq
    }
  }
`);

const SendBackPage = graphql(`
  query SendBackPage($id: ID!, $afterSeq: Int!, $limit: Int!) {
    design(id: $id) {
      id
      events(afterSeq: $afterSeq, limit: $limit) {
        seq
        type
        actor {
          id
          displayName
        }
        data
        at
      }
    }
  }
`);

/** The most the API gives in one request (Design.events `limit`). */
const PAGE = 100;
/** How far back the panel looks (newest entries first): a send-back older than this is in History. */
const MAX_PAGES = 10;

export interface SendBack {
  who: string;
  from: string;
  rationale: string;
  at: string;
}

/** The latest move back to drafting among `entries` (a send-back), with who and why. */
export function latestSendBack(
  entries: ReadonlyArray<{
    seq: number;
    type: string;
    actor?: { displayName: string } | null;
    data: unknown;
    at: string;
  }>,
): SendBack | null {
  let found: SendBack | null = null;
  let foundSeq = -1;
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    if (entry.type !== 'stage.changed' || data['to'] !== 'DRAFTING' || entry.seq < foundSeq) continue;
    foundSeq = entry.seq;
    found = {
      who: entry.actor?.displayName ?? 'The system',
      from: typeof data['from'] === 'string' ? data['from'] : '',
      rationale: typeof data['rationale'] === 'string' ? data['rationale'] : '',
      at: entry.at,
    };
  }
  return found;
}

/**
 * The latest send-back, in the approval panel: who sent the design back from which stage, and
 * their rationale, so the people who must act on it need not look for it in History. Read from the
 * design's log, newest pages first; looked up again whenever the stage changes.
 */
export function LastSendBack({ designId, stage }: { designId: string; stage: DesignStage }) {
  const client = useClient();
  const [sendBack, setSendBack] = useState<SendBack | null>(null);

  useEffect(() => {
    let stale = false;
    void (async () => {
      const head = await client.query(SendBackHead, { id: designId }, { requestPolicy: 'network-only' });
      let before = (head.data?.design?.lastSeq ?? 0) + 1;
      for (let page = 0; page < MAX_PAGES && before > 1 && !stale; page += 1) {
        const afterSeq = Math.max(0, before - 1 - PAGE);
        const result = await client.query(
          SendBackPage,
          { id: designId, afterSeq, limit: before - 1 - afterSeq },
          { requestPolicy: 'network-only' },
        );
        const found = latestSendBack(result.data?.design?.events ?? []);
        if (found || !result.data) {
          if (!stale) setSendBack(found);
          return;
        }
        before = afterSeq + 1;
      }
      if (!stale) setSendBack(null);
    })();
    return () => {
      stale = true;
    };
  }, [client, designId, stage]);

  if (!sendBack) return null;
  const from = STAGE_LABELS[sendBack.from as DesignStage] ?? sendBack.from;
  return (
    <div className="co-send-back" data-testid="last-send-back">
      <h3>{stage === 'DRAFTING' ? 'Sent back to drafting' : 'Last sent back'}</h3>
      <p>
        <strong>{sendBack.who}</strong> sent the design back{from ? ` from ${from}` : ''}{' '}
        <time dateTime={sendBack.at} className="muted">
          {new Date(sendBack.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {sendBack.rationale ? (
          <>
            : <q className="co-send-back-rationale">{sendBack.rationale}</q>
          </>
        ) : (
          '.'
        )}
      </p>
    </div>
  );
}
