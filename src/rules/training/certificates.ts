import type { Day } from "../calendar/day.ts";

/**
 * R-REC-1 — as restated in MSBA 507.5 V.E and POST IV.G.6: "For each school resource officer employed
 * by an agency, the chief law enforcement officer must maintain a copy of the most recent training
 * certificate issued to the officer for completion of the training mandated under this section."
 *
 * `certificateOnFile` is the completion date of the course whose certificate is held. law.md §4.3 (as-of
 * semantics): "A `certificateOnFile` naming a completion dated after T is not on file as of T" — so a
 * qualifying completion on or before T then has no certificate (docs/decisions/0010-long-term-substitute-
 * assumption.md §2, decision 0003 item 3).
 */
export function certificateProblem(
  latestQualifying: Day | null,
  certificateOnFile: Day | null,
  asOf: Day,
): "CERTIFICATE_MISSING" | "CERTIFICATE_NOT_MOST_RECENT" | null {
  if (latestQualifying === null) return null;
  const held = certificateOnFile !== null && certificateOnFile <= asOf ? certificateOnFile : null;
  if (held === null) return "CERTIFICATE_MISSING";
  return held < latestQualifying ? "CERTIFICATE_NOT_MOST_RECENT" : null;
}
