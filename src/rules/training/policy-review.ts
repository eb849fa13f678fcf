import type { Day } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { OfficerFacts } from "./facts.ts";
import { firstSubstituteDay } from "./substitutes.ts";

/**
 * R-REC-2 — subd. 3(c): "The officer must review any policy adopted by the officer's employer pursuant
 * to subdivision 6 before assuming the other duties of a school resource officer"; subd. 3(d): a
 * substitute "must review and comply with any policy adopted pursuant to subdivision 6 by the law
 * enforcement agency that employs the substitute".
 *
 * The review date (law.md §4.3 step 8, §13):
 *  - GRACE path: the later of the clock start (A0) and 2025-09-01;
 *  - substitute service: the first substitute day on or after 2025-09-01 — for an officer evaluated as
 *    regular, only service before the first regular start counts.
 * Both may apply; the earlier date governs. A review counts only if `policies.agency` names a policy.
 */
export interface ReviewRequirement {
  dueBy: Day;
  reason: "GRACE" | "SUBSTITUTE";
}

export function reviewRequirement(
  officer: OfficerFacts,
  evaluatedAs: "REGULAR" | "SUBSTITUTE",
  graceClockStart: Day | null,
  ctx: Context,
): ReviewRequirement | null {
  const mandate = ctx.law.trainingMandateStart;
  let until = ctx.asOf;
  if (evaluatedAs === "REGULAR") {
    for (const a of officer.assignments) {
      if (a.inScope && a.role === "REGULAR" && a.start - 1 < until) until = a.start - 1;
    }
  }
  const substituteDay = firstSubstituteDay(officer.assignments, officer.contactDays, mandate, until);
  const graceDay = graceClockStart === null ? null : Math.max(graceClockStart, mandate);
  let req: ReviewRequirement | null = null;
  if (graceDay !== null && graceDay <= ctx.asOf) req = { dueBy: graceDay, reason: "GRACE" };
  if (substituteDay !== null && (req === null || substituteDay < req.dueBy)) req = { dueBy: substituteDay, reason: "SUBSTITUTE" };
  return req;
}

export function reviewMissing(req: ReviewRequirement, reviewedOn: Day | null, ctx: Context): boolean {
  return ctx.policies.agency === null || reviewedOn === null || reviewedOn > req.dueBy;
}
