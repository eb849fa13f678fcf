import type { Actor } from "../policies/actor.ts";
import { certificateRecordPolicy } from "../policies/certificates.ts";
import { contactDayPolicy } from "../policies/contact-days.ts";
import { coursePolicy } from "../policies/courses.ts";
import { employerUnablePolicy } from "../policies/employer-unable.ts";
import { policyReviewPolicy } from "../policies/policy-reviews.ts";
import type { OfficerRelations } from "../policies/reach.ts";
import type { OfficerRecords } from "../status/records.ts";
import type { RecordableKind } from "./officer-status.ts";

/**
 * What of an officer's records a reader of the status may not read (issue 10 item 5;
 * docs/decisions/0012), asked of the same policies that guard the records themselves — so the status
 * never tells what the record's own door would refuse:
 *
 *   notShown      the kinds of record behind the status the reader's role may not read at all (the
 *                 officer page says "not shown to your role" for them, never "no record");
 *   privateDates  the dates of the private records (chapter 13: employer-unable decisions, policy
 *                 reviews, contact days — src/policies/data-practices.ts) withheld from this reader,
 *                 which the status answer must then not state (status/explanation.ts).
 *
 * Courses and certificate records are public data (training background): their dates stay in the
 * answer even where the district's view leaves the records themselves with the agency.
 */
export interface StatusPrivacy {
  /** Whether the reader may read each kind of record behind the status (notShown: those that may not). */
  readable: Record<RecordableKind, boolean>;
  privateDates: string[];
}

export function statusPrivacy(actor: Actor, officer: OfficerRelations, records: OfficerRecords): StatusPrivacy {
  const decisions = employerUnablePolicy.read(actor, officer).allowed;
  const reviews = policyReviewPolicy.read(actor, officer).allowed;
  // Contact days are read per school: a safety coordinator reads those at their own district's schools.
  const readableDay = (schoolId: string): boolean => contactDayPolicy.read(actor, officer, schoolId).allowed;
  const anyDays = [null, ...officer.placements.map((p) => p.schoolId)].some((schoolId) => contactDayPolicy.read(actor, officer, schoolId).allowed);
  const readable: Record<RecordableKind, boolean> = {
    courses: coursePolicy.read(actor, officer).allowed,
    certificates: certificateRecordPolicy.read(actor, officer).allowed,
    "contact-days": anyDays,
    "policy-reviews": reviews,
    "employer-unable-decisions": decisions,
  };
  const privateDates = new Set<string>();
  if (!decisions) for (const d of records.decisions) privateDates.add(d.decidedOn);
  if (!reviews) for (const r of records.reviews) privateDates.add(r.reviewedOn);
  for (const c of records.contactDays) if (!readableDay(c.schoolId)) privateDates.add(c.day);
  return { readable, privateDates: [...privateDates].sort() };
}
