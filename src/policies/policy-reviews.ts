import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Reviews of the agency's SRO policy (subd. 3(c), 3(d)): private personnel data, recorded by the
 * agency's chief and training coordinator (the keepers of the training record).
 */
export const policyReviewPolicy = officerRecordPolicy(
  "policyReviews",
  (actor, officer) => agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "policy reviews are recorded by the agency's chief or training coordinator"),
  true,
);
