import { createContext, ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';

import { useAuth } from '../../auth/auth-context';

import { CollabDocumentState, CollabSession, collabUrl, LiveDocument, LiveDocuments } from './collab-session';

/** The page's live documents (tests provide local ones). */
export const LiveDocumentsContext = createContext<LiveDocuments | null>(null);

/**
 * The design page's live co-editing connection, made with the signed-in token (a new log-in makes
 * a new connection) and closed when the page is left. A token the server no longer takes ends the
 * session as the other channels do (the page is kept for after the next log-in).
 */
export function CollabConnection({ children }: { children: ReactNode }) {
  const { token, expire } = useAuth();
  const [session, setSession] = useState<LiveDocuments | null>(null);
  useEffect(() => {
    if (!token) return undefined;
    const next = new CollabSession(collabUrl(), token, (reason) => {
      if (reason === 'UNAUTHENTICATED') expire();
    });
    setSession(next);
    return () => {
      setSession(null);
      next.destroy();
    };
  }, [token, expire]);
  return <LiveDocumentsContext.Provider value={session}>{children}</LiveDocumentsContext.Provider>;
}

/** A live document of this page while `name` is given (null: none), released when no longer used. */
export function useCollabDocument(name: string | null): LiveDocument | null {
  const session = useContext(LiveDocumentsContext);
  const [document, setDocument] = useState<LiveDocument | null>(null);
  useEffect(() => {
    if (!session || !name) return undefined;
    const opened = session.acquire(name);
    setDocument(opened);
    return () => {
      setDocument(null);
      session.release(name);
    };
  }, [session, name]);
  return document;
}

const NONE: CollabDocumentState = {
  synced: false,
  scope: null,
  refused: null,
  connected: false,
  problems: [],
};

/** What the server has said about a document so far, re-rendering as it changes. */
export function useCollabState(document: LiveDocument | null): CollabDocumentState {
  return useSyncExternalStore(
    (listener) => document?.subscribe(listener) ?? (() => undefined),
    () => document?.state ?? NONE,
  );
}
