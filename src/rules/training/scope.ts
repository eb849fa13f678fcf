import type { Day } from "../calendar/day.ts";
import type { AssignmentFact } from "./facts.ts";

/**
 * R-APP-1 — Minn. Stat. § 626.8482, subd. 1(c): a school resource officer is "a peace officer who is
 * assigned to work in [a school] during the regular instructional school day as one of the officer's
 * regular responsibilities through the terms of a contract …". An assignment that is not such work is
 * recorded `inScope: false` and never makes the officer an SRO.
 *
 * "Active" (engine-contract.md §1.1): `start <= T` and (`end` is null or `end >= T`), both inclusive.
 */
export function isActiveOn(a: AssignmentFact, day: Day): boolean {
  return a.inScope && a.start <= day && (a.end === null || a.end >= day);
}

export interface Scope {
  /** An in-scope assignment is active on T: the training rules apply. */
  inScope: boolean;
  /** An in-scope REGULAR assignment is active on T: evaluated as a regular SRO (§4.3 step 2). */
  regular: boolean;
  /** Not in scope because every in-scope assignment begun by T ended before T (ASSIGNMENT_ENDED). */
  ended: boolean;
}

export function assessScope(assignments: readonly AssignmentFact[], asOf: Day): Scope {
  let inScope = false;
  let regular = false;
  let begun = false;
  for (const a of assignments) {
    if (!a.inScope || a.start > asOf) continue;
    begun = true;
    if (a.end === null || a.end >= asOf) {
      inScope = true;
      if (a.role === "REGULAR") regular = true;
    }
  }
  return { inScope, regular, ended: begun && !inScope };
}

/** Whether the officer held any in-scope assignment on a given day (§4.3 step 4: "on 2025-08-31"). */
export function heldAssignmentOn(assignments: readonly AssignmentFact[], day: Day): boolean {
  for (const a of assignments) if (isActiveOn(a, day)) return true;
  return false;
}
