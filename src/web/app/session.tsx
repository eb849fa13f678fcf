import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { getJson, sendJson, setCsrfToken } from "../api/client.ts";
import type { Answer } from "../api/typed.ts";

/**
 * Who is signed in (GET /api/v1/session), shared by every page. The page shows and hides what the
 * server's `may` says — computed by its policies — and never names a role (issue 11, item 3; a lint
 * rule in eslint.config.js keeps role names out of src/web).
 */
/** The session answer as the API's document describes it (GET /api/v1/session). */
type SessionAnswer = Answer<"/api/v1/session", "get">;
export type SessionUser = NonNullable<SessionAnswer["user"]>;
/** One of the person's roles; `roleTitle` is the role in words, for showing a person their own roles. */
export type Membership = SessionUser["memberships"][number];
/** What the signed-in person may do, as the server's policies decide. */
export type Abilities = SessionUser["may"];

export interface Session {
  /** null while the first answer is awaited. */
  state: SessionAnswer | null;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionAnswer | null>(null);
  const refresh = useCallback(async () => {
    const answer = await getJson<SessionAnswer>("/api/v1/session");
    setCsrfToken(answer.csrfToken);
    setState(answer);
  }, []);
  const signOut = useCallback(async () => {
    await sendJson("DELETE", "/api/v1/session");
    setCsrfToken(null);
    await refresh();
  }, [refresh]);
  useEffect(() => {
    refresh().catch(() => setState({ signedIn: false, secondFactorPending: false, csrfToken: null, user: null }));
  }, [refresh]);
  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The signed-in person (pages behind sign-in only). */
export function useUser(): SessionUser {
  const user = useSession().state?.user;
  if (user === undefined || user === null) throw new Error("useUser on a page shown without sign-in");
  return user;
}
