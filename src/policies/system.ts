import type { Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";

/**
 * What belongs to the installation rather than to an organization: accounts and roles, the readings
 * of the law in force, the audit trail, and the rules engine itself.
 */
export const systemPolicy = {
  /** Accounts and memberships: the administrator (issue 4: "--admin for the first administrator"). */
  manageUsers: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator manages accounts and roles")),
  /** Who holds which role: the administrator; an auditor for the organizations assigned to them. */
  listUsers(actor: Actor): Decision & { organizations: "all" | string[] } {
    if (actor.isAdmin) return { ...allow("the system administrator"), organizations: "all" };
    const orgs = actor.memberships.filter((m) => m.role === "AUDITOR").map((m) => m.organizationId);
    return orgs.length > 0 ? { ...allow("an auditor reviews who holds roles in the organizations assigned to them"), organizations: orgs } : { ...deny("only auditors and the administrator see the accounts"), organizations: [] };
  },
  /** The readings of law.md §12 change every status: the administrator, on counsel's advice. */
  setReadings: (actor: Actor): Decision => (actor.isAdmin ? allow("the system administrator") : deny("only the system administrator sets the readings of the law")),
  /** The audit trail: the administrator, and auditors for the organizations assigned to them. */
  readAudit(actor: Actor): Decision & { organizations: "all" | string[] } {
    if (actor.isAdmin) return { ...allow("the system administrator"), organizations: "all" };
    const orgs = actor.memberships.filter((m) => m.role === "AUDITOR").map((m) => m.organizationId);
    return orgs.length > 0 ? { ...allow("an auditor, for the organizations assigned to them"), organizations: orgs } : { ...deny("only auditors and the administrator read the audit trail"), organizations: [] };
  },
  /**
   * Verifying the trail's hash chain: the administrator, for every event; an auditor too, for the
   * organizations assigned to them — the check runs over the whole chain (it is one chain), but the
   * answer names only the events the auditor may read and places any other break between those
   * (decision 0018; services/audit-trail.ts). The session answer's `may.verifyAuditTrail` asks this
   * rule too, so the button and the operation cannot disagree.
   */
  verifyAudit(actor: Actor): Decision & { organizations: "all" | string[] } {
    if (actor.isAdmin) return { ...allow("the system administrator"), organizations: "all" };
    const orgs = actor.memberships.filter((m) => m.role === "AUDITOR").map((m) => m.organizationId);
    return orgs.length > 0
      ? { ...allow("an auditor verifies the whole chain and is shown only the events of the organizations assigned to them (decision 0018)"), organizations: orgs }
      : { ...deny("only auditors and the administrator verify the audit trail"), organizations: [] };
  },
  /** The engine answers questions about the law, not about stored records: any signed-in person. */
  evaluate: (actor: Actor): Decision => (actor.kind === "public" ? deny("sign in first") : allow("the rules engine holds no records")),
};
