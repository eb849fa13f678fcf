import { civilFromDay, dayFromCivil, type Day } from "../calendar/day.ts";
import { nextSchoolYearStart, previousSchoolYearStart, schoolYearStart } from "../calendar/school-year.ts";
import type { Readings } from "../versions.ts";
import type { AssignmentFact, ContactDayFact } from "./facts.ts";

/**
 * R-SUB-1 — subd. 3(d) (as restated by MSBA 507.5 V.D and POST IV.G.4): "An officer who is serving as
 * a substitute school resource officer for fewer than 60 student contact days within a school year is
 * not obligated to complete the required training or perform the duties described in … clause (4)
 * or (5), but must review and comply with any policy adopted pursuant to subdivision 6 by the law
 * enforcement agency that employs the substitute school resource officer."
 *
 * R-SUB-2 with readings A1–A4 (law.md §12):
 *  - A2: count distinct dates with students present; several schools on one date count once; staff-
 *    only days count zero; across all districts (OFFICER) or per district (DISTRICT: the largest
 *    district count, and the earliest district to reach 60).
 *  - A3: exempt at 59 or fewer; the exemption is lost on the 60th day.
 *  - A4: the 60th day is the date of assuming the duties; an assignment planned for 60 or more days is
 *    an assumption on its own first day — one continuous assumption however many school years it runs
 *    on (A15; docs/decisions/0010-long-term-substitute-assumption.md); only the count resets with the
 *    school year (A1: July 1 by default).
 */
export interface ContactDayCount {
  count: number;
  /** The date of the threshold-th counted day (the 60th), or null. */
  thresholdReachedOn: Day | null;
  /** Counted days fall in more than one district (SUB_AGGREGATION_ASSUMED). */
  severalDistricts: boolean;
}

/** Counts contact days with students present dated from `from` to `to`, both inclusive. */
export function countContactDays(
  days: readonly ContactDayFact[],
  from: Day,
  to: Day,
  scope: Readings["substituteCountScope"],
  threshold: number,
): ContactDayCount {
  return scope === "OFFICER" ? countAcrossDistricts(days, from, to, threshold) : countPerDistrict(days, from, to, threshold);
}

function countAcrossDistricts(days: readonly ContactDayFact[], from: Day, to: Day, threshold: number): ContactDayCount {
  let count = 0;
  let last = Number.NaN;
  let reachedOn: Day | null = null;
  let firstDistrict: string | null | undefined;
  let severalDistricts = false;
  for (const c of days) {
    if (c.date > to) break;
    if (c.date < from || !c.studentsPresent) continue;
    if (firstDistrict === undefined) firstDistrict = c.district;
    else if (c.district !== firstDistrict) severalDistricts = true;
    if (c.date === last) continue;
    last = c.date;
    count += 1;
    if (count === threshold) reachedOn = c.date;
  }
  return { count, thresholdReachedOn: reachedOn, severalDistricts };
}

function countPerDistrict(days: readonly ContactDayFact[], from: Day, to: Day, threshold: number): ContactDayCount {
  const perDistrict = new Map<string | null, { count: number; last: Day }>();
  let count = 0;
  let reachedOn: Day | null = null;
  for (const c of days) {
    if (c.date > to) break;
    if (c.date < from || !c.studentsPresent) continue;
    let d = perDistrict.get(c.district);
    if (d === undefined) {
      d = { count: 0, last: Number.NaN };
      perDistrict.set(c.district, d);
    }
    if (c.date === d.last) continue;
    d.last = c.date;
    d.count += 1;
    if (d.count > count) count = d.count;
    if (d.count === threshold && reachedOn === null) reachedOn = c.date;
  }
  return { count, thresholdReachedOn: reachedOn, severalDistricts: perDistrict.size > 1 };
}

/** The substitute's position in the school year containing T (§4.3 step 2, §5). */
export interface SubstituteYear {
  schoolYearStart: Day;
  current: ContactDayCount;
  /** The previous school year's count (PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED). */
  previousCount: number;
  /** Counted days before this school year exist (SCHOOL_YEAR_BOUNDARY_ASSUMED). */
  earlierYearDays: boolean;
  /** A counted day of this school year falls in June, July or August (SCHOOL_YEAR_BOUNDARY_ASSUMED). */
  summerDays: boolean;
  /**
   * A4: the first day of an assignment planned for 60 or more days that has begun by T and did not end
   * before this school year began — its own start, which may lie in an earlier school year.
   */
  plannedFrom: Day | null;
  /** A planned assignment was set aside as service that ended before the mandate (§4.3 step 4). */
  plannedIgnoredBeforeMandate: boolean;
}

/**
 * `ignoreEndedBefore`: §4.3 step 4 — when T is on or after the mandate start and the officer held no
 * in-scope assignment on the day before it, service that ended before the mandate is ignored; the caller
 * passes the mandate start then, null otherwise.
 */
export function substituteYear(
  assignments: readonly AssignmentFact[],
  days: readonly ContactDayFact[],
  asOf: Day,
  readings: Readings,
  threshold: number,
  ignoreEndedBefore: Day | null = null,
): SubstituteYear {
  const syStart = schoolYearStart(asOf, readings.schoolYearStart);
  const prevStart = previousSchoolYearStart(syStart, readings.schoolYearStart);
  const current = countContactDays(days, syStart, asOf, readings.substituteCountScope, threshold);
  const previous = countContactDays(days, prevStart, syStart - 1, readings.substituteCountScope, threshold);
  let earlierYearDays = false;
  for (const c of days) {
    if (c.date >= syStart) break;
    if (c.studentsPresent) {
      earlierYearDays = true;
      break;
    }
  }
  return {
    schoolYearStart: syStart,
    current,
    previousCount: previous.count,
    earlierYearDays,
    summerDays: hasSummerDay(days, syStart, asOf),
    ...plannedSubstituteStart(assignments, syStart, asOf, threshold, ignoreEndedBefore),
  };
}

