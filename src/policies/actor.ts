import type { Role } from "../records/roles.ts";

/**
 * Who is acting: a signed-in person with roles in organizations, the command line (the installation's
 * operator), or nobody (the public). Built once per request from the session (services/accounts.ts)
 * and handed to every policy.
 */
/** The roles a person may hold (src/records/roles.ts, the one list). */
export type { Role };

/** Each role in the words a person reads (the session answer shows a person their own roles so). */
export const ROLE_TITLES: Record<Role, string> = {
  CHIEF: "Chief law enforcement officer",
  TRAINING_COORDINATOR: "Training coordinator",
  SUPERVISOR: "Supervisor",
  SRO: "School resource officer",
  SUPERINTENDENT: "Superintendent",
  SAFETY_COORDINATOR: "Emergency management and safety coordinator",
  PRINCIPAL: "Principal",
  AUDITOR: "Auditor",
};

export const AGENCY_ROLES: readonly Role[] = ["CHIEF", "TRAINING_COORDINATOR", "SUPERVISOR", "SRO"];
export const DISTRICT_ROLES: readonly Role[] = ["SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL"];

export interface Membership {
  organizationId: string;
  organizationKind: "AGENCY" | "DISTRICT" | "CHARTER_SCHOOL";
  role: Role;
  /** A principal's school. */
  schoolId: string | null;
}

export interface Actor {
  kind: "user" | "operator" | "public";
  /** The user id, "cli:<name>" for the command line, "public" for nobody. */
  id: string;
  name: string;
  /** The system administrator. */
  isAdmin: boolean;
  memberships: readonly Membership[];
  /** An SRO's own officer record. */
  officerId: string | null;
  /** The officers a supervisor supervises. */
  supervisedOfficerIds: readonly string[];
}

export const PUBLIC: Actor = { kind: "public", id: "public", name: "the public", isAdmin: false, memberships: [], officerId: null, supervisedOfficerIds: [] };

/** The command line acts as the installation's operator: whoever can run it can open the database. */
export function operator(name: string): Actor {
  return { kind: "operator", id: `cli:${name}`, name: `sroc (${name})`, isAdmin: true, memberships: [], officerId: null, supervisedOfficerIds: [] };
}

export function rolesIn(actor: Actor, organizationId: string): Role[] {
  return actor.memberships.filter((m) => m.organizationId === organizationId).map((m) => m.role);
}

export function hasRole(actor: Actor, organizationId: string, ...roles: Role[]): boolean {
  return actor.memberships.some((m) => m.organizationId === organizationId && roles.includes(m.role));
}
