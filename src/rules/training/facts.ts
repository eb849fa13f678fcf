import type { Day } from "../calendar/day.ts";
import type { ASSIGNMENT_ROLES, COURSE_TYPES } from "../request/schema.ts";

/** An officer's records as the training rules read them: dates are day numbers, defaults applied. */
export interface OfficerFacts {
  assignments: readonly AssignmentFact[];
  /** Sorted by completion date, oldest first. */
  courses: readonly CourseFact[];
  decisions: readonly EmployerUnableFact[];
  policyReviewedOn: Day | null;
  certificateOnFile: Day | null;
  /** Sorted by date, oldest first. */
  contactDays: readonly ContactDayFact[];
}

export interface AssignmentFact {
  district: string | null;
  role: (typeof ASSIGNMENT_ROLES)[number];
  /** First day served, inclusive. */
  start: Day;
  /** Last day served, inclusive; null = still assigned. */
  end: Day | null;
  plannedContactDays: number | null;
  /** Meets subd. 1(c): during the regular instructional day, under a contract. */
  inScope: boolean;
}

/** The engine contract's course types (request/schema.ts, the one list). */
export type CourseType = (typeof COURSE_TYPES)[number];

export interface CourseFact {
  type: CourseType;
  completedOn: Day;
  postApproved: boolean;
}

export interface EmployerUnableFact {
  /** Position in the request's list (for messages). */
  index: number;
  decidedOn: Day | null;
  /** A16: both a decision date and a non-blank reason. */
  documented: boolean;
}

export interface ContactDayFact {
  date: Day;
  district: string | null;
  studentsPresent: boolean;
}
