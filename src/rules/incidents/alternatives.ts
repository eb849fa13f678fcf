import type { Context } from "../context.ts";
import type { Applicability } from "./applicability.ts";
import type { IncidentFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

/** A custodial arrest (law.md §14: `arrest !== null && arrest.custodial`). */
export function isCustodialArrest(incident: IncidentFacts): boolean {
  return incident.arrest !== null && incident.arrest.custodial;
}

/**
 * Something that could go to formal criminal referral (law.md §13, CONSIDER_ALTERNATIVES): a criminal
 * basis, an offense, a citation or a custodial arrest. An offense is a recorded level or a status
 * offense — a status offense has no level but is still referable (to juvenile court).
 */
function referable(incident: IncidentFacts): string[] {
  const why: string[] = [];
  if (incident.basis.criminal !== null) why.push("criminal basis");
  if (incident.offense.level !== null || incident.offense.statusOffense) why.push("offense");
  if (incident.conduct.citationIssued) why.push("citation");
  if (isCustodialArrest(incident)) why.push("custodial arrest");
  return why;
}

/**
 * R-ALT-1 (POST agency policy) and R-ALT-2 (Edina district policy): alternatives to formal criminal
 * referral. Both are "should" guidance, hence ADVISORY.
 */
export function applyAlternatives(incident: IncidentFacts, app: Applicability, ctx: Context, f: Findings): void {
  if (!app.sro) return;

  if (!app.postInForce) {
    // Law.md §7.2 and §13: R-ALT-1 comes only from the POST agency policy; MSBA 507.5 and Edina say nothing
    // of referral alternatives, so under them it is informational and not raised.
    f.note("alternatives", "NOT_APPLIED", "referral alternatives are POST policy guidance (II, IV.E.4, IV.F.1), not in force for this incident: not raised (INFO only)", ["POST/II", "POST/IV.F.1", "A19", "A24"]);
  } else {
    // R-ALT-1, POST IV.F.1: "As much as is reasonably practical, SROs should seek to utilize
    // alternatives to formal criminal referral such as diversion and restorative justice programs…"
    // (also POST II, bullet 3). Raised per law.md §13 when referral was possible and not weighed.
    const why = referable(incident);
    f.note("alternatives", why.length === 0 ? "NONE_REFERABLE" : why.join(", "), why.length === 0
      ? "nothing recorded could go to formal criminal referral"
      : incident.alternativesConsidered ? "alternatives to criminal referral were considered" : "alternatives to criminal referral are not recorded as considered", ["POST/II", "POST/IV.F.1", "S13"]);
    if (why.length > 0 && !incident.alternativesConsidered) f.raise("CONSIDER_ALTERNATIVES", why.join(", "));

    // R-ALT-1, POST IV.E.4: "When a criminal incident also involves a violation of school rules, SRO's
    // should consider referral of the matter to school authorities in lieu of formal criminal
    // referral…" (also POST II, bullet 4). Law.md §13: both a criminal and a school-rule basis.
    if (incident.basis.criminal !== null && incident.basis.schoolRule !== null && !incident.schoolReferralConsidered) {
      f.raise("CONSIDER_SCHOOL_REFERRAL", `criminal: ${incident.basis.criminal}; school rule: ${incident.basis.schoolRule}`);
    }
  }

  if (ctx.policies.district !== "EDINA") return;
  // R-ALT-2, Edina IV.A.7: "School resource officers should collaborate with school administrators for
  // non-violent juvenile status offenses involving petty-misdemeanor and misdemeanor infractions…"; the
  // same clause keeps enforcement for harm, threats of harm or a victim's request (law.md §13).
  const { level, statusOffense, violent, victimRequestedAssistance } = incident.offense;
  const lowLevel = level === "PETTY_MISDEMEANOR" || level === "MISDEMEANOR";
  const covered = lowLevel && statusOffense && !violent && !victimRequestedAssistance;
  f.note("edinaCollaboration", covered, covered
    ? incident.conduct.adminConsulted ? "a non-violent low-level status offense; administrators were consulted" : "a non-violent low-level status offense; administrators are not recorded as consulted"
    : "not a non-violent petty-misdemeanor or misdemeanor status offense without a victim's request", ["EDINA/IV.A.7", "S13"]);
  if (covered && !incident.conduct.adminConsulted) f.raise("EDINA_COLLABORATE_ADMIN", `${level === "MISDEMEANOR" ? "misdemeanor" : "petty misdemeanor"} status offense`);
}
