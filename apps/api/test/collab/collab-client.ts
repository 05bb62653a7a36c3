/**
 * Live co-editing test clients (../shared/contract/collab.md): real `@hocuspocus/provider`
 * clients in Node.js (WebSocketPolyfill: ws), each on its own socket unless one is given.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

import type { CollabServerMessage } from '@mc/collab-contract';

export interface CollabClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  text(field: string): Y.Text;
  /** The authentication answer: the scope granted, or the failure's reason. */
  auth: Promise<{ ok: true; scope: string } | { ok: false; reason: string }>;
  /** Stateless messages the server sent. */
  messages: CollabServerMessage[];
  /** Close messages of this document (reason). */
  closes: string[];
  close(): void;
}

export function collabUrl(apiUrl: string): string {
  return `${apiUrl.replace(/^http/, 'ws')}/collab`;
}

export function openDocument(
  apiUrl: string,
  token: string,
  name: string,
  options: { socket?: HocuspocusProviderWebsocket } = {},
): CollabClient {
  const doc = new Y.Doc();
  const messages: CollabServerMessage[] = [];
  const closes: string[] = [];
  let resolveAuth!: (value: { ok: true; scope: string } | { ok: false; reason: string }) => void;
  const auth = new Promise<{ ok: true; scope: string } | { ok: false; reason: string }>(
    (resolve) => (resolveAuth = resolve),
  );
  const provider = new HocuspocusProvider({
    ...(options.socket
      ? { websocketProvider: options.socket }
      : { url: collabUrl(apiUrl), WebSocketPolyfill: WebSocket }),
    name,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => resolveAuth({ ok: true, scope }),
    onAuthenticationFailed: ({ reason }) => resolveAuth({ ok: false, reason }),
    onStateless: ({ payload }) => messages.push(JSON.parse(payload) as CollabServerMessage),
    onClose: ({ event }) => closes.push(event.reason),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  if (options.socket) provider.attach();
  return {
    provider,
    doc,
    text: (field) => doc.getText(field),
    auth,
    messages,
    closes,
    close: () => provider.destroy(),
  };
}

/** Opens and waits for the authentication answer and the first sync (when authenticated). */
export async function openSynced(apiUrl: string, token: string, name: string): Promise<CollabClient> {
  const client = openDocument(apiUrl, token, name);
  const answer = await client.auth;
  if (!answer.ok) throw new Error(`authentication failed: ${answer.reason}`);
  await until(() => client.provider.isSynced, `sync of ${name}`);
  return client;
}

/** Polls `check` until it holds (no wall-clock bound but a generous give-up). */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Types `text` one character at a time, yielding between keystrokes, from `at` (default: the end)
 * onwards; the caret sticks to the character before it (a relative position), as in an editor,
 * so others typing elsewhere do not move it.
 */
export async function type(client: CollabClient, field: string, text: string, at?: number): Promise<void> {
  const ytext = client.text(field);
  let caret = Y.createRelativePositionFromTypeIndex(ytext, at ?? ytext.length, -1);
  for (const char of text) {
    const index = Y.createAbsolutePositionFromRelativePosition(caret, client.doc)?.index ?? 0;
    ytext.insert(index, char);
    caret = Y.createRelativePositionFromTypeIndex(ytext, index + char.length, -1);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function closeAll(clients: Iterable<CollabClient | undefined>): void {
  for (const client of clients) client?.close();
}
