import type { Day } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { AssumptionSource } from "./determination.ts";
import type { AssignmentFact } from "./facts.ts";
import { heldAssignmentOn } from "./scope.ts";

/**
 * §4.3 step 4 — A0, "the first date O assumed SRO duties (per officer, across assignments)".
 *
 * Subd. 3(a): training "prior to assuming the duties of a school resource officer". Reading A15
 * (law.md §12): one clock per officer from the first assumption; a new or returning assignment does not
 * restart it — "except that service which ended before 2025-09-01 is ignored: if T >= 2025-09-01 and O
 * held no in-scope assignment on 2025-08-31, A0 = the first in-scope start on or after 2025-09-01".
 * With `clockScope: "ASSIGNMENT"`, A0 is the start of the latest in-scope regular assignment begun on
 * or before T.
 *
 * Candidates for a regular officer: the starts of in-scope REGULAR assignments begun by T, and the date
 * substitute service became an assumption (a 60th day, a planned 60-day assignment: A4), which "only
 * count[s] toward an earlier A0" (§4.3 step 2).
 */
export interface Assumption {
  on: Day;
  source: AssumptionSource;
  preMandateServiceIgnored: boolean;
}

/**
 * §4.3 step 4: "if T >= 2025-09-01 and O held no in-scope assignment on 2025-08-31", service that ended
 * before 2025-09-01 is ignored.
 */
export function ignoresPreMandateService(assignments: readonly AssignmentFact[], ctx: Context): boolean {
  const mandate = ctx.law.trainingMandateStart;
  return ctx.asOf >= mandate && !heldAssignmentOn(assignments, mandate - 1);
}

export function regularAssumption(
  assignments: readonly AssignmentFact[],
  substituteAssumption: { on: Day; source: AssumptionSource } | null,
  ctx: Context,
): Assumption | null {
  const T = ctx.asOf;
  if (ctx.readings.clockScope === "ASSIGNMENT") {
    let latest: Day | null = null;
    for (const a of assignments) {
      if (a.inScope && a.role === "REGULAR" && a.start <= T && (latest === null || a.start > latest)) latest = a.start;
    }
    return latest === null ? null : { on: latest, source: "REGULAR_START", preMandateServiceIgnored: false };
  }

  const mandate = ctx.law.trainingMandateStart;
  const from = ignoresPreMandateService(assignments, ctx) ? mandate : Number.NEGATIVE_INFINITY;
  let on: Day | null = null;
  let source: AssumptionSource = "REGULAR_START";
  let ignored = false;
  for (const a of assignments) {
    if (!a.inScope || a.role !== "REGULAR" || a.start > T) continue;
    if (a.start < from) {
      ignored = true;
      continue;
    }
    if (on === null || a.start < on) on = a.start;
  }
  if (substituteAssumption !== null) {
    if (substituteAssumption.on < from) ignored = true;
    else if (on === null || substituteAssumption.on < on) {
      on = substituteAssumption.on;
      source = substituteAssumption.source;
    }
  }
  return on === null ? null : { on, source, preMandateServiceIgnored: ignored };
}
