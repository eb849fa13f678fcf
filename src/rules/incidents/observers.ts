import type { IncidentFacts, ObserverFacts } from "./facts.ts";
import type { Findings } from "./findings.ts";

function label(o: ObserverFacts, i: number): string {
  return `observer ${i + 1} (${o.role})`;
}

/**
 * R-UOF-7 — Minn. Stat. § 626.8475 (duty to intercede and report), made part of SRO use of force by
 * POST IV.E.1: "SRO use of force is governed by and will comply with … 626.8475 Duty to Intercede and
 * Report". The statute binds every peace officer, so these are raised whatever the agency policy and
 * whoever used the force. REVIEW: the statute's text was not retrieved (law.md §1.3), and whether the
 * force was excessive is the observer's own record, for a person to weigh.
 */
export function applyObservers(incident: IncidentFacts, f: Findings): void {
  const saw = incident.observers.map((o, i) => ({ o, i })).filter(({ o }) => o.observedExcessiveForce);
  if (incident.observers.length > 0) {
    f.note("observers", saw.length, saw.length === 0 ? "no observer recorded excessive force" : `${saw.length} observer(s) recorded excessive force`, ["626.8475", "POST/IV.E.1"]);
  }
  const notInterceded = saw.filter(({ o }) => !o.intervened).map(({ o, i }) => label(o, i));
  const notReported = saw.filter(({ o }) => !o.reported).map(({ o, i }) => label(o, i));
  if (notInterceded.length > 0) f.raise("DUTY_TO_INTERCEDE", notInterceded.join(", "));
  if (notReported.length > 0) f.raise("DUTY_TO_REPORT", notReported.join(", "));
}
