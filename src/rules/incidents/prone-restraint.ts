import { formatIsoDate } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { Applicability } from "./applicability.ts";
import type { ForceFacts, IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/** R-PRN-1: the four facts a prone restraint record must carry. */
function missingProneRecord(force: ForceFacts): string[] {
  const missing: string[] = [];
  if (force.proneSeconds === null) missing.push("proneSeconds");
  if (force.restoredNonProne === null) missing.push("restoredNonProne");
  if (force.postForceAssessment === null) missing.push("postForceAssessment");
  if (force.aidRendered === null) missing.push("aidRendered");
  return missing;
}

/**
 * R-PRN-1..4 — prone restraint and physical holds. Which law applies turns on the incident date and on
 * who acted (reading A19, law.md §12): § 121A.58 subd. 2a named SROs from August 1, 2023 (assumed) until
 * Laws 2024, ch. 78 took them out on March 15, 2024; it still binds district staff.
 */
export function applyProneRestraint(incident: IncidentFacts, app: Applicability, ctx: Context, f: Findings): void {
  const force = incident.force;
  if (force === null) return;
  if (app.sro) applySroProne(incident, force, app, f);
  else if (incident.actor === "SCHOOL_STAFF") applyStaffRestraint(incident, force, app, ctx, f);
  else if (force.prone) {
    f.note("proneRestraint", "NOT_COVERED", "§ 121A.58 subd. 2a and the SRO prone-restraint rules reach district staff and SROs, not another officer; the limits on force still apply", ["121A.58/2a", "609.06/1"]);
  }
}

function applySroProne(incident: IncidentFacts, force: ForceFacts, app: Applicability, f: Findings): void {
  if (!force.prone) return;
  f.note("proneRestraint", true, "the SRO placed the student face down (§ 121A.58 subd. 1(b): \"placing a child in a face-down position\")", ["121A.58/1(b)"]);

  if (app.schoolRuleLimit) {
    // R-PRN-1 — Laws 2024, ch. 78 took SROs out of Minn. Stat. § 121A.58, subd. 2a ([FOUND-SECONDARY]);
    // Minn. Stat. § 626.8482, subd. 6(b)(2)(iv) requires "response tactics and strategies that minimize the use and duration of
    // prone restraint". Not prohibited per se, so every use is reviewed and its record must be whole.
    f.raise("PRONE_RESTRAINT_REVIEW");
    const missing = missingProneRecord(force);
    if (missing.length > 0) f.raise("FORCE_RECORD_INCOMPLETE", `not recorded: ${missing.join(", ")}`);
  } else if (app.staffRestraintBan) {
    // R-PRN-2 — Minn. Stat. § 121A.58, subd. 2a(a) (2023 text): "An employee or agent of a district, including a
    // school resource officer, … shall not use prone restraint." Law.md §13: 2023-08-01 through
    // 2024-03-14; REVIEW, because the AG read the amendment as not limiting public officers' lawful force.
    f.raise("HISTORIC_121A58_SRO_COVERED", `incident dated ${formatIsoDate(incident.date)}`);
  }
  // Reading A19 (law.md §12): the § 121A.58 texts behind R-PRN-1 and R-PRN-2 are secondary or unofficial copies.
  if (app.staffRestraintBan) f.raise("LAW_TEXT_SECONDARY");

  // R-UOF-4, POST IV.E.2.ii: the SRO "shall … render aid as needed including restoring the student to
  // a non-prone position as soon as possible". Only a recorded false raises it (law.md §7.3).
  if (app.postInForce && force.restoredNonProne === false) f.raise("PRONE_NOT_RESTORED_ASAP", force.proneSeconds === null ? null : `held prone ${force.proneSeconds} s`);

  // R-UOF-5 — Minn. Stat. § 609.06, subd. 1: only "reasonable force" is authorized (POST IV.E.3(6), (12): degree of
  // restraint; no longer an imminent threat). Law.md §7.3: raised whatever the agency policy, because
  // the reasonableness limit binds every officer.
  if (force.restoredNonProne === false) f.raise("FORCE_REASONABLENESS_REVIEW", "not restored to a non-prone position");
}

function applyStaffRestraint(incident: IncidentFacts, force: ForceFacts, app: Applicability, ctx: Context, f: Findings): void {
  const { law } = ctx;
  const hold = [force.prone ? "prone restraint" : null, force.neckPressure ? "pressure on the neck or throat" : null].filter((s) => s !== null);
  if (hold.length > 0) {
    f.note("staffRestraint", hold.join(", "), app.staffRestraintBan
      ? `district staff used a restraint § 121A.58 subd. 2a lists, on or after ${formatIsoDate(law.staffRestraintBanFrom)}`
      : `district staff used a restraint § 121A.58 subd. 2a lists, before ${formatIsoDate(law.staffRestraintBanFrom)}: the ban was not applied`, ["121A.58/2a", "A19"]);
    if (app.staffRestraintBan) {
      // R-PRN-3 — Minn. Stat. § 121A.58, subd. 2a: an employee or agent of a district "shall not use prone restraint"
      // and "shall not inflict any form of physical holding that … places pressure or weight on a
      // pupil's head, throat, neck …". Route to the district.
      f.raise("SCHOOL_STAFF_PRONE_121A58", hold.join(", "));
    } else {
      // Reading A19 (law.md §12) and law.md §13: a staff restraint before the (assumed) start of the 2023 amendment
      // is reported for review, not judged by it.
      f.raise("PRE_STATUTE_INCIDENT", `school-staff ${hold.join(", ")} dated ${formatIsoDate(incident.date)}, before ${formatIsoDate(law.staffRestraintBanFrom)}: § 121A.58 subd. 2a not applied`);
    }
  }

  // R-PRN-3 — Minn. Stat. § 121A.582, subd. 1 (early-2024 text): "Districts must report data on their use of any
  // reasonable force used on a student with a disability …". A known education plan stands for a
  // student with a disability.
  if (incident.student.educationPlanKnown) f.raise("DISTRICT_HOLD_REPORTING", "force used on a student with a known education plan");
}
