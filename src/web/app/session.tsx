import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { getJson, sendJson, setCsrfToken } from "../api/client.ts";

/**
 * Who is signed in (GET /api/v1/session), shared by every page. The page shows and hides what the
 * server's `may` says — computed by its policies — and never names a role (issue 11, item 3; a lint
 * rule in eslint.config.js keeps role names out of src/web).
 */
export interface Membership {
  organizationId: string;
  organizationKind: string;
  schoolId: string | null;
  /** The role in words ("Training coordinator"), for showing a person their own roles. */
  roleTitle: string;
}

/** What the signed-in person may do, as the server's policies decide. */
export interface Abilities {
  importRecords: boolean;
  addOfficers: boolean;
  /** The agencies where the person may add an officer. */
  addOfficersTo: { id: string; name: string }[];
  addOrganizations: boolean;
  administerUsers: boolean;
  readAuditTrail: boolean;
  verifyAuditTrail: boolean;
  changeReadings: boolean;
}

export interface SessionUser {
  id: string;
  name: string;
  officerId: string | null;
  memberships: Membership[];
  may: Abilities;
  /** Whose view an overview takes: a district's (its id) or the employing agency's (null). */
  view: { districtId: string | null; relievedDutiesDistrictId: string | null };
  /** What the person must do before anything else (a temporary password, a second factor their role requires); absent from an older server. */
  mustFirst?: { changePassword: boolean; setUpSecondFactor: boolean };
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