/** A day with students present, from `from` to `to`, in June, July or August of any year (§13, A1). */
function hasSummerDay(days: readonly ContactDayFact[], from: Day, to: Day): boolean {
  const firstYear = civilFromDay(from).year;
  for (const c of days) {
    if (c.date > to) break;
    if (c.date < from || !c.studentsPresent) continue;
    for (let y = firstYear; dayFromCivil(y, 6, 1) <= c.date; y += 1) {
      if (c.date <= dayFromCivil(y, 8, 31)) return true;
    }
  }
  return false;
}

/** An in-scope substitute assignment planned for 60 or more contact days (A4). */
function isPlanned(a: AssignmentFact, threshold: number): boolean {
  return a.inScope && a.role === "SUBSTITUTE" && a.plannedContactDays !== null && a.plannedContactDays >= threshold;
}

/**
 * A4 (law.md §5, R-SUB-2): an in-scope substitute assignment planned for 60 or more contact days, begun
 * by T and not ended before the school year began, is an assumption of the duties on its own first day.
 * "An assignment that runs on across school years is one continuous assumption, and its date (with the
 * six-month period that may run from it) is never re-based at a school-year boundary (A15)." Each
 * assignment record is its own assignment: one that ended before the school year began does not set A0
 * even when the next begins the day after (§14.1 "not ended before the school year began"; §13: "A
 * substitute's prior-year overrun does not carry into the next school year (A4 is the specific rule;
 * A15's per-officer clock applies to regular assignments)"; docs/decisions/0010, item 1).
 */
function plannedSubstituteStart(
  assignments: readonly AssignmentFact[],
  syStart: Day,
  asOf: Day,
  threshold: number,
  ignoreEndedBefore: Day | null,
): { plannedFrom: Day | null; plannedIgnoredBeforeMandate: boolean } {
  const planned = assignments.filter((a) => isPlanned(a, threshold) && a.start <= asOf);
  let earliest: Day | null = null;
  let ignored = false;
  for (const a of planned) {
    if (a.end !== null && a.end < syStart) continue;
    if (ignoreEndedBefore !== null && a.end !== null && a.end < ignoreEndedBefore) {
      ignored = true;
      continue;
    }
    if (earliest === null || a.start < earliest) earliest = a.start;
  }
  return { plannedFrom: earliest, plannedIgnoredBeforeMandate: ignored };
}

/**
 * §4.3 step 2 for an officer evaluated as regular: "substitute contact days only count toward an
 * earlier A0" — the earliest date on which substitute service became an assumption of the duties in
 * any school year up to T: the start of a planned 60-day assignment (A4: its own start), or a 60th
 * counted day. `notBefore` (§4.3 step 4: the mandate start, when service that ended before it is
 * ignored) leaves out planned assignments begun, and contact days served, before it.
 */
export function earliestSubstituteAssumption(
  assignments: readonly AssignmentFact[],
  days: readonly ContactDayFact[],
  asOf: Day,
  readings: Readings,
  threshold: number,
  notBefore: Day | null = null,
): { on: Day; source: "SIXTIETH_DAY" | "PLANNED_SUBSTITUTE" } | null {
  let planned: Day | null = null;
  for (const a of assignments) {
    if (!isPlanned(a, threshold) || a.start > asOf || (notBefore !== null && a.start < notBefore)) continue;
    if (planned === null || a.start < planned) planned = a.start;
  }
  const counted = notBefore === null ? days : days.filter((c) => c.date >= notBefore);
  const sixtieth = earliestSixtiethDay(counted, asOf, readings, threshold, planned);
  if (sixtieth !== null && (planned === null || sixtieth < planned)) return { on: sixtieth, source: "SIXTIETH_DAY" };
  return planned === null ? null : { on: planned, source: "PLANNED_SUBSTITUTE" };
}

/** The first school year (up to T, and not after `before`) in which the count reached the threshold. */
function earliestSixtiethDay(days: readonly ContactDayFact[], asOf: Day, readings: Readings, threshold: number, before: Day | null): Day | null {
  const first = days.find((c) => c.studentsPresent && c.date <= asOf);
  if (first === undefined) return null;
  for (let sy = schoolYearStart(first.date, readings.schoolYearStart); sy <= asOf; ) {
    if (before !== null && sy > before) return null;
    const next = nextSchoolYearStart(sy, readings.schoolYearStart);
    const reached = countContactDays(days, sy, Math.min(asOf, next - 1), readings.substituteCountScope, threshold).thresholdReachedOn;
    if (reached !== null) return reached;
    sy = next;
  }
  return null;
}

/**
 * R-REC-2 / R-SUB-3: the first day of substitute service on or after the mandate start and on or before
 * `until` — a contact day (with or without students) or the first day of an in-scope substitute
 * assignment (an assignment's `start` is a day served). Null when there is none.
 */
export function firstSubstituteDay(
  assignments: readonly AssignmentFact[],
  days: readonly ContactDayFact[],
  from: Day,
  until: Day,
): Day | null {
  let first: Day | null = null;
  for (const c of days) {
    if (c.date > until) break;
    if (c.date >= from) {
      first = c.date;
      break;
    }
  }
  for (const a of assignments) {
    if (a.inScope && a.role === "SUBSTITUTE" && a.start >= from && a.start <= until && (first === null || a.start < first)) first = a.start;
  }
  return first;
}
