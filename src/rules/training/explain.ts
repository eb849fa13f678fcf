import { formatIsoDate, weekday, type Day } from "../calendar/day.ts";
import { legalHolidayName } from "../calendar/holidays.ts";
import { schoolYearLabel } from "../calendar/school-year.ts";
import type { Context } from "../context.ts";
import type { SourceId } from "../sources/index.ts";
import { step, type TraceStep } from "../trace.ts";
import type { TrainingDetermination } from "./determination.ts";

/**
 * The trace of a training determination (engine-contract.md §2): the decision steps of law.md §4.3 in
 * order, each with its reason and the passages it rests on. Built only when asked for, from what the
 * determination recorded — the rules run once, the explanation reads their result.
 */
/** The passages each path's status rests on. */
const PATH_SOURCES = {
  STANDARD: ["626.8482/3(a)", "POST/IV.G.1", "MSBA/V.A", "EDINA/V.A"],
  GRACE: ["626.8482/3(c)", "POST/IV.G.3", "MSBA/V.C", "EDINA/V.C"],
  LEGACY: ["626.8482/3(b)", "POST/IV.G.2", "MSBA/V.B", "EDINA/V.B"],
  INCUMBENT: ["626.8482/3(a)", "POST/web-MLO", "A5"],
  SUBSTITUTE: ["626.8482/3(d)", "POST/IV.G.4", "MSBA/V.D", "EDINA/V.D"],
} as const satisfies Record<string, readonly SourceId[]>;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

function dateWithDay(d: Day): string {
  const holiday = legalHolidayName(d);
  return `${formatIsoDate(d)} (${WEEKDAYS[weekday(d)] ?? ""}${holiday === null ? "" : `, ${holiday}`})`;
}

export function explainTraining(det: TrainingDetermination, ctx: Context): TraceStep[] {
  const T = formatIsoDate(det.asOf);
  const trace: TraceStep[] = [];
  if (!det.inScope) {
    trace.push(step("scope", "NOT_APPLICABLE", `No in-scope SRO assignment (regular school-day work under a contract) is active on ${T}.`, ["626.8482/1(c)"]));
    return trace;
  }
  trace.push(step("scope", "IN_SCOPE", `An in-scope SRO assignment is active on ${T}.`, ["626.8482/1(c)"]));

  if (det.evaluatedAs === "SUBSTITUTE" && det.substitute !== null) {
    const sy = det.substitute;
    const across = ctx.readings.substituteCountScope === "OFFICER" ? "across all districts" : "in the district with the most";
    trace.push(step("role", "SUBSTITUTE", "No regular SRO assignment is active: the substitute rules apply.", ["626.8482/3(d)"]));
    trace.push(
      step(
        "substituteContactDays",
        sy.current.count,
        `${sy.current.count} distinct student contact day(s) ${across} in school year ${schoolYearLabel(sy.schoolYearStart, ctx.readings.schoolYearStart)} up to ${T}; the exemption holds at ${ctx.law.substituteThreshold - 1} or fewer.`,
        ["626.8482/3(d)", "A1", "A2", "A3"],
      ),
    );
  } else {
    trace.push(step("role", "REGULAR", "A regular SRO assignment is active; substitute days only count toward an earlier assumption date.", ["626.8482/1(c)"]));
  }

  if (det.statuteStatus === "SUBSTITUTE_EXEMPT") {
    trace.push(step("status", "SUBSTITUTE_EXEMPT", "Fewer than 60 student contact days this school year: training and clauses (4) and (5) are not required.", PATH_SOURCES.SUBSTITUTE));
    explainRecords(det, trace);
    return trace;
  }

  if (det.assumedDutiesOn !== null) {
    const on = formatIsoDate(det.assumedDutiesOn);
    const how =
      det.assumptionSource === "SIXTIETH_DAY"
        ? `the 60th student contact day as a substitute was ${on}`
        : det.assumptionSource === "PLANNED_SUBSTITUTE"
          ? `a substitute assignment planned for 60 or more contact days began ${on}${acrossYears(det) ? ", and an assignment that runs on across school years is one assumption from its first day" : ""}`
          : `the first in-scope regular assignment began ${on}`;
    const ignored = det.preMandateServiceIgnored ? "; service that ended before September 1, 2025 was set aside" : "";
    trace.push(step("assumedDutiesOn", on, `Duties were assumed on ${on}: ${how}${ignored}.`, ["626.8482/3(a)", "A15", ...(det.assumptionSource === "REGULAR_START" ? [] : (["A4"] as const))]));
  }

  trace.push(
    step(
      "qualifyingCourse",
      det.firstQualifying === null ? null : formatIsoDate(det.firstQualifying),
      det.firstQualifying === null ? `No POST-approved SRO course is completed by ${T}.` : `The first POST-approved SRO course was completed ${formatIsoDate(det.firstQualifying)}.`,
      ["626.8482/4"],
    ),
  );

  explainPath(det, trace);

  const statusBecause: Record<string, string> = {
    COMPLIANT: "A qualifying course is completed.",
    PRE_MANDATE: "The training mandate begins September 1, 2025.",
    COMPLIANT_LEGACY_WINDOW: "Inside the legacy window: the training is due before June 1, 2027.",
    IN_GRACE: "Inside the six months; clauses (4) and (5) are not required until the course is completed.",
    DUE_TODAY: "The deadline is today and no qualifying course is completed.",
    NON_COMPLIANT: "The deadline has passed without a qualifying course.",
  };
  trace.push(step("status", det.statuteStatus, statusBecause[det.statuteStatus] ?? det.statuteStatus, PATH_SOURCES[det.path ?? "STANDARD"]));
  if (det.dutiesRelieved) {
    trace.push(step("notRequiredDuties", "4, 5", "Advice on safety drills (4) and identifying vulnerabilities (5) are not required until the training is completed — a relief, not a prohibition.", ["626.8482/3(c)", "A14", "A17"]));
  }
  explainRecords(det, trace);
  return trace;
}

