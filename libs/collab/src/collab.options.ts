export const COLLAB_OPTIONS = Symbol('COLLAB_OPTIONS');

export interface CollabOptions {
  /** With a URL, instances share documents through Redis (`@hocuspocus/extension-redis`). */
  redisUrl: string | null;
  redisPrefix: string;
  /** Quiet time after the last change before a document is stored (its text and its Yjs state). */
  storeDebounceMs: number;
  /** The longest a document goes unstored while people keep typing. */
  storeMaxDebounceMs: number;
  /** A WebSocket frame larger than this closes that socket (code 1009); nobody else is affected. */
  maxMessageBytes: number;
}

export const DEFAULT_COLLAB_OPTIONS: Omit<CollabOptions, 'redisUrl' | 'redisPrefix'> = {
  storeDebounceMs: 1_000,
  storeMaxDebounceMs: 10_000,
  maxMessageBytes: 1024 * 1024,
};
