import { hasRole, type Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";

/**
 * How far a person's view of an officer reaches — the one question behind every officer-bound
 * record (the officer, assignments, courses, certificates, decisions, reviews, contact days, status):
 *
 *   FULL    the officer's whole record, private personnel data included: the employing agency's chief
 *           and training coordinator, a supervisor for the SROs supervised, the SRO for their own
 *           record, an auditor of the agency (read only), the system administrator;
 *   PUBLIC  what is public personnel data and the compliance status: a district's superintendent or
 *           safety coordinator for officers assigned to its schools under a contract with it, a
 *           principal for officers assigned to their school, an auditor of the district (issue 4:
 *           "their compliance status and what the contract's data-sharing terms allow, not the rest
 *           of their personnel file");
 *   NONE    anyone else — no one sees another organization's data.
 */
export type Reach = "FULL" | "PUBLIC" | "NONE";

/** What the policies need to know about an officer: employer and the schools served under contract. */
export interface OfficerRelations {
  officerId: string;
  agencyId: string;
  /** Assignments under a contract: the district (or charter school) and the school. */
  placements: readonly { districtId: string; schoolId: string }[];
}

export interface ReachDecision extends Decision {
  reach: Reach;
  /** Read-only (an auditor). */
  readOnly: boolean;
}

const PERSONNEL_BASIS = "Minn. Stat. § 13.43, subd. 4 and § 13.05, subd. 5: private personnel data, open to the employer's staff whose work requires it";

export function officerReach(actor: Actor, officer: OfficerRelations): ReachDecision {
  const at = (reach: Reach, d: Decision, readOnly = false): ReachDecision => ({ ...d, reach, readOnly });
  if (actor.isAdmin || actor.kind === "operator") return at("FULL", allow(`the system administrator (${PERSONNEL_BASIS})`));
  if (hasRole(actor, officer.agencyId, "CHIEF", "TRAINING_COORDINATOR")) return at("FULL", allow(`the employing agency's chief or training coordinator (${PERSONNEL_BASIS})`));
  if (hasRole(actor, officer.agencyId, "SUPERVISOR") && actor.supervisedOfficerIds.includes(officer.officerId)) {
    return at("FULL", allow(`the officer's supervisor (${PERSONNEL_BASIS})`));
  }
  if (actor.officerId === officer.officerId) return at("FULL", allow("the officer's own record: Minn. Stat. § 13.04, subd. 3 (a data subject's access to data about them)"));
  if (hasRole(actor, officer.agencyId, "AUDITOR")) return at("FULL", allow(`an auditor of the employing agency, read only (${PERSONNEL_BASIS})`), true);
  for (const p of officer.placements) {
    if (hasRole(actor, p.districtId, "SUPERINTENDENT", "SAFETY_COORDINATOR")) return at("PUBLIC", allow("the district the officer serves under contract: compliance status and public personnel data (Minn. Stat. § 13.43, subd. 2)"));
    if (actor.memberships.some((m) => m.role === "PRINCIPAL" && m.schoolId === p.schoolId)) return at("PUBLIC", allow("the principal of a school the officer serves: compliance status and public personnel data (Minn. Stat. § 13.43, subd. 2)"));
    if (hasRole(actor, p.districtId, "AUDITOR")) return at("PUBLIC", allow("an auditor of a district the officer serves, read only"), true);
  }
  return at("NONE", deny("the officer is not employed by, supervised in, or assigned to an organization you hold a role in"));
}

/**
 * The same reach as a set, for lists (the store turns it into a condition): officers of these
 * agencies and these officers in FULL; officers placed in these districts or schools in PUBLIC.
 */
export interface OfficerScope {
  all: boolean;
  fullAgencies: string[];
  fullOfficers: string[];
  publicDistricts: string[];
  publicSchools: string[];
}

export function officerScope(actor: Actor): OfficerScope {
  if (actor.isAdmin) return { all: true, fullAgencies: [], fullOfficers: [], publicDistricts: [], publicSchools: [] };
  const scope: OfficerScope = { all: false, fullAgencies: [], fullOfficers: [...actor.supervisedOfficerIds], publicDistricts: [], publicSchools: [] };
  if (actor.officerId !== null) scope.fullOfficers.push(actor.officerId);
  for (const m of actor.memberships) {
    if (m.organizationKind === "AGENCY" && (m.role === "CHIEF" || m.role === "TRAINING_COORDINATOR" || m.role === "AUDITOR")) scope.fullAgencies.push(m.organizationId);
    if (m.organizationKind !== "AGENCY" && (m.role === "SUPERINTENDENT" || m.role === "SAFETY_COORDINATOR" || m.role === "AUDITOR")) scope.publicDistricts.push(m.organizationId);
    if (m.role === "PRINCIPAL" && m.schoolId !== null) scope.publicSchools.push(m.schoolId);
  }
  return scope;
}

/** The FULL part of a scope only (lists of private records). */
export function fullOnly(scope: OfficerScope): OfficerScope {
  return { ...scope, publicDistricts: [], publicSchools: [] };
}
