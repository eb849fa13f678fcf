import { hasRole, type Actor } from "./actor.ts";
import { allow, anyOf, deny, type Decision } from "./decision.ts";
import type { OfficerRelations } from "./reach.ts";
import { agencyStaff, officerRecordPolicy, supervisorOf } from "./records.ts";

/**
 * Substitute contact days (subd. 3(d)): daily work records, private personnel data. Issue 4: "contact
 * days may be recorded by the agency or by the district's safety coordinator" — the coordinator for
 * the schools of their own district only, which they may then also read.
 */
function districtSafetyCoordinator(actor: Actor, officer: OfficerRelations, schoolId: string | null): Decision {
  const placement = officer.placements.find((p) => p.schoolId === schoolId);
  if (placement !== undefined && hasRole(actor, placement.districtId, "SAFETY_COORDINATOR")) {
    return allow("the safety coordinator of the district where the day was served (POST IV.H.1 contract; Minn. Stat. § 13.05, subd. 5)");
  }
  return deny("a safety coordinator records and reads contact days at their own district's schools only");
}

/**
 * The district's own record of service at its schools: its superintendent and safety coordinator
 * read the contact days at the district's schools, a principal those at their school.
 */
function districtReader(actor: Actor, officer: OfficerRelations, schoolId: string | null): Decision {
  const placement = officer.placements.find((p) => p.schoolId === schoolId);
  if (placement === undefined) return deny("the day was not served at a school of an organisation you hold a role in");
  if (hasRole(actor, placement.districtId, "SUPERINTENDENT", "SAFETY_COORDINATOR")) return allow("the district's record of service at its schools (POST IV.H.1 contract; Minn. Stat. § 13.05, subd. 5)");
  if (actor.memberships.some((m) => m.role === "PRINCIPAL" && m.schoolId === schoolId)) return allow("the school's record of service (POST IV.H.1 contract; Minn. Stat. § 13.05, subd. 5)");
  return deny("contact days are open to the district of the school where they were served");
}

export const contactDayPolicy = officerRecordPolicy(
  "contactDays",
  (actor, officer, schoolId) =>
    anyOf(
      agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "contact days are recorded by the agency or the district's safety coordinator"),
      supervisorOf(actor, officer),
      districtSafetyCoordinator(actor, officer, schoolId),
    ),
  true,
  districtReader,
);
