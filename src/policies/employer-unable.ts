import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Employer-unable decisions (subd. 3(c)): the employer's internal staffing decisions — private
 * personnel data. Issue 4: written by the agency's coordinator and chief.
 */
export const employerUnablePolicy = officerRecordPolicy(
  "employerUnableDecisions",
  (actor, officer) => agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "the agency's coordinator and chief write employer-unable decisions"),
  true,
);
