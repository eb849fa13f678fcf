import { hasRole, type Actor } from "./actor.ts";
import { allow, anyOf, deny, type Decision } from "./decision.ts";
import type { OfficerRelations } from "./reach.ts";
import { agencyStaff, officerRecordPolicy, supervisorOf } from "./records.ts";

/**
 * Substitute contact days (subd. 3(d)): daily work records, private personnel data (Minn. Stat.
 * § 13.43, subd. 4). Issue 4: "contact days may be recorded by the agency or by the district's safety
 * coordinator" — the coordinator for the schools of their own district only, which they may then also
 * read. The district's superintendent and principals do not read the days: their work needs what the
 * status already tells them (the count, the 60th day, whether clauses (4) and (5) may be relied on),
 * not the officer's daily schedule — private data go only to those whose work requires them (§ 13.05,
 * subd. 5; Minn. R. 1205.0400, subp. 2). Decided in docs/decisions/0012.
 */
function districtSafetyCoordinator(actor: Actor, officer: OfficerRelations, schoolId: string | null): Decision {
  const placement = officer.placements.find((p) => p.schoolId === schoolId);
  if (placement !== undefined && hasRole(actor, placement.districtId, "SAFETY_COORDINATOR")) {
    return allow("the safety coordinator of the district where the day was served (POST IV.H.1 contract; Minn. Stat. § 13.05, subd. 5)");
  }
  return deny("a safety coordinator records and reads contact days at their own district's schools only");
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
  // Of the district, only its safety coordinator reads the days, at its own schools (docs/decisions/0012).
  districtSafetyCoordinator,
);
