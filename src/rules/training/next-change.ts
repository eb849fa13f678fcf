import type { Day } from "../calendar/day.ts";
import { nextSchoolYearStart, schoolYearStart } from "../calendar/school-year.ts";
import type { Context } from "../context.ts";
import type { TrainingDetermination } from "./determination.ts";
import type { OfficerFacts } from "./facts.ts";

/**
 * Until when a determination holds: the first day after T on which the same records could give a
 * different answer. The answer depends on T only through comparisons with dates — the records' own
 * dates, the deadlines it computed, the law's fixed dates and the school-year boundary — so it can
 * change only on one of those dates or the day after (a comparison `d <= T` turns on d, `T > d` on
 * d + 1). A cache of answers is exact if it recomputes on that day (issue 3: "again on the next date
 * its answer changes"); a property test checks the claim on generated officers.
 */
export function nextChange(officer: OfficerFacts, ctx: Context, det: TrainingDetermination): Day {
  const T = ctx.asOf;
  let next = nextSchoolYearStart(schoolYearStart(T, ctx.readings.schoolYearStart), ctx.readings.schoolYearStart);
  const consider = (d: Day | null): void => {
    if (d === null) return;
    if (d > T && d < next) next = d;
    if (d + 1 > T && d + 1 < next) next = d + 1;
  };
  for (const a of officer.assignments) {
    consider(a.start);
    consider(a.end);
  }
  for (const c of officer.courses) consider(c.completedOn);
  for (const d of officer.decisions) consider(d.decidedOn);
  for (const c of officer.contactDays) consider(c.date);
  consider(officer.policyReviewedOn);
  consider(officer.certificateOnFile);
  consider(det.deadline);
  consider(det.deadlineEffective);
  consider(det.refresherDue);
  const law = ctx.law;
  consider(law.trainingMandateStart);
  consider(law.legacyCourseLastDay);
  consider(law.legacyDeadline);
  consider(law.postWebLegacyDate);
  return next;
}
