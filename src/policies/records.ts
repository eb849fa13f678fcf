import { hasRole, type Actor, type Role } from "./actor.ts";
import { allow, deny, type Decision } from "./decision.ts";
import { DATA_PRACTICES, type DataKind } from "./data-practices.ts";
import { officerReach, type OfficerRelations } from "./reach.ts";

/**
 * The shape every officer-bound kind of record shares: who may read it follows the reach over its
 * officer and the data's classification (private data need a FULL reach); who may write it is the
 * kind's own rule (its file says who and why). `actions` lists what the caller may do with one record
 * — the API returns it with each record.
 */
export type Action = "read" | "update" | "remove";

/**
 * What a PUBLIC reach (a district, a principal) sees of an officer: who the officer is, where they
 * serve, and the compliance status — issue 4: "their compliance status and what the contract's
 * data-sharing terms allow, not the rest of their personnel file". The training file itself (courses,
 * certificates), though public data under § 13.43, stays with the agency until data-sharing terms
 * arrive with contracts (docs/decisions/0007).
 */
const DISTRICT_VIEW = new Set<DataKind>(["officers", "assignments", "statuses"]);

export function publicReachSees(kind: DataKind): boolean {
  return DISTRICT_VIEW.has(kind);
}

export interface OfficerRecordPolicy {
  kind: DataKind;
  read(actor: Actor, officer: OfficerRelations, schoolId?: string | null): Decision;
  write(actor: Actor, officer: OfficerRelations, schoolId?: string | null): Decision;
  actions(actor: Actor, officer: OfficerRelations, schoolId?: string | null): Action[];
}

export function officerRecordPolicy(
  kind: DataKind,
  writers: (actor: Actor, officer: OfficerRelations, schoolId: string | null) => Decision,
  removable: boolean,
  /** Readers of private data beyond a FULL reach (e.g. a safety coordinator, for their schools). */
  alsoReads?: (actor: Actor, officer: OfficerRelations, schoolId: string | null) => Decision,
): OfficerRecordPolicy {
  const read = (actor: Actor, officer: OfficerRelations, schoolId: string | null = null): Decision => {
    const r = officerReach(actor, officer);
    if (r.reach === "FULL" || (r.reach === "PUBLIC" && DISTRICT_VIEW.has(kind))) return r;
    const extra = alsoReads?.(actor, officer, schoolId);
    if (extra?.allowed === true) return extra;
    return r.reach === "NONE" ? r : deny(`${DATA_PRACTICES[kind].classification === "PUBLIC" ? "the officer's personnel file stays with the employing agency (issue 4: a district sees the compliance status)" : DATA_PRACTICES[kind].basis}: not open to your role`);
  };
  const write = (actor: Actor, officer: OfficerRelations, schoolId: string | null = null): Decision => {
    const r = officerReach(actor, officer);
    if (r.readOnly) return deny("an auditor's access is read only");
    return writers(actor, officer, schoolId);
  };
  return {
    kind,
    read,
    write,
    actions(actor, officer, schoolId = null) {
      const can: Action[] = [];
      if (read(actor, officer, schoolId).allowed) can.push("read");
      if (write(actor, officer, schoolId).allowed) can.push("update", ...(removable ? (["remove"] as const) : []));
      return can;
    },
  };
}

/**
 * The employing agency's staff with one of these roles. Not the system administrator: the issue names
 * who writes an officer's records, and keeping personnel records is the agency's, not the
 * installation's (the command line's operator, who can open the database anyway, may).
 */
export function agencyStaff(actor: Actor, officer: OfficerRelations, roles: Role[], what: string): Decision {
  if (actor.kind === "operator") return allow("the installation's operator (command line)");
  if (hasRole(actor, officer.agencyId, ...roles)) return allow(`the employing agency's ${roles.map((r) => r.toLowerCase().replace(/_/g, " ")).join(" or ")} (issue 4: ${what})`);
  return deny(`${what}: only the employing agency's ${roles.map((r) => r.toLowerCase().replace(/_/g, " ")).join(" or ")} may`);
}

export function supervisorOf(actor: Actor, officer: OfficerRelations): Decision {
  return hasRole(actor, officer.agencyId, "SUPERVISOR") && actor.supervisedOfficerIds.includes(officer.officerId)
    ? allow("the officer's supervisor")
    : deny("a supervisor acts only for the SROs they supervise");
}
