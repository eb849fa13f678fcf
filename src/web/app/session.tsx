import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { getJson, sendJson, setCsrfToken } from "../api/client.ts";

/** Who is signed in (GET /api/v1/session), shared by every page. */
export interface Membership {
  organizationId: string;
  organizationKind: string;
  role: string;
  schoolId: string | null;
}

export interface SessionUser {
  id: string;
  name: string;
  isAdmin: boolean;
  officerId: string | null;
  memberships: Membership[];
}

interface SessionAnswer {
  signedIn: boolean;
  secondFactorPending: boolean;
  csrfToken: string | null;
  user: SessionUser | null;
}

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

export const ROLE_NAMES: Record<string, string> = {
  CHIEF: "Chief law enforcement officer",
  TRAINING_COORDINATOR: "Training coordinator",
  SUPERVISOR: "Supervisor",
  SRO: "School resource officer",
  SUPERINTENDENT: "Superintendent",
  SAFETY_COORDINATOR: "Emergency management and safety coordinator",
  PRINCIPAL: "Principal",
  AUDITOR: "Auditor",
};

export function hasRole(user: SessionUser, ...roles: string[]): boolean {
  return user.memberships.some((m) => roles.includes(m.role));
}
