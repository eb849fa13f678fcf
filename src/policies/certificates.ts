import { agencyStaff, officerRecordPolicy } from "./records.ts";

/**
 * Certificates. That a certificate is held, for which course, is training background (public); the
 * file itself is private personnel data, opened only with a FULL reach and a stated purpose.
 * R-REC-1: the chief law enforcement officer maintains it; issue 4: the coordinator and chief upload.
 */
const uploaders = (what: string) => (actor: Parameters<typeof agencyStaff>[0], officer: Parameters<typeof agencyStaff>[1]) =>
  agencyStaff(actor, officer, ["CHIEF", "TRAINING_COORDINATOR"], what);

export const certificateRecordPolicy = officerRecordPolicy("certificateRecords", uploaders("the agency's coordinator and chief write certificates"), false);
export const certificateFilePolicy = officerRecordPolicy("certificateFiles", uploaders("the agency's coordinator and chief write certificates"), false);
