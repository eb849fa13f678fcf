import type { Actor } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";

/**
 * Importing a file of officers, assignments, courses or contact days (services/import/upload.ts).
 * An import writes officers' records, so it belongs to those who keep them: the employing agency's
 * chief and training coordinator (R-REC-1: the chief law enforcement officer maintains the records;
 * issue 4 and docs/decisions/0008: the coordinator and chief write them), and only for the officers of
 * their own agencies — which is the answer's `agencies`. The command line's operator imports for
 * every agency (it is the installation itself). The system administrator does not: keeping personnel
 * records is the agency's, not the installation's (0008). District roles, supervisors, SROs and
 * auditors keep no officer's training file.
 */
export interface ImportDecision extends Decision {
  /** The agencies whose officers the actor may import: "all" for the operator. */
  agencies: "all" | string[];
}

export const IMPORTER_ROLES = ["CHIEF", "TRAINING_COORDINATOR"] as const;

export const importPolicy = {
  /**
   * `createMissing` (the command line's --create-missing) also adds the agencies, districts and
   * schools a file names. Adding organizations is the administrator's (policies/organizations.ts)
   * and importing officers' records the agencies' staff's; only the operator holds both.
   */
  importFiles(actor: Actor, options: { createMissing?: boolean } = {}): ImportDecision {
    if (options.createMissing === true && actor.kind !== "operator") {
      return { ...deny("only the installation's operator (command line) creates the agencies, districts and schools an import names: ask the administrator to add them first"), agencies: [] };
    }
    if (actor.kind === "operator") return { ...allow("the installation's operator (command line)"), agencies: "all" };
    const agencies = actor.memberships
      .filter((m) => m.organizationKind === "AGENCY" && (IMPORTER_ROLES as readonly string[]).includes(m.role))
      .map((m) => m.organizationId);
    if (agencies.length > 0) return { ...allow("the agency's chief or training coordinator, for the agency's officers (issue 4: they keep the officers' records)"), agencies: [...new Set(agencies)] };
    if (actor.kind === "public") return { ...deny("sign in first"), agencies: [] };
    return { ...deny("only an agency's chief or training coordinator imports officers' records"), agencies: [] };
  },
  /**
   * Loading the demo (sroc demo, and sroc start on an empty database) writes the records of every
   * agency and adds organizations: the installation itself, from the command line.
   */
  loadDemo(actor: Actor): Decision {
    return actor.kind === "operator" ? allow("the installation's operator (command line)") : deny("only the installation's operator loads the demo (sroc demo)");
  },
};
