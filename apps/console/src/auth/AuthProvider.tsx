import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { whenSignedOut } from '../api/client';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { session } from './session';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      jurisdiction {
        id
        name
        level
      }
    }
  }
`);

export type Me = MeQuery['me'];

interface AuthState {
  me: Me | null;
  loading: boolean;
  signIn(token: string): void;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

/** Who is signed in: the token in this browser, and `me` as the server sees it. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(session.token());
  const [{ data, fetching }, reload] = useQuery({ query: MeDocument, pause: !token, requestPolicy: 'network-only' });
  const signOut = useCallback(() => {
    session.clear();
    setToken(null);
  }, []);
  useEffect(() => whenSignedOut(() => setToken(null)), []);
  const signIn = useCallback(
    (next: string) => {
      session.save(next);
      setToken(next);
      reload({ requestPolicy: 'network-only' });
    },
    [reload],
  );
  const value = useMemo<AuthState>(
    () => ({ me: token ? (data?.me ?? null) : null, loading: Boolean(token) && fetching && !data, signIn, signOut }),
    [token, data, fetching, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only for pages behind the sign-in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe before sign-in');
  return me;
}
