import type { Day } from "../calendar/day.ts";
import type { RaisedFlag } from "../flags.ts";
import type { UsableDecision } from "./employer-unable.ts";
import type { CourseFact } from "./facts.ts";
import type { SubstituteYear } from "./substitutes.ts";

export type StatuteStatus =
  | "NOT_APPLICABLE"
  | "PRE_MANDATE"
  | "DUE_TODAY"
  | "COMPLIANT"
  | "COMPLIANT_LEGACY_WINDOW"
  | "IN_GRACE"
  | "SUBSTITUTE_EXEMPT"
  | "NON_COMPLIANT";

export type PolicyStatus = "COMPLIANT" | "NON_COMPLIANT" | "N/A";

export type TrainingPath = "STANDARD" | "GRACE" | "LEGACY" | "INCUMBENT" | "SUBSTITUTE";

/** How A0 was found (§4.3 step 4). */
export type AssumptionSource = "REGULAR_START" | "SIXTIETH_DAY" | "PLANNED_SUBSTITUTE";

/**
 * Everything the §4.3 procedure decided, in day numbers: what the response presents and what the
 * explanation (explain.ts) turns into the trace. Filled by determine.ts.
 */
export interface TrainingDetermination {
  asOf: Day;
  statuteStatus: StatuteStatus;
  policyStatus: PolicyStatus;
  path: TrainingPath | null;

  /** Step 1–2. */
  inScope: boolean;
  evaluatedAs: "REGULAR" | "SUBSTITUTE" | null;
  substitute: SubstituteYear | null;

  /** Step 4: A0, and how it was found. */
  assumedDutiesOn: Day | null;
  assumptionSource: AssumptionSource | null;
  /** Pre-mandate service that ended before the mandate was set aside (§4.3 step 4). */
  preMandateServiceIgnored: boolean;
  /** Where the six months (or the deadline) are counted from: A0, or 2025-09-01 under incumbentGrace. */
  clockStart: Day | null;

  /** Step 3 and 5. */
  legacy: CourseFact | null;
  decision: UsableDecision | null;
  deadline: Day | null; // Dnom
  deadlineEffective: Day | null; // D

  /** Step 6. */
  firstQualifying: Day | null; // q1
  latestQualifying: Day | null;

  /** Step 7: clauses (4) and (5) are not required. */
  dutiesRelieved: boolean;

  /** Step 8: the date by which the agency's policy had to be reviewed, and why. */
  reviewDueBy: Day | null;
  reviewReason: "GRACE" | "SUBSTITUTE" | null;

  /** R-REF-2. */
  refresherDue: Day | null;

  flags: RaisedFlag[];
}
