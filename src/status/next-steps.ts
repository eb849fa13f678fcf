import { SOURCES, type SourceId, type TrainingResponse } from "../rules/index.ts";
import type { HeadlineStatus } from "./headline.ts";

/**
 * What to do next for an officer, by when and who can do it (docs/decisions/0022: the officer page leads
 * with it), read off the engine's answer and the headline — never decided apart from them. Each step
 * cites the law that asks it (its own citation, never the engine's internal references).
 *
 * "Who" names the people the law gives the duty, in words a chief uses; whether the reader may record
 * it here is the status answer's `mayRecord` (the policies), not this.
 */
export interface NextStep {
  /** What is to be done, as an instruction. */
  what: string;
  /** The date it is due by (YYYY-MM-DD): the date asked when it is due now; null when no date applies. */
  by: string | null;
  /** True when `by` is the date asked or earlier: it is due now (or overdue). */
  dueNow: boolean;
  /** Who can do it. */
  who: string;
  /** The law that asks it, as the law cites itself. */
  cite: string;
  /** The kind of record that shows it done, when one is kept here (the page offers its form). */
  record: "courses" | "certificates" | "policy-reviews" | null;
}

const COURSE_WHO = "The officer takes the course; the employing agency's chief or training coordinator records it here.";
const CERTIFICATE_WHO = "The agency's chief law enforcement officer keeps the certificate; the chief or training coordinator puts it on file here.";
const REVIEW_WHO = "The officer reviews the employing agency's SRO policy; the agency records the review here.";
const POLICY_WHO = "The employing agency's chief law enforcement officer.";

const cite = (id: SourceId): string => SOURCES[id].cite;

/** The subdivision that sets the training deadline on each path. */
const PATH_CITE: Record<NonNullable<TrainingResponse["path"]>, SourceId> = {
  STANDARD: "626.8482/3(a)",
  INCUMBENT: "626.8482/3(a)",
  GRACE: "626.8482/3(c)",
  LEGACY: "626.8482/3(b)",
  SUBSTITUTE: "626.8482/3(d)",
};

function step(what: string, by: string | null, asOf: string, who: string, source: SourceId, record: NextStep["record"]): NextStep {
  return { what, by, dueNow: by !== null && by <= asOf, who, cite: cite(source), record };
}

/** The training course the statute still asks for, if it does. */
function trainingStep(answer: TrainingResponse, headline: HeadlineStatus, asOf: string): NextStep | null {
  const source = PATH_CITE[answer.path ?? "STANDARD"];
  // The date is the headline's: the first day, or the end of the six months under an employer-unable
  // decision (its explanation says which, and that the policy review comes before the first day).
  if (headline.headline === "STARTS_UNTRAINED") return step("Complete a POST-approved SRO training course: the coming assignment would start without it", headline.dueOn, asOf, COURSE_WHO, "626.8482/3(a)", "courses");
  switch (answer.statuteStatus) {
    case "NON_COMPLIANT":
      return step("Complete a POST-approved SRO training course: the deadline has passed", answer.deadlineEffective ?? asOf, asOf, COURSE_WHO, source, "courses");
    case "DUE_TODAY":
    case "IN_GRACE":
    case "PRE_MANDATE":
      return answer.deadlineEffective === null ? null : step("Complete a POST-approved SRO training course", answer.deadlineEffective, asOf, COURSE_WHO, source, "courses");
    case "COMPLIANT_LEGACY_WINDOW":
      return step("Complete the mandated SRO training: the earlier course counts only until then", answer.deadlineEffective, asOf, COURSE_WHO, "626.8482/3(b)", "courses");
    default:
      return null;
  }
}

/** The records the statute or the adopted policy asks for now, from the flags that say they are missing. */
function flagSteps(answer: TrainingResponse, asOf: string): NextStep[] {
  const steps: NextStep[] = [];
  const has = (code: string) => answer.flags.some((f) => f.code === code);
  if (has("AGENCY_SRO_POLICY_MISSING")) steps.push(step("Adopt an SRO policy for the agency: the POST Board's model policy or one substantially like it", asOf, asOf, POLICY_WHO, "626.8482/6", null));
  if (has("POLICY_REVIEW_MISSING")) steps.push(step("Have the officer review the employing agency's SRO policy, and record the review", asOf, asOf, REVIEW_WHO, answer.path === "GRACE" ? "626.8482/3(c)" : "626.8482/3(d)", "policy-reviews"));
  if (has("CERTIFICATE_MISSING")) steps.push(step("Put the training certificate on file", asOf, asOf, CERTIFICATE_WHO, "626.8482/certificate", "certificates"));
  if (has("CERTIFICATE_NOT_MOST_RECENT")) steps.push(step("Put the certificate of the latest course on file", asOf, asOf, CERTIFICATE_WHO, "626.8482/certificate", "certificates"));
  return steps;
}

/** The POST three-year refresher, where the agency's adopted policy asks for it. */
function refresherStep(answer: TrainingResponse, asOf: string): NextStep | null {
  if (answer.policyStatus === "N/A" || answer.refresherDue === null) return null;
  const overdue = answer.policyStatus === "NON_COMPLIANT";
  return step(overdue ? "Complete the POST refresher course: it is overdue" : "Complete the POST refresher course", answer.refresherDue, asOf, COURSE_WHO, "POST/IV.G.5", "courses");
}

/** The steps, the most urgent first: what is due now, then by date; an empty list when nothing is asked. */
export function nextSteps(answer: TrainingResponse, headline: HeadlineStatus, asOf: string): NextStep[] {
  if (answer.statuteStatus === "NOT_APPLICABLE" && headline.headline !== "STARTS_UNTRAINED") return [];
  const steps = [...flagSteps(answer, asOf)];
  const training = trainingStep(answer, headline, asOf);
  if (training !== null) steps.push(training);
  // The refresher comes after the course itself; an untrained officer has no refresher to plan yet.
  const refresher = training === null ? refresherStep(answer, asOf) : null;
  if (refresher !== null) steps.push(refresher);
  return steps.sort((a, b) => Number(b.dueNow) - Number(a.dueNow) || (a.by ?? "9999").localeCompare(b.by ?? "9999"));
}
