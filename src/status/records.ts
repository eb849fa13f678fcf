/**
 * An officer's stored records as the status layer reads them: what the store loads for one officer
 * (store/officer-records.ts). Dates are "YYYY-MM-DD" strings.
 */
export type SroPolicy = "POST" | "MSBA" | "EDINA";

export interface OfficerRecords {
  officerId: string;
  name: string;
  agencyId: string;
  agencyPolicy: SroPolicy | null;
  agencyPolicyAdoptedOn: string | null;
  assignments: AssignmentRecord[];
  courses: CourseRecord[];
  decisions: { decidedOn: string; reason: string }[];
  /** Reviews of any organisation's policy; the engine reads those of the employing agency. */
  reviews: { organizationId: string; reviewedOn: string }[];
  contactDays: { day: string; schoolId: string; districtId: string; studentsPresent: boolean }[];
}

export interface AssignmentRecord {
  id: string;
  schoolId: string;
  districtId: string;
  districtPolicy: SroPolicy | null;
  role: "REGULAR" | "SUBSTITUTE";
  startOn: string;
  endOn: string | null;
  plannedContactDays: number | null;
  underContract: boolean;
  instructionalDay: boolean;
}

export interface CourseRecord {
  id: string;
  type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL" | "POST_SRO_REFRESHER" | "SSC_BASIC" | "NASRO_BASIC" | "OTHER";
  completedOn: string;
  postApproved: boolean;
  /** A certificate was uploaded for this course. */
  hasCertificate: boolean;
}
