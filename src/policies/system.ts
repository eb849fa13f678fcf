import type { Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";

/**
 * What belongs to the installation rather than to an organisation: accounts and roles, the readings
 * of the law in force, the audit trail, and the rules engine itself.
 */
export const systemPolicy = {
  /** Accounts and memberships: the administrator (issue 4: "--admin for the first administrator"). */
  manageUsers: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator manages accounts and roles")),
  /** Who holds which role: the administrator; an auditor for the organisations assigned to them. */
  listUsers(actor: Actor): Decision & { organizations: "all" | string[] } {
    if (actor.isAdmin) return { ...allow("the system administrator"), organizations: "all" };
    const orgs = actor.memberships.filter((m) => m.role === "AUDITOR").map((m) => m.organizationId);
    return orgs.length > 0 ? { ...allow("an auditor reviews who holds roles in the organisations assigned to them"), organizations: orgs } : { ...deny("only auditors and the administrator see the accounts"), organizations: [] };
  },
  /** The readings of law.md §12 change every status: the administrator, on counsel's advice. */
  setReadings: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator sets the readings of the law")),
  /** The audit trail: the administrator, and auditors for the organisations assigned to them. */
  readAudit(actor: Actor): Decision & { organizations: "all" | string[] } {
    if (actor.isAdmin) return { ...allow("the system administrator"), organizations: "all" };
    const orgs = actor.memberships.filter((m) => m.role === "AUDITOR").map((m) => m.organizationId);
    return orgs.length > 0 ? { ...allow("an auditor, for the organisations assigned to them"), organizations: orgs } : { ...deny("only auditors and the administrator read the audit trail"), organizations: [] };
  },
  /** The engine answers questions about the law, not about stored records: any signed-in person. */
  evaluate: (actor: Actor): Decision => (actor.kind === "public" ? deny("sign in first") : allow("the rules engine holds no records")),
};
