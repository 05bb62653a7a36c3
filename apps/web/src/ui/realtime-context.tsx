import { createContext, useContext, useEffect, useState } from 'react';
import { io, Socket } from 'socket.io-client';

const RealtimeContext = createContext<Socket | null>(null);

/** One socket per signed-in tab, on the API's own origin (namespace `/realtime`). */
export function RealtimeProvider({ token, children }: { token: string | null; children: React.ReactNode }) {
  const [socket, setSocket] = useState<Socket | null>(null);
  useEffect(() => {
    if (!token) return undefined;
    const next = io('/realtime', { auth: { token }, transports: ['websocket'] });
    setSocket(next);
    return () => {
      next.disconnect();
      setSocket(null);
    };
  }, [token]);
  return <RealtimeContext.Provider value={socket}>{children}</RealtimeContext.Provider>;
}

export function useSocket(): Socket | null {
  return useContext(RealtimeContext);
}
