import { isLegalHoliday } from "../calendar/holidays.ts";
import type { Day } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import { FLAGS, type FlagCode, type RaisedFlag, type Severity } from "../flags.ts";
import { ignoresPreMandateService, regularAssumption, type Assumption } from "./assumption.ts";
import { certificateProblem } from "./certificates.ts";
import { firstQualifying, hasTooLateLegacyCourse, latestQualifying, legacyCourse } from "./courses.ts";
import type { TrainingDetermination } from "./determination.ts";
import { hasDocumentedDecision, hasUndocumentedDecision } from "./employer-unable.ts";
import type { OfficerFacts } from "./facts.ts";
import { choosePath } from "./paths.ts";
import { reviewMissing, reviewRequirement } from "./policy-review.ts";
import { refresherState } from "./refresher.ts";
import { assessScope } from "./scope.ts";
import { earliestSubstituteAssumption, substituteYear } from "./substitutes.ts";

/** Step 6: the flag for a missed deadline, by path. */
const DEADLINE_MISSED = {
  STANDARD: "TRAINING_REQUIRED_BEFORE_ASSUMPTION",
  GRACE: "GRACE_EXPIRED",
  LEGACY: "LEGACY_DEADLINE_MISSED",
  INCUMBENT: "INCUMBENT_DEADLINE_MISSED",
} as const satisfies Record<string, FlagCode>;

function raise(det: TrainingDetermination, code: FlagCode, severity: Severity = FLAGS[code].severity, detail: string | null = null): void {
  det.flags.push({ code, severity, detail });
}

function blank(asOf: Day): TrainingDetermination {
  return {
    asOf,
    statuteStatus: "NOT_APPLICABLE",
    policyStatus: "N/A",
    path: null,
    inScope: false,
    evaluatedAs: null,
    substitute: null,
    assumedDutiesOn: null,
    assumptionSource: null,
    preMandateServiceIgnored: false,
    clockStart: null,
    legacy: null,
    decision: null,
    deadline: null,
    deadlineEffective: null,
    firstQualifying: null,
    latestQualifying: null,
    dutiesRelieved: false,
    reviewDueBy: null,
    reviewReason: null,
    refresherDue: null,
    flags: [] as RaisedFlag[],
  };
}

/**
 * The training determination of law.md §4.3 for one officer on one date: statute status, POST policy
 * status, path, deadlines, relieved duties and flags. Pure; dates are day numbers.
 */
