import { isCustodialArrest } from "./alternatives.ts";
import type { Applicability } from "./applicability.ts";
import type { IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/**
 * R-ARR-1..3 — custodial arrest in school (POST agency policy; ADVISORY, because the policy says
 * "should"). Reading A22 (law.md §12): "reasonably practical / practicable" is taken from the officer's
 * own record, and an advisory is raised only when the record says the step was practicable and was
 * not taken.
 */
export function applyArrest(incident: IncidentFacts, app: Applicability, f: Findings): void {
  const arrest = incident.arrest;
  if (!app.sro || arrest === null || !isCustodialArrest(incident)) return;
  if (!app.postInForce) {
    // Law.md §7.4: "MSBA 507.5 and Edina contain no arrest-location rules. For MSBA-only or Edina-only
    // configurations, R-ARR is not raised (INFO only)."
    f.note("custodialArrest", "NOT_APPLIED", "the arrest guidance is POST policy (IV.F.2–3), not in force for this incident: not raised (INFO only)", ["POST/IV.F.2", "POST/IV.F.3", "A19", "A24"]);
    return;
  }
  f.note("custodialArrest", arrest.exigency ? "EXIGENT" : "NOT_EXIGENT", arrest.exigency
    ? "the record says the arrest was needed because of exigency or public safety"
    : "the record gives no exigency for arresting in school", ["POST/IV.F.2", "A22"]);

  // R-ARR-2, POST IV.F.2: "If a custodial arrest is necessary because of exigency or public safety
  // considerations, the arrest should be made in a non-communal area…" — the exigent arrest itself is
  // recorded for information.
  if (arrest.exigency) f.raise("CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT");

  // R-ARR-1, POST IV.F.2: "Custodial arrests in school should be avoided if reasonably practical."
  if (!arrest.exigency && arrest.avoidable) f.raise("CUSTODIAL_ARREST_AVOIDABLE", "the record says the arrest was avoidable");

  // R-ARR-2, POST IV.F.2: "…the arrest should be made in a non-communal area away from the view of
  // other students if practicable."
  if (arrest.location === "COMMUNAL" && arrest.nonCommunalPracticable) {
    f.raise("ARREST_COMMUNAL_AREA", arrest.studentsInView ? "made in a communal area in view of other students" : "made in a communal area");
  }

  // R-ARR-3, POST IV.F.3: "When reasonably practicable, appropriate school staff should be notified
  // prior to and/or present during the custodial arrest of a student."
  if (!arrest.staffNotified && arrest.notifyPracticable) f.raise("SCHOOL_STAFF_NOT_NOTIFIED");
}
