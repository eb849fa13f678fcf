import type { Day } from "../calendar/day.ts";
import type { LawVersion } from "../versions.ts";
import type { CourseFact } from "./facts.ts";

/**
 * R-TRN-7 — subd. 4 and law.md §4.1: "a course satisfies R-TRN-1 only if it is recorded with
 * `postApproved: true`, that is, it is on the POST 'Approved School Resource Officer Courses' list.
 * The engine does not evaluate curriculum." Courses are sorted oldest first (parse.ts).
 */
export function isQualifying(c: CourseFact): boolean {
  return c.postApproved;
}

/** q1 (§4.3 step 6): the earliest qualifying completion dated on or before `until`. */
export function firstQualifying(courses: readonly CourseFact[], until: Day): Day | null {
  for (const c of courses) {
    if (c.completedOn > until) return null;
    if (c.postApproved) return c.completedOn;
  }
  return null;
}

/** The latest qualifying completion dated on or before `until` (R-REC-1, R-REF-2). */
export function latestQualifying(courses: readonly CourseFact[], until: Day): Day | null {
  let latest: Day | null = null;
  for (const c of courses) {
    if (c.completedOn > until) break;
    if (c.postApproved) latest = c.completedOn;
  }
  return latest;
}

function isLegacyType(c: CourseFact): boolean {
  return c.type === "SSC_BASIC" || c.type === "NASRO_BASIC";
}

/**
 * R-TRN-2 — subd. 3(b): "A peace officer who has completed either the School Safety Center
 * standardized Basic School Resource Officer Training or the National School Resource Officer Basic
 * School Resource Officer course prior to September 1, 2025 …". Reading A11: completed on or before
 * 2025-08-31 (and on or before T). The earliest such course, or null.
 */
export function legacyCourse(courses: readonly CourseFact[], asOf: Day, law: LawVersion): CourseFact | null {
  const until = Math.min(asOf, law.legacyCourseLastDay);
  for (const c of courses) {
    if (c.completedOn > until) return null;
    if (isLegacyType(c)) return c;
  }
  return null;
}

/**
 * LEGACY_COURSE_TOO_LATE (A11): an SSC or NASRO basic course dated from the mandate start through T
 * without POST approval — it is neither a legacy course nor a qualifying one.
 */
export function hasTooLateLegacyCourse(courses: readonly CourseFact[], asOf: Day, law: LawVersion): boolean {
  for (const c of courses) {
    if (c.completedOn > asOf) return false;
    if (isLegacyType(c) && !c.postApproved && c.completedOn >= law.trainingMandateStart) return true;
  }
  return false;
}
