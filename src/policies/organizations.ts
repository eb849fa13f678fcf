import { hasRole, type Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";
import type { Action } from "./records.ts";

/**
 * Organisations and schools: names and adopted SRO policies are public government data (§ 13.03),
 * readable by every signed-in person. The administrator creates them; an agency's chief records the
 * SRO policy the agency adopted, a district's superintendent the district's — and its schools.
 */
const signedIn = (actor: Actor): Decision => (actor.kind === "public" ? deny("sign in first") : allow("public government data (Minn. Stat. § 13.03)"));

export const organizationPolicy = {
  read: signedIn,
  create: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator adds organisations")),
  update(actor: Actor, org: { id: string; kind: string }): Decision {
    if (actor.isAdmin) return allow("the system administrator");
    if (org.kind === "AGENCY" && hasRole(actor, org.id, "CHIEF")) return allow("the chief law enforcement officer records the agency's adopted SRO policy");
    if (org.kind !== "AGENCY" && hasRole(actor, org.id, "SUPERINTENDENT")) return allow("the superintendent records the district's adopted SRO policy");
    return deny("only the organisation's chief or superintendent, or the administrator, may change it");
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
