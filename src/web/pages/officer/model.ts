import type { Schemas } from "../../api/typed.ts";

/**
 * The shapes the Officer page reads from the API (GET /api/v1/officers/:id/status and the record
 * kinds under /api/v1). The page shows what the API computed: nothing here decides a status.
 */
export const PURPOSE = "training compliance review";

export type Action = "read" | "update" | "remove";
export type RecordableKind = "courses" | "certificates" | "contact-days" | "policy-reviews" | "employer-unable-decisions";

// The answers' shapes come from the API's generated types (src/web/api/schema.d.ts): one definition.
export type Flag = Schemas["Flag"];
export type TraceStep = Schemas["TraceStep"];
export type CitedPassage = Schemas["CitedPassage"];
export type TrainingAnswer = Schemas["TrainingAnswer"];
/** One thing to do next (src/status/next-steps.ts): what, by when, who can do it, the law that asks it. */
export type NextStep = Schemas["NextStep"];
export type OfficerStatus = Schemas["OfficerStatus"];

/** The API withholds private facts from a role that may not read them; the page says so in these words. */
export const NOT_SHOWN = "Not shown to your role";

interface Stamped {
  id: string;
  officerId: string;
  actions: Action[];
}

export interface Course extends Stamped {
  type: CourseType;
  completedOn: string;
  postApproved: boolean;
  provider: string | null;
  postCourseNumber: string | null;
  credits: number | null;
}

export interface Certificate extends Stamped {
  courseId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ContactDay extends Stamped {
  schoolId: string;
  day: string;
  studentsPresent: boolean;
}

export interface PolicyReview extends Stamped {
  organizationId: string;
  policy: string;
  policyVersion: string | null;
  reviewedOn: string;
}

export interface EmployerUnableDecision extends Stamped {
  decidedOn: string;
  reason: string;
  decidedBy: string;
}

export interface Assignment extends Stamped {
  schoolId: string;
  role: "REGULAR" | "SUBSTITUTE";
  startOn: string;
  endOn: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const COURSE_TYPES = ["POST_SRO_BASIC", "POST_SRO_SUPPLEMENTAL", "POST_SRO_REFRESHER", "SSC_BASIC", "NASRO_BASIC", "OTHER"] as const;
export type CourseType = (typeof COURSE_TYPES)[number];

export const COURSE_TYPE_LABELS: Record<CourseType, string> = {
  POST_SRO_BASIC: "POST SRO basic course",
  POST_SRO_SUPPLEMENTAL: "POST SRO supplemental course",
  POST_SRO_REFRESHER: "POST SRO refresher course",
  SSC_BASIC: "School Safety Center basic SRO course",
  NASRO_BASIC: "NASRO basic SRO course",
  OTHER: "Other course",
};

/** "2026-11-30" as "November 30, 2026", read in UTC so the day never shifts with the time zone. */
export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
}
