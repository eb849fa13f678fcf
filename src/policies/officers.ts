import { anyOf } from "./decision.ts";
import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Officers. Name, license number, employer: public personnel data (§ 13.43, subd. 2(a)), so anyone
 * whose reach covers the officer may read them. The employing agency's chief and training coordinator
 * keep the record (issue 4); the administrator too.
 */
export const officerPolicy = officerRecordPolicy("officers", (actor, officer) => anyOf(agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], "officers are kept by their agency")), false);
