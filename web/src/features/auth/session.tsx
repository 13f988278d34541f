import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery } from '../../gql/graphql';
import { showTimesIn } from '../../shared/format';
import { ACCOUNT_SETUP_EVENT, execute, RequestError, UNAUTHENTICATED_EVENT } from '../../shared/graphql';
import { logout as logoutRequest } from './api';
import { MeQuery as MeDocument } from './operations';

export type Me = NonNullable<MeQuery['me']>;

/** The session's state for a signed-in user; times are shown in the zone of their region from here on. */
function signedIn(me: Me): SessionState {
  showTimesIn(me.timeZone);
  return { status: 'signedIn', me };
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; expired?: boolean }
  | { status: 'signedIn'; me: Me };

interface SessionValue {
  state: SessionState;
  /** Asks the server who is signed in; resolves to the user or null. */
  refresh: () => Promise<Me | null>;
  /** Takes the user as a mutation of one's own account answered it (new password, two-factor sign-in). */
  update: (me: Me) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** A session without a server, for component tests and previews: starts as `me`, takes updates. */
export function StaticSession({ me: initial, children }: { me: Me | null; children: ReactNode }) {
  const [me, setMe] = useState(initial);
  const value = useMemo<SessionValue>(
    () => ({
      state: me ? signedIn(me) : { status: 'anonymous' },
      refresh: async () => me,
      update: setMe,
      signOut: async () => undefined,
    }),
    [me],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const data = await execute(MeDocument);
      const me = data.me ?? null;
      setState(me ? signedIn(me) : { status: 'anonymous' });
      return me;
    } catch (error) {
      if (error instanceof RequestError && error.kind === 'unauthenticated') {
        setState({ status: 'anonymous' });
      } else {
        setState({ status: 'error', error });
      }
      return null;
    }
  }, []);

  const update = useCallback((me: Me) => setState(signedIn(me)), []);

  const signOut = useCallback(async () => {
    await logoutRequest();
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const onUnauthenticated = () => setState({ status: 'anonymous', expired: true });
    // The server wants a new password or two-factor sign-in first: ask who we are, the app then shows that page.
    const onAccountSetup = () => void refresh();
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    window.addEventListener(ACCOUNT_SETUP_EVENT, onAccountSetup);
    return () => {
      window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
      window.removeEventListener(ACCOUNT_SETUP_EVENT, onAccountSetup);
    };
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, update, signOut }), [state, refresh, update, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only call below the point where the app has checked the session. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe needs a signed-in user');
  return state.me;
}
