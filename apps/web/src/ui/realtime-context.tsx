import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { io, Socket } from 'socket.io-client';

import type { ClientToServerEvents, ServerToClientEvents } from '@mc/realtime-contract';

/** The `/realtime` socket, typed by the channel's contract (socket.io-client's generics: server's events first). */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Exported for component tests, which provide a socket of their own. */
export const RealtimeContext = createContext<RealtimeSocket | null>(null);

/** One socket per signed-in tab, on the API's own origin (namespace `/realtime`). */
export function RealtimeProvider({
  token,
  onExpired,
  children,
}: {
  token: string | null;
  /** The server ended the socket because the token expired: it would otherwise reconnect forever. */
  onExpired(): void;
  children: React.ReactNode;
}) {
  const [socket, setSocket] = useState<RealtimeSocket | null>(null);
  const expired = useRef(onExpired);
  expired.current = onExpired;
  useEffect(() => {
    if (!token) return undefined;
    // The namespace is the contract's REALTIME_NAMESPACE; spelled out because the contract is imported for its types only.
    const next: RealtimeSocket = io('/realtime', { auth: { token }, transports: ['websocket'] });
    next.on('session:expired', () => expired.current());
    // A handshake refused for the token (expired while the tab slept) is the same end of session.
    next.on('connect_error', (error) => {
      if (/UNAUTHENTICATED/.test(error.message)) expired.current();
    });
    setSocket(next);
    return () => {
      next.disconnect();
      setSocket(null);
    };
  }, [token]);
  return <RealtimeContext.Provider value={socket}>{children}</RealtimeContext.Provider>;
}

export function useSocket(): RealtimeSocket | null {
  return useContext(RealtimeContext);
}
