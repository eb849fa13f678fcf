import type { AGENCY_POLICIES, ASSIGNMENT_ROLES, COURSE_TYPES, DISTRICT_POLICIES } from "../rules/request/schema.ts";

/**
 * An officer's stored records as the status layer reads them: what the store loads for one officer
 * (store/officer-records.ts). Dates are "YYYY-MM-DD" strings.
 */
export type SroPolicy = (typeof AGENCY_POLICIES)[number] | (typeof DISTRICT_POLICIES)[number];

export interface OfficerRecords {
  officerId: string;
  name: string;
  agencyId: string;
  agencyPolicy: SroPolicy | null;
  agencyPolicyAdoptedOn: string | null;
  assignments: AssignmentRecord[];
  courses: CourseRecord[];
  decisions: { decidedOn: string; reason: string }[];
  /** Reviews of any organization's policy; the engine reads those of the employing agency. */
  reviews: { organizationId: string; reviewedOn: string }[];
  contactDays: { day: string; schoolId: string; districtId: string; studentsPresent: boolean }[];
}

export interface AssignmentRecord {
  id: string;
  schoolId: string;
  districtId: string;
  districtPolicy: SroPolicy | null;
  role: (typeof ASSIGNMENT_ROLES)[number];
  startOn: string;
  endOn: string | null;
  plannedContactDays: number | null;
  underContract: boolean;
  instructionalDay: boolean;
}

export interface CourseRecord {
  id: string;
  type: (typeof COURSE_TYPES)[number];
  completedOn: string;
  postApproved: boolean;
  /** A certificate was uploaded for this course. */
  hasCertificate: boolean;
}
