import { createContext, useCallback, useContext, useMemo, useState } from 'react';

import { forgetSessionKeeping, rememberExpiredSession } from './session-keeping';

const STORAGE_KEY = 'mc.accessToken';

interface AuthState {
  token: string | null;
  signIn(token: string): void;
  /** A deliberate log-out: unsaved text is forgotten too. */
  signOut(): void;
  /**
   * The session ended on its own (GraphQL answered UNAUTHENTICATED, or the socket said
   * `session:expired`): the page and unsaved text are kept for after the next log-in.
   */
  expire(): void;
}

const AuthContext = createContext<AuthState | null>(null);

/** The access token, kept in this browser's storage so that a reload keeps the session. */
export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [token, setToken] = useState<string | null>(() => window.localStorage.getItem(STORAGE_KEY));
  const signIn = useCallback((next: string) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    window.localStorage.removeItem(STORAGE_KEY);
    forgetSessionKeeping();
    setToken(null);
  }, []);
  const expire = useCallback(() => {
    window.localStorage.removeItem(STORAGE_KEY);
    rememberExpiredSession(window.location.pathname + window.location.search + window.location.hash);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signIn, signOut, expire }), [token, signIn, signOut, expire]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
