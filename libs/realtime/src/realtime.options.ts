export const REALTIME_OPTIONS = Symbol('REALTIME_OPTIONS');

export interface RealtimeOptions {
  /** Several instances share rooms through the Redis adapter (REDIS_URL is set). */
  distributed: boolean;
  /** Client messages a socket may send per second; more are answered RATE_LIMITED. */
  messagesPerSecond: number;
  maxDesignsPerSocket: number;
  /** Sockets a user may have open at once, on all instances together; more are refused RATE_LIMITED. */
  maxSocketsPerUser: number;
  presenceDebounceMs: number;
  holeGraceMs: number;
}

export const DEFAULT_REALTIME_OPTIONS: Omit<RealtimeOptions, 'distributed'> = {
  messagesPerSecond: 20,
  maxDesignsPerSocket: 50,
  maxSocketsPerUser: 20,
  presenceDebounceMs: 50,
  holeGraceMs: 30,
};
