import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Courses: the officer's training background — public personnel data (§ 13.43, subd. 2(a)(2), (7)).
 * Issue 4: "the agency's coordinator and chief write courses, certificates and employer-unable
 * decisions".
 */
export const coursePolicy = officerRecordPolicy("courses", (actor, officer) => agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "the agency's coordinator and chief write courses"), true);
