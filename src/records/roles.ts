/**
 * The roles a person may hold within an organization (a person may hold several): agency roles
 * (chief law enforcement officer, training coordinator, supervisor, SRO), district or charter-school
 * roles (superintendent, emergency management and safety coordinator, principal — of one school),
 * and auditor (read-only over the organization). What each may do is src/policies' to decide.
 */
export const ROLES = ["CHIEF", "TRAINING_COORDINATOR", "SUPERVISOR", "SRO", "SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];

/** The one role that is held at a school rather than over the whole organization. */
export const SCHOOL_ROLE: Role = "PRINCIPAL";
