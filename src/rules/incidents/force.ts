import type { Applicability } from "./applicability.ts";
import type { ForceFacts, IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/** POST IV.E.3 lists fourteen considerations; the record keys them 1..14. */
export const CONSIDERATION_COUNT = 14;

/** The numbers of the POST IV.E.3 considerations the record leaves missing or blank. */
export function missingConsiderations(force: ForceFacts): number[] {
  const missing: number[] = [];
  for (let n = 1; n <= CONSIDERATION_COUNT; n += 1) {
    const text = force.considerations.get(n) ?? null;
    if (text === null || text.trim() === "") missing.push(n);
  }
  return missing;
}

/**
 * R-UOF-4, R-UOF-5 (POST agency policy) and R-UOF-6 (statute) — the conduct of a use of force itself.
 */
export function applyForce(incident: IncidentFacts, app: Applicability, f: Findings): void {
  const force = incident.force;
  if (force === null) {
    f.note("force", false, "no use of force is recorded", ["609.06/1"]);
    return;
  }
  f.note("force", force.type ?? true, "a use of force is recorded", ["609.06/1", "POST/IV.E.1"]);

  if (app.sro && !app.postInForce) {
    f.note("postForceGuidance", "NOT_APPLIED", "the force considerations and post-force care come from the POST policy (IV.E.2–3), not in force for this incident", ["POST/IV.E.2.ii", "POST/IV.E.3", "A19", "A24"]);
  }
  if (app.sro && app.postInForce) {
    // R-UOF-5, POST IV.E.3: "Additional considerations for SROs when using force as allowed in Minn.
    // Stat. 609.06 in a school situation, should include: (1) … (14)". Law.md §13: any of the fourteen
    // missing or blank calls for review of the record.
    const missing = missingConsiderations(force);
    f.note("forceConsiderations", CONSIDERATION_COUNT - missing.length, missing.length === 0
      ? "all fourteen POST IV.E.3 considerations are recorded"
      : `POST IV.E.3 considerations not recorded: ${missing.join(", ")}`, ["POST/IV.E.3", "S13"]);
    if (missing.length > 0) f.raise("FORCE_FACTORS_INCOMPLETE", `missing: ${missing.join(", ")}`);

    // R-UOF-5, POST IV.E.3(4): "the student's education plan or accommodations, if known"; POST IV.E.5:
    // "developmentally appropriate practices with … individuals known to have … disabilities".
    if (incident.student.educationPlanKnown && incident.student.educationPlanConsidered !== true) {
      f.raise("DISABILITY_CONSIDERATION_MISSING", "education plan known, not recorded as considered");
    }

    // R-UOF-4, POST IV.E.2.ii: "Consistent with training after any use of force, the SRO shall assess
    // the condition of the student and render aid as needed". Law.md §13: only a value recorded as
    // false raises it; a missing value is a gap in the record (FORCE_RECORD_INCOMPLETE), not a breach.
    const notDone = [force.postForceAssessment === false ? "assessment" : null, force.aidRendered === false ? "aid" : null].filter((s) => s !== null);
    if (notDone.length > 0) f.raise("POST_FORCE_CARE_MISSING", `not done: ${notDone.join(", ")}`);
  }

  if (!app.peaceOfficer) return;
  const deadly = force.deadlyForceJustification;

  // R-UOF-6 / R-PRN-4 — Minn. Stat. § 626.8482, subd. 6(b)(2)(i) refers to "the prohibitions on choke
  // holds and other restraints established in section 609.06, subdivision 3", which bind every peace
  // officer unless deadly force is authorized under § 609.066. Law.md §13: `force.neckPressure` decides
  // (the free text `force.type` is not searched); REVIEW instead of VIOLATION when a deadly-force
  // justification is recorded, because whether § 609.066 was met is for a person to judge.
  if (force.neckPressure) {
    f.note("neckPressure", true, deadly === null
      ? "pressure on the neck or throat by a peace officer, with no deadly-force justification recorded"
      : "pressure on the neck or throat by a peace officer, with a deadly-force justification recorded", ["609.06/3", "609.066/2", "626.8482/6", "S13"]);
    f.raise("CHOKEHOLD_609_06_3", deadly === null ? null : "deadly-force justification recorded", deadly !== null);
  }

  // R-UOF-6, Minn. Stat. § 609.066, subd. 2: deadly force "is justified only if an objectively
  // reasonable officer would believe … that such force is necessary"; a recorded justification is
  // checked by a person against that standard.
  if (deadly !== null) f.raise("DEADLY_FORCE_REVIEW", `justification: ${deadly}`);
}