export function determineTraining(officer: OfficerFacts, ctx: Context): TrainingDetermination {
  const { asOf: T, law, policies } = ctx;
  const det = blank(T);

  // Step 1 — R-APP-1: an in-scope SRO assignment active on T, or NOT_APPLICABLE.
  const scope = assessScope(officer.assignments, T);
  if (!scope.inScope) {
    if (scope.ended) raise(det, "ASSIGNMENT_ENDED");
    return det;
  }
  det.inScope = true;
  if (policies.agency === null) raise(det, "AGENCY_SRO_POLICY_MISSING");
  if (hasUndocumentedDecision(officer.decisions, T)) raise(det, "EMPLOYER_UNABLE_UNDOCUMENTED");
  if (hasTooLateLegacyCourse(officer.courses, T, law)) raise(det, "LEGACY_COURSE_TOO_LATE");

  // Step 3 — qualifying completions (R-TRN-7) as of T.
  const q1 = firstQualifying(officer.courses, T);
  det.firstQualifying = q1;
  det.latestQualifying = latestQualifying(officer.courses, T);

  // Step 2 and 4 — regular or substitute, and A0.
  let assumption: Assumption | null;
  if (scope.regular) {
    det.evaluatedAs = "REGULAR";
    // §4.3 steps 2 and 4: substitute service counts toward an earlier A0, but not service that ended
    // before the mandate when none was held on 2025-08-31 (then a later long-term substitute
    // assignment still counts: docs/decisions/0010-long-term-substitute-assumption.md).
    const notBefore = ignoresPreMandateService(officer.assignments, ctx) ? law.trainingMandateStart : null;
    const sub = (from: Day | null) => earliestSubstituteAssumption(officer.assignments, officer.contactDays, T, ctx.readings, law.substituteThreshold, from);
    assumption = regularAssumption(officer.assignments, sub(notBefore), ctx);
    if (assumption !== null && notBefore !== null && (sub(null)?.on ?? notBefore) < notBefore) assumption.preMandateServiceIgnored = true;
  } else {
    det.evaluatedAs = "SUBSTITUTE";
    assumption = substituteAssumption(officer, ctx, det);
    if (assumption === null) return exemptSubstitute(officer, ctx, det);
  }
  if (assumption === null) return det; // unreachable: an active regular assignment has begun by T
  det.assumedDutiesOn = assumption.on;
  det.assumptionSource = assumption.source;
  det.preMandateServiceIgnored = assumption.preMandateServiceIgnored;

  // Step 5 — path and deadline.
  const legacy = legacyCourse(officer.courses, T, law);
  const choice = choosePath(assumption.on, legacy, officer.courses, officer.decisions, ctx);
  const { path } = choice;
  const D = choice.deadlineEffective;
  det.path = path;
  det.legacy = path === "LEGACY" ? legacy : null;
  det.decision = choice.decision;
  det.clockStart = choice.clockStart;
  det.deadline = choice.deadline;
  det.deadlineEffective = D;
  const documented = hasDocumentedDecision(officer.decisions, T);
  if (documented && (path === "STANDARD" || path === "LEGACY")) raise(det, "EMPLOYER_UNABLE_NOT_USED");
  if (path === "GRACE" && choice.decision?.afterAssumption === true) raise(det, "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION");
  if (legacy !== null && assumption.on > law.legacyDeadline) raise(det, "LEGACY_WINDOW_CLOSED");
  if (path === "LEGACY") {
    raise(det, "LEGACY_PATH");
    if (assumption.on >= law.trainingMandateStart) raise(det, "LEGACY_NEW_ASSIGNEE");
  }
  if (path === "INCUMBENT" && documented && !ctx.readings.incumbentGrace) raise(det, "INCUMBENT_GRACE_AMBIGUOUS");
  if (D !== choice.deadline) raise(det, "DEADLINE_ROLLED_645_15");
  if (path === "GRACE") {
    if (officer.assignments.some((a) => a.inScope && a.start > choice.clockStart && a.start <= T)) raise(det, "CLOCK_NOT_RESET_ON_REASSIGNMENT");
    if (policies.district === "EDINA") raise(det, "EDINA_TEXT_OMITS_SUBD3C_DUTIES");
  }

  // Step 6 — status against D (inclusive; missed only when T > D).
  if (q1 !== null) {
    det.statuteStatus = "COMPLIANT";
    if (q1 > D) raise(det, "LATE_COMPLETION", path === "INCUMBENT" ? "REVIEW" : "VIOLATION", `${q1 - D} day(s) late`);
    if (q1 === assumption.on && path === "STANDARD") raise(det, "SAME_DAY_COMPLETION");
  } else if (T <= D) {
    if (T < law.trainingMandateStart) det.statuteStatus = "PRE_MANDATE";
    else if (path === "LEGACY") det.statuteStatus = "COMPLIANT_LEGACY_WINDOW";
    else if (path === "GRACE") det.statuteStatus = "IN_GRACE";
    else det.statuteStatus = "DUE_TODAY"; // STANDARD with T == A0, INCUMBENT with T == 2025-09-01
    if (T === D) raise(det, "DUE_TODAY");
    if (det.statuteStatus === "IN_GRACE") raise(det, "GRACE_PERIOD_ACTIVE");
  } else {
    det.statuteStatus = "NON_COMPLIANT";
    raise(det, DEADLINE_MISSED[path]);
  }
  if (path === "INCUMBENT" && (q1 === null || q1 >= law.trainingMandateStart)) raise(det, "INCUMBENT_DEADLINE_ASSUMED");
  if ((D === law.trainingMandateStart || D === law.legacyDeadline) && isLegalHoliday(D) && !(q1 !== null && q1 < D)) {
    raise(det, "FIXED_DATE_ON_LEGAL_HOLIDAY");
  }
  if (path === "LEGACY" && (inPostWebWindow(q1, ctx) || (det.statuteStatus === "NON_COMPLIANT" && inPostWebWindow(T, ctx)))) {
    raise(det, "POST_WEB_DATE_CONFLICT");
  }
  if (det.evaluatedAs === "SUBSTITUTE") {
    if (assumption.source === "PLANNED_SUBSTITUTE") raise(det, "SUB_PLANNED_OVER_THRESHOLD");
    else raise(det, "SUB_THRESHOLD_REACHED", det.statuteStatus === "NON_COMPLIANT" ? "VIOLATION" : "INFO");
  }

  // Step 7 — clauses (4) and (5) stay relieved on the GRACE path until trained (A14, A17).
  det.dutiesRelieved = path === "GRACE" && q1 === null && det.statuteStatus !== "PRE_MANDATE";

  // Step 8 — review of the agency's policy; step 9 — the certificate.
  checkPolicyReview(officer, ctx, det, path === "GRACE" ? choice.clockStart : null);
  checkCertificate(officer, det);

  // R-REF — the POST three-year refresher (policyStatus).
  checkRefresher(officer, ctx, det);
  return det;
}

