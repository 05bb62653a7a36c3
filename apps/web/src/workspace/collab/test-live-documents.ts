/**
 * Live documents for component tests: real Yjs documents and awareness, each with "the others'"
 * copy kept in sync in memory, as the server would relay them (no socket, no server).
 */
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import type { CollabAwarenessUser } from '@mc/collab-contract';

import type { CollabDocumentState, LiveDocument, LiveDocuments } from './collab-session';

class LocalDocument implements LiveDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  /** The others' copy of the same document. */
  readonly theirs = new Y.Doc();
  readonly theirAwareness = new Awareness(this.theirs);
  state: CollabDocumentState = {
    synced: true,
    scope: 'read-write',
    refused: null,
    connected: true,
    problems: [],
  };
  private readonly listeners = new Set<() => void>();

  constructor(readonly name: string) {
    link(this.doc, this.theirs);
    link(this.theirs, this.doc);
    linkAwareness(this.awareness, this.theirAwareness);
    linkAwareness(this.theirAwareness, this.awareness);
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(change: Partial<CollabDocumentState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }

  /** Someone else (`user`, as the server sets it) puts their cursor at `index` of `field`. */
  theyPutCursor(user: CollabAwarenessUser, field: string, index: number) {
    // A RelativePosition as y-codemirror.next publishes it (the awareness encodes it as JSON).
    const at = Y.createRelativePositionFromTypeIndex(this.theirs.getText(field), index);
    this.theirAwareness.setLocalState({ user, cursor: { anchor: at, head: at } });
  }
}

/** Updates of `from` applied to `to`, as the server relays them. */
export function link(from: Y.Doc, to: Y.Doc) {
  from.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(to, update, 'relay');
  });
}

/** Awareness changes of `from` applied to `to`. */
export function linkAwareness(from: Awareness, to: Awareness) {
  from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin === 'relay') return;
    const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'relay');
  });
}

export class TestLiveDocuments implements LiveDocuments {
  readonly documents = new Map<string, LocalDocument>();
  /** The names open now (acquired and not yet released, once each). */
  readonly open = new Map<string, number>();

  /** The document `name` (made on first use, before or after a component opens it). */
  get(name: string): LocalDocument {
    let document = this.documents.get(name);
    if (!document) {
      document = new LocalDocument(name);
      this.documents.set(name, document);
    }
    return document;
  }

  acquire(name: string): LiveDocument {
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    return this.get(name);
  }

  release(name: string) {
    const users = (this.open.get(name) ?? 0) - 1;
    if (users > 0) this.open.set(name, users);
    else this.open.delete(name);
  }
}
