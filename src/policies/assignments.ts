import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Assignments: where the officer works and under which contract — public personnel data. The
 * employing agency's chief and training coordinator record them (the contract is the agency's).
 */
export const assignmentPolicy = officerRecordPolicy("assignments", (actor, officer) => agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "assignments are recorded by the employing agency"), true);
