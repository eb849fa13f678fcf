import type { Day } from "../calendar/day.ts";
import type { EmployerUnableFact } from "./facts.ts";

/**
 * R-TRN-3 — subd. 3(c): "If an officer's employer is unable to provide the required training course to
 * the officer prior to the officer assuming the duties …". Reading A16: a decision counts only with a
 * decision date and a reason; decisions dated after T are ignored; the latest decision dated on or
 * before the assumption date is used, and one dated after it (on or before T) still gives the six
 * months but is flagged EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION.
 */
export interface UsableDecision {
  decision: EmployerUnableFact;
  /** Dated after the start of the six months (A16). */
  afterAssumption: boolean;
}

export function usableDecision(decisions: readonly EmployerUnableFact[], assumedOn: Day, asOf: Day): UsableDecision | null {
  let before: EmployerUnableFact | null = null;
  let after: EmployerUnableFact | null = null;
  for (const d of decisions) {
    if (!d.documented || d.decidedOn === null || d.decidedOn > asOf) continue;
    if (d.decidedOn <= assumedOn) {
      if (before === null || d.decidedOn >= (before.decidedOn ?? d.decidedOn)) before = d;
    } else if (after === null || d.decidedOn < (after.decidedOn ?? d.decidedOn)) {
      after = d;
    }
  }
  if (before !== null) return { decision: before, afterAssumption: false };
  if (after !== null) return { decision: after, afterAssumption: true };
  return null;
}

/** A documented decision dated on or before T exists (EMPLOYER_UNABLE_NOT_USED, INCUMBENT_GRACE_AMBIGUOUS). */
export function hasDocumentedDecision(decisions: readonly EmployerUnableFact[], asOf: Day): boolean {
  for (const d of decisions) if (d.documented && d.decidedOn !== null && d.decidedOn <= asOf) return true;
  return false;
}

/** An entry claims inability without a date or a reason (EMPLOYER_UNABLE_UNDOCUMENTED); later-dated ones are ignored. */
export function isUndocumented(d: EmployerUnableFact, asOf: Day): boolean {
  return !d.documented && (d.decidedOn === null || d.decidedOn <= asOf);
}

export function hasUndocumentedDecision(decisions: readonly EmployerUnableFact[], asOf: Day): boolean {
  for (const d of decisions) if (isUndocumented(d, asOf)) return true;
  return false;
}
