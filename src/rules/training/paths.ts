import type { Day } from "../calendar/day.ts";
import { addMonths } from "../calendar/months.ts";
import { roll645_15 } from "../calendar/computation-of-time.ts";
import type { Context } from "../context.ts";
import { firstQualifying } from "./courses.ts";
import { usableDecision, type UsableDecision } from "./employer-unable.ts";
import type { TrainingPath } from "./determination.ts";
import type { CourseFact, EmployerUnableFact } from "./facts.ts";

/**
 * §4.3 step 5 — the path and its deadline. Dnom is the last day of the period before any § 645.15
 * roll; D the last day on which completion is timely (inclusive).
 *
 *  LEGACY     subd. 3(b): a legacy course and A0 <= 2027-05-31 — "must complete the training mandated
 *             under paragraph (a) before June 1, 2027"; Dnom = D = 2027-05-31 (A8: no roll; A9). With
 *             GRACE conditions the later nominal deadline wins, a tie keeps LEGACY (A10).
 *  INCUMBENT  A0 before 2025-09-01 and no legacy course: D = 2025-09-01 (A5; the POST web page).
 *             incumbentGrace: GRACE from 2025-09-01 for a documented employer-unable incumbent untrained
 *             on 2025-09-01.
 *  GRACE      subd. 3(c): employer unable (A16) and no qualifying completion by A0 — "within six months
 *             of assuming the duties": Dnom = A0 + 6 months (A7 clamp), D = roll645_15(Dnom).
 *  STANDARD   subd. 3(a): "prior to assuming the duties": D = A0 (A6: same day allowed).
 */
export interface PathChoice {
  path: Exclude<TrainingPath, "SUBSTITUTE">;
  /** Where the period runs from: A0, or 2025-09-01 under incumbentGrace. */
  clockStart: Day;
  deadline: Day;
  deadlineEffective: Day;
  decision: UsableDecision | null;
}

function graceDeadline(start: Day, ctx: Context): { deadline: Day; deadlineEffective: Day } {
  const deadline = addMonths(start, ctx.law.graceMonths);
  return { deadline, deadlineEffective: ctx.readings.roll645_15 ? roll645_15(deadline) : deadline };
}

export function choosePath(
  assumedOn: Day,
  legacy: CourseFact | null,
  courses: readonly CourseFact[],
  decisions: readonly EmployerUnableFact[],
  ctx: Context,
): PathChoice {
  const { law, asOf } = ctx;
  const decision = usableDecision(decisions, assumedOn, asOf);
  const graceConditions = decision !== null && firstQualifying(courses, assumedOn) === null;

  if (legacy !== null && assumedOn <= law.legacyDeadline) {
    const graceIsLater = graceConditions && addMonths(assumedOn, law.graceMonths) > law.legacyDeadline;
    if (!graceIsLater) {
      return { path: "LEGACY", clockStart: assumedOn, deadline: law.legacyDeadline, deadlineEffective: law.legacyDeadline, decision: null };
    }
  }

  if (assumedOn < law.trainingMandateStart) {
    if (ctx.readings.incumbentGrace) {
      const incumbentDecision = usableDecision(decisions, law.trainingMandateStart, asOf);
      const untrained = firstQualifying(courses, Math.min(asOf, law.trainingMandateStart)) === null;
      if (incumbentDecision !== null && untrained) {
        return { path: "GRACE", clockStart: law.trainingMandateStart, ...graceDeadline(law.trainingMandateStart, ctx), decision: incumbentDecision };
      }
    }
    return { path: "INCUMBENT", clockStart: assumedOn, deadline: law.trainingMandateStart, deadlineEffective: law.trainingMandateStart, decision: null };
  }

  if (graceConditions) return { path: "GRACE", clockStart: assumedOn, ...graceDeadline(assumedOn, ctx), decision };

  return { path: "STANDARD", clockStart: assumedOn, deadline: assumedOn, deadlineEffective: assumedOn, decision: null };
}
