import Type from "typebox";
import { closed, Day, Id, nullable, stamps, Text } from "./fields.ts";
import { SRO_POLICIES } from "./organizations.ts";

/** The other records kept about an officer: contact days, policy reviews, employer-unable decisions. */
export const contactDayFields = {
  schoolId: Id,
  day: Day,
  studentsPresent: Type.Boolean({ description: "Students were present for instruction: only such days count toward 60 (A2)." }),
};
export const ContactDayCreate = Type.Object({ officerId: Id, ...contactDayFields }, closed);
export const ContactDay = Type.Object({ id: Id, officerId: Id, schoolId: Id, day: Day, studentsPresent: Type.Boolean(), ...stamps });

const ReviewedPolicy = Type.Enum(SRO_POLICIES);
export const policyReviewFields = {
  organizationId: Type.Optional(Type.String({ format: "uuid", description: "Whose policy was reviewed. Default: the officer's employing agency (the review subd. 3(c) and (d) require)." })),
  policy: Type.Optional(ReviewedPolicy),
  policyVersion: Type.Optional(nullable(Type.String({ maxLength: 100 }))),
  reviewedOn: Day,
};
export const PolicyReviewCreate = Type.Object({ officerId: Id, ...policyReviewFields }, closed);
export const PolicyReview = Type.Object({ id: Id, officerId: Id, organizationId: Id, policy: ReviewedPolicy, policyVersion: nullable(Type.String()), reviewedOn: Day, ...stamps });

export const employerUnableFields = {
  decidedOn: Day,
  reason: Type.String({ minLength: 1, maxLength: 2000, description: "Why the employer could not provide the course before the officer assumed duties (subd. 3(c); A16)." }),
  decidedBy: Type.Optional(Text(200)),
};
export const EmployerUnableCreate = Type.Object({ officerId: Id, ...employerUnableFields }, closed);
export const EmployerUnableDecision = Type.Object({ id: Id, officerId: Id, decidedOn: Day, reason: Type.String(), decidedBy: Type.String(), ...stamps });
