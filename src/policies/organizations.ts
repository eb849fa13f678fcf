import { hasRole, type Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";
import type { Action } from "./records.ts";

/**
 * Organizations and schools: names and adopted SRO policies are public government data (§ 13.03),
 * readable by every signed-in person. The administrator creates them; an agency's chief records the
 * SRO policy the agency adopted, a district's superintendent the district's — and its schools.
 */
const signedIn = (actor: Actor): Decision => (actor.kind === "public" ? deny("sign in first") : allow("public government data (Minn. Stat. § 13.03)"));

export const organizationPolicy = {
  read: signedIn,
  create: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator adds organizations")),
  update(actor: Actor, org: { id: string; kind: string }): Decision {
    if (actor.isAdmin) return allow("the system administrator");
    if (org.kind === "AGENCY" && hasRole(actor, org.id, "CHIEF")) return allow("the chief law enforcement officer records the agency's adopted SRO policy");
    if (org.kind !== "AGENCY" && hasRole(actor, org.id, "SUPERINTENDENT")) return allow("the superintendent records the district's adopted SRO policy");
    return deny("only the organization's chief or superintendent, or the administrator, may change it");
  },
  actions(actor: Actor, org: { id: string; kind: string }): Action[] {
    return this.update(actor, org).allowed ? ["read", "update"] : signedIn(actor).allowed ? ["read"] : [];
  },
};

export const schoolPolicy = {
  read: signedIn,
  write(actor: Actor, organizationId: string): Decision {
    if (actor.isAdmin) return allow("the system administrator");
    if (hasRole(actor, organizationId, "SUPERINTENDENT")) return allow("the superintendent keeps the district's schools");
    return deny("only the district's superintendent, or the administrator, keeps its schools");
  },
  actions(actor: Actor, organizationId: string): Action[] {
    return this.write(actor, organizationId).allowed ? ["read", "update"] : signedIn(actor).allowed ? ["read"] : [];
  },
};

/**
 * The district whose school-safety work relies on SROs' clauses (4) and (5) (safety-drill advice,
 * vulnerability assessments): its superintendent's and safety coordinator's. The dashboard shows
 * them which officers cannot yet be relied on; null for everyone else.
 */
export function districtRelyingOnDuties(actor: Actor): string | null {
  return actor.memberships.find((m) => m.organizationKind !== "AGENCY" && (m.role === "SUPERINTENDENT" || m.role === "SAFETY_COORDINATOR"))?.organizationId ?? null;
}

/**
 * Whose eyes a person's overview looks through: someone who belongs only to one school district (or
 * charter school) sees officers as that district does (its adopted policy applied); everyone else the
 * employing agency's view. Which officers appear is the reach's decision (reach.ts), not this one's.
 */
export function districtViewOf(actor: Actor): string | null {
  const districts = actor.memberships.filter((m) => m.organizationKind !== "AGENCY");
  const only = !actor.isAdmin && districts.length > 0 && districts.length === actor.memberships.length && new Set(districts.map((m) => m.organizationId)).size === 1;
  return only ? (districts[0]?.organizationId ?? null) : null;
}
