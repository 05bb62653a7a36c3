/**
 * The live co-editing connection of one design page (contract collab.md): one WebSocket to the
 * API's `/collab` carrying every document the page has open — `design:<id>` while its fields are
 * live, `outcome:<id>` and `skill:<id>` while their editors are open. Each document is opened by
 * name and released by whoever opened it; the last release closes it on the server.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { COLLAB_PATH, CollabFieldProblem, CollabScope, CollabServerMessage } from '@mc/collab-contract';

export interface CollabDocumentState {
  /** The server's copy has arrived (the text shown is the shared one). */
  synced: boolean;
  /** What the server lets me do with it (`readonly` outside drafting, or for watchers). */
  scope: CollabScope | null;
  /** The server refused the document (`UNAUTHENTICATED`, `NOT_FOUND`). */
  refused: string | null;
  /** The socket is open. */
  connected: boolean;
  /** Fields whose text is not stored as it stands (too long, or empty where one is needed). */
  problems: CollabFieldProblem[];
}

const INITIAL: CollabDocumentState = {
  synced: false,
  scope: null,
  refused: null,
  connected: false,
  problems: [],
};

/** A live document as the editors use it: its `Y.Doc`, its awareness, and what the server said. */
export interface LiveDocument {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness | null;
  readonly state: CollabDocumentState;
  subscribe(listener: () => void): () => void;
}

/** Where the page's documents are opened (a {@link CollabSession}; a local one in component tests). */
export interface LiveDocuments {
  acquire(name: string): LiveDocument;
  release(name: string): void;
}

/** One open document on the socket: its `Y.Doc`, its awareness (cursors, who is here) and what the server said. */
export class CollabDocument implements LiveDocument {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private current: CollabDocumentState = INITIAL;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly name: string,
    socket: HocuspocusProviderWebsocket,
    token: () => string,
    onRefused: (reason: string) => void,
  ) {
    this.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: this.doc,
      token,
      onAuthenticated: ({ scope }) => this.set({ scope, refused: null }),
      onAuthenticationFailed: ({ reason }) => {
        this.set({ refused: reason || 'NOT_FOUND' });
        onRefused(reason);
      },
      onSynced: ({ state }) => this.set({ synced: state }),
      onStatus: ({ status }) => this.set({ connected: status === 'connected' }),
      onStateless: ({ payload }) => this.receive(payload),
    });
    this.provider.attach();
    this.set({ connected: socket.status === 'connected' });
  }

  get awareness() {
    return this.provider.awareness;
  }

  get state(): CollabDocumentState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy() {
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private receive(payload: string) {
    let message: Partial<CollabServerMessage>;
    try {
      message = JSON.parse(payload) as Partial<CollabServerMessage>;
    } catch {
      return;
    }
    if (message.type === 'fieldProblems' && Array.isArray(message.problems))
      this.set({ problems: message.problems });
    if (message.type === 'scope' && (message.scope === 'readonly' || message.scope === 'read-write'))
      this.set({ scope: message.scope });
  }

  private set(change: Partial<CollabDocumentState>) {
    this.current = { ...this.current, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

/** The page's one socket and the documents open on it. */
export class CollabSession implements LiveDocuments {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly open = new Map<string, { document: CollabDocument; users: number }>();

  constructor(
    url: string,
    private readonly token: string,
    private readonly onRefused: (reason: string) => void = () => undefined,
  ) {
    this.socket = new HocuspocusProviderWebsocket({ url });
  }

  /** The document `name`, opened on the socket if nobody here has it open yet. */
  acquire(name: string): CollabDocument {
    const entry = this.open.get(name);
    if (entry) {
      entry.users += 1;
      return entry.document;
    }
    const document = new CollabDocument(name, this.socket, () => this.token, this.onRefused);
    this.open.set(name, { document, users: 1 });
    return document;
  }

  release(name: string) {
    const entry = this.open.get(name);
    if (!entry) return;
    entry.users -= 1;
    if (entry.users > 0) return;
    this.open.delete(name);
    entry.document.destroy();
  }

  destroy() {
    this.open.forEach(({ document }) => document.destroy());
    this.open.clear();
    this.socket.destroy();
  }
}

/** `ws(s)://<this host>/collab`: the API serves the web app, so collab is on the page's own origin. */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${COLLAB_PATH}`;
}
