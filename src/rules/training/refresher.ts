import type { Day } from "../calendar/day.ts";
import { addYears } from "../calendar/months.ts";
import type { LawVersion } from "../versions.ts";
import type { CourseFact } from "./facts.ts";

/**
 * R-REF — POST IV.G.5: "An SRO will complete a refresher course at a minimum of once every three
 * years." Applies only where the employing agency adopted the POST policy (A13); not to an exempt
 * substitute (A23).
 *
 * Reading A12 (R-REF-2): the clock starts at each POST-approved course, whatever its type; due = start
 * + 3 years (Feb 29 → Feb 28), inclusive, no § 645.15 roll; an early refresher restarts the clock; one
 * completed after the due date then in force is late (REFRESHER_LATE) and restarts it too.
 */
export interface RefresherState {
  /** The refresher due date after the latest POST-approved course, or null before any. */
  due: Day | null;
  /** Days late of the most recent late refresher; 0 when none was late. */
  lateDays: number;
  /** How many POST-approved courses were completed after the due date then in force. */
  lateCount: number;
}

export function refresherState(courses: readonly CourseFact[], asOf: Day, law: LawVersion): RefresherState {
  let due: Day | null = null;
  let lateDays = 0;
  let lateCount = 0;
  for (const c of courses) {
    if (c.completedOn > asOf) break;
    if (!c.postApproved) continue;
    if (due !== null && c.completedOn > due) {
      lateDays = c.completedOn - due;
      lateCount += 1;
    }
    due = addYears(c.completedOn, law.refresherYears);
  }
  return { due, lateDays, lateCount };
}