function inPostWebWindow(day: Day | null, ctx: Context): boolean {
  return day !== null && day > ctx.law.legacyDeadline && day <= ctx.law.postWebLegacyDate;
}

/**
 * §5 for an officer with no active regular assignment: the substitute count of the school year
 * containing T, its flags, and the step-2 date that becomes A0 (the 60th day, or the first day of a
 * planned 60-day assignment, whichever is earlier) — or null while the substitute is exempt. Step 4's
 * rule on pre-mandate service applies to the planned assignment; a counted 60th day lies in the school
 * year containing T.
 */
function substituteAssumption(officer: OfficerFacts, ctx: Context, det: TrainingDetermination): Assumption | null {
  const threshold = ctx.law.substituteThreshold;
  // §4.3 step 4 (A15): service that ended before the mandate is ignored when none was held the day before it.
  const notBefore = ignoresPreMandateService(officer.assignments, ctx) ? ctx.law.trainingMandateStart : null;
  const year = substituteYear(officer.assignments, officer.contactDays, ctx.asOf, ctx.readings, threshold, notBefore);
  det.substitute = year;
  if (year.earlierYearDays || year.summerDays) raise(det, "SCHOOL_YEAR_BOUNDARY_ASSUMED");
  if (ctx.readings.substituteCountScope === "OFFICER" && year.current.severalDistricts) raise(det, "SUB_AGGREGATION_ASSUMED");
  if (year.previousCount >= threshold && det.firstQualifying === null) raise(det, "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED");
  const sixtieth = year.current.thresholdReachedOn;
  // A4 (docs/decisions/0010-long-term-substitute-assumption.md): a planned assignment's own start, even in
  // an earlier school year — never the start of the current one.
  const planned = year.plannedFrom;
  const ignored = year.plannedIgnoredBeforeMandate;
  if (planned !== null && (sixtieth === null || planned <= sixtieth)) return { on: planned, source: "PLANNED_SUBSTITUTE", preMandateServiceIgnored: ignored };
  if (sixtieth !== null) return { on: sixtieth, source: "SIXTIETH_DAY", preMandateServiceIgnored: ignored };
  return null;
}

/** R-SUB-1: fewer than 60 days — exempt from training and clauses (4)/(5); review and certificate still apply. */
function exemptSubstitute(officer: OfficerFacts, ctx: Context, det: TrainingDetermination): TrainingDetermination {
  det.statuteStatus = "SUBSTITUTE_EXEMPT";
  det.path = "SUBSTITUTE";
  det.dutiesRelieved = true;
  raise(det, "SUB_EXEMPT");
  if (ctx.policies.district === "EDINA") raise(det, "EDINA_SUB_POLICY_WORDING");
  checkPolicyReview(officer, ctx, det, null);
  checkCertificate(officer, det);
  return det;
}

function checkPolicyReview(officer: OfficerFacts, ctx: Context, det: TrainingDetermination, graceClockStart: Day | null): void {
  const req = reviewRequirement(officer, det.evaluatedAs ?? "REGULAR", graceClockStart, ctx);
  if (req === null) return;
  det.reviewDueBy = req.dueBy;
  det.reviewReason = req.reason;
  if (reviewMissing(req, officer.policyReviewedOn, ctx)) raise(det, "POLICY_REVIEW_MISSING");
}

function checkCertificate(officer: OfficerFacts, det: TrainingDetermination): void {
  const problem = certificateProblem(det.latestQualifying, officer.certificateOnFile, det.asOf);
  if (problem !== null) raise(det, problem);
}

/** policyStatus (law.md §4.3 Notes): the POST IV.G.5 refresher only. */
function checkRefresher(officer: OfficerFacts, ctx: Context, det: TrainingDetermination): void {
  if (ctx.policies.agency !== "POST") {
    if (det.latestQualifying !== null) raise(det, "POST_MLO_REFRESHER_INFO");
    return;
  }
  const refresher = refresherState(officer.courses, det.asOf, ctx.law);
  det.refresherDue = refresher.due;
  det.policyStatus = refresher.due !== null && det.asOf > refresher.due ? "NON_COMPLIANT" : "COMPLIANT";
  if (refresher.lateCount > 0) raise(det, "REFRESHER_LATE", "POLICY_VIOLATION", `${refresher.lateDays} day(s) late`);
  if (refresher.due === det.asOf) raise(det, "REFRESHER_DUE_TODAY");
  else if (det.policyStatus === "NON_COMPLIANT") raise(det, "REFRESHER_OVERDUE");
}
