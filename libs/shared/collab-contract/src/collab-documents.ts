/**
 * The live co-editing contract (../shared/contract/collab.md): document names, the `Y.Text` keys
 * of each, their length limits (those of the GraphQL fields) and the server's messages.
 * No server code: shared by the API (`@mc/collab`), its tests and the web app.
 */

/** The path of the WebSocket endpoint on the API's HTTP port. */
export const COLLAB_PATH = '/collab';

/** The kinds of live documents and the record each is the text of. */
export const COLLAB_DOCUMENT_KINDS = ['design', 'outcome', 'skill'] as const;
export type CollabDocumentKind = (typeof COLLAB_DOCUMENT_KINDS)[number];

/** The `Y.Text` keys (`doc.getText(key)`) of each kind: the GraphQL field names of the record. */
export const COLLAB_FIELDS = {
  design: ['summary', 'targetLearners', 'prerequisites', 'assessmentApproach'],
  outcome: ['statement', 'assessmentMethod'],
  skill: ['description'],
} as const satisfies Record<CollabDocumentKind, readonly string[]>;

export type CollabField<K extends CollabDocumentKind = CollabDocumentKind> =
  (typeof COLLAB_FIELDS)[K][number];

/**
 * The most characters (UTF-16 code units, as JavaScript counts them and as the GraphQL inputs
 * check them) each field may hold once trimmed; a longer text is not stored.
 */
export const COLLAB_FIELD_LIMITS: { [K in CollabDocumentKind]: Record<CollabField<K>, number> } = {
  design: { summary: 5_000, targetLearners: 2_000, prerequisites: 2_000, assessmentApproach: 2_000 },
  outcome: { statement: 1_000, assessmentMethod: 2_000 },
  skill: { description: 2_000 },
};

/** Fields that may not be empty (the record's column is NOT NULL): an empty text is not stored. */
export const COLLAB_REQUIRED_FIELDS: { [K in CollabDocumentKind]: readonly CollabField<K>[] } = {
  design: [],
  outcome: ['statement'],
  skill: [],
};

export interface CollabDocumentName<K extends CollabDocumentKind = CollabDocumentKind> {
  kind: K;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `design:<id>`, `outcome:<id>`, `skill:<id>`. */
export function collabDocumentName(kind: CollabDocumentKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of a document name, or null when it names no document (unknown kind, no UUID). */
export function parseCollabDocumentName(name: string): CollabDocumentName | null {
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const id = name.slice(colon + 1);
  if (!(COLLAB_DOCUMENT_KINDS as readonly string[]).includes(kind) || !UUID.test(id)) return null;
  return { kind: kind as CollabDocumentKind, id: id.toLowerCase() };
}

/** Why authentication failed (`onAuthenticationFailed({ reason })` of the provider). */
export const COLLAB_AUTH_FAILURES = ['UNAUTHENTICATED', 'NOT_FOUND'] as const;
export type CollabAuthFailure = (typeof COLLAB_AUTH_FAILURES)[number];

/** The scope the server grants (`onAuthenticated({ scope })` / `provider.authorizedScope`). */
export type CollabScope = 'read-write' | 'readonly';

/**
 * Why a field's text is not stored: longer than the limit, empty where the record requires a
 * text, or holding a character the API refuses.
 */
export type CollabFieldProblem =
  | { field: string; problem: 'TOO_LONG'; length: number; limit: number }
  | { field: string; problem: 'REQUIRED' }
  /** A character the API refuses in every text (NUL, control characters, unpaired surrogates). */
  | { field: string; problem: 'UNSAFE_TEXT'; reason: string };

/**
 * The server's stateless messages (`provider.on('stateless', ({ payload }) => JSON.parse(payload))`).
 * - `fieldProblems`: the fields whose current text is not stored (empty list: all stored again).
 * - `scope`: the connection's scope changed (the design left or returned to DRAFTING).
 */
export type CollabServerMessage =
  { type: 'fieldProblems'; problems: CollabFieldProblem[] } | { type: 'scope'; scope: CollabScope };

/** The awareness field the server sets on each client: who it is (a client cannot pose as another). */
export interface CollabAwarenessUser {
  id: string;
  displayName: string;
  color: string;
}

/** A stable colour per user id (hsl), the same on every client. */
export function collabUserColor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return `hsl(${hash % 360}, 70%, 40%)`;
}
