import { assignmentKind } from "./assignments.ts";
import { contactDayKind } from "./contact-days.ts";
import { courseKind } from "./courses.ts";
import { reversible, type RecordKind } from "./define.ts";
import { employerUnableKind } from "./employer-unable.ts";
import { officerKind } from "./officers.ts";
import { organizationKind } from "./organizations.ts";
import { policyReviewKind } from "./policy-reviews.ts";
import { schoolKind } from "./schools.ts";

/** Every kind of record the API serves with create, read, update, list (and remove for child records). */
export const RECORD_KINDS: readonly RecordKind[] = [
  organizationKind,
  schoolKind,
  officerKind,
  assignmentKind,
  // Training evidence is removed reversibly, never deleted (docs/decisions/0017).
  reversible(courseKind),
  employerUnableKind,
  reversible(policyReviewKind),
  contactDayKind,
];

export * from "./define.ts";