/** A4, A15: the planned assignment began before the school year containing T (decision 0010). */
function acrossYears(det: TrainingDetermination): boolean {
  return det.substitute !== null && det.assumedDutiesOn !== null && det.assumedDutiesOn < det.substitute.schoolYearStart;
}

function explainPath(det: TrainingDetermination, trace: TraceStep[]): void {
  if (det.path === null || det.deadline === null || det.deadlineEffective === null) return;
  const dnom = det.deadline;
  const d = det.deadlineEffective;
  switch (det.path) {
    case "LEGACY":
      trace.push(step("path", "LEGACY", `A ${det.legacy?.type === "SSC_BASIC" ? "School Safety Center" : "NASRO"} basic course was completed ${det.legacy === null ? "" : formatIsoDate(det.legacy.completedOn)}, before September 1, 2025.`, ["626.8482/3(b)", "A10", "A11"]));
      trace.push(step("deadline", formatIsoDate(d), `"Before June 1, 2027": the last day is ${dateWithDay(d)}; a fixed date does not roll.`, ["626.8482/3(b)", "A8", "A9"]));
      return;
    case "INCUMBENT":
      trace.push(step("path", "INCUMBENT", "Duties were assumed before September 1, 2025 and no legacy course is recorded.", ["626.8482/3(a)", "A5"]));
      trace.push(step("deadline", formatIsoDate(d), `Trained by ${dateWithDay(d)} (the POST Board's reading); a fixed date does not roll.`, ["POST/web-MLO", "A5", "A8"]));
      return;
    case "GRACE": {
      const decided = det.decision?.decision.decidedOn;
      const when = decided === null || decided === undefined ? "" : `, documented ${formatIsoDate(decided)}`;
      trace.push(step("path", "GRACE", `The employer was unable to provide the course${when}, and none was completed before duties began.`, ["626.8482/3(c)", "A16"]));
      const from = det.clockStart === null ? "" : formatIsoDate(det.clockStart);
      const rolled = d === dnom ? "" : `, rolled to ${dateWithDay(d)} under § 645.15`;
      trace.push(step("deadline", formatIsoDate(d), `Six months from ${from} end ${dateWithDay(dnom)}${rolled}.`, ["626.8482/3(c)", "645.15", "A7"]));
      return;
    }
    case "STANDARD":
      trace.push(step("path", "STANDARD", "The course must be completed before assuming the duties (on the same day at the latest).", ["626.8482/3(a)", "A6"]));
      trace.push(step("deadline", formatIsoDate(d), `Training had to be completed by ${dateWithDay(d)}, the day duties were assumed.`, ["626.8482/3(a)", "A6"]));
      return;
    case "SUBSTITUTE":
      return;
  }
}

function explainRecords(det: TrainingDetermination, trace: TraceStep[]): void {
  if (det.reviewDueBy !== null) {
    const grace = det.reviewReason === "GRACE";
    const why = grace ? "before assuming the other duties (six-month path)" : "before the first substitute day on or after September 1, 2025";
    trace.push(step("policyReview", formatIsoDate(det.reviewDueBy), `The agency's SRO policy had to be reviewed ${why}, by ${formatIsoDate(det.reviewDueBy)}.`, grace ? ["626.8482/3(c)", "POST/IV.G.3", "MSBA/V.C"] : ["626.8482/3(d)", "POST/IV.G.4", "MSBA/V.D"]));
  }
  if (det.latestQualifying !== null) {
    trace.push(step("certificate", formatIsoDate(det.latestQualifying), `The chief must hold the certificate of the most recent course, completed ${formatIsoDate(det.latestQualifying)}.`, ["626.8482/certificate", "POST/IV.G.6", "MSBA/V.E", "EDINA/V.E"]));
  }
  if (det.policyStatus !== "N/A") {
    trace.push(
      step(
        "refresher",
        det.refresherDue === null ? null : formatIsoDate(det.refresherDue),
        det.refresherDue === null ? "The POST three-year refresher clock starts with the first POST-approved course." : `The POST refresher is due ${formatIsoDate(det.refresherDue)}, three years after the latest POST-approved course.`,
        ["POST/IV.G.5", "A12"],
      ),
    );
  }
}
