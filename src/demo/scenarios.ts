import {
  addDays, addMonths, addYears, FIRST_MANDATE_SCHOOL_DAY, LEGACY_DEADLINE, MANDATE, schoolDaysOf, schoolYearOf, schoolYearStart, startDay,
  workdayOnOrAfter, workdayOnOrBefore, day, type Day,
} from "./calendar.ts";
import { DUE_SOON_DAYS } from "../status/headline.ts";
import type { Expectation, OfficerBuilder } from "./data.ts";
import type { AgencyKey, SchoolKey } from "./organizations.ts";
import type { Random } from "./random.ts";

/**
 * The situations of the demo, one per officer, each written relative to `today` so that it exists
 * whatever day the demo is loaded: an officer "two months into the grace period" started two months
 * before today. Where the law's fixed dates make a situation impossible on some day (no one can have
 * started after 2025-09-01 and be eight months past it in October 2025; no substitute can have 55
 * school days behind them in September), the scenario says what it shows instead, and its
 * expectation says so too. Every expectation is checked against the engine by the tests, for every
 * few days over years.
 */
export interface ScenarioContext {
  today: Day;
  /** This officer's own random stream (other officers do not shift it). */
  rnd: Random;
  /** The school days of the current school year before today. */
  before: readonly Day[];
  /** Every school day of the previous school year. */
  previousYear: readonly Day[];
}

export interface Scenario {
  key: string;
  agency: AgencyKey;
  situation: string;
  build(o: OfficerBuilder, c: ScenarioContext): Expectation;
}

/** A week after the police department adopted the POST policy (2024-11-19). */
const REVIEWABLE_FROM = day("2024-11-26");
const exp = (statuteStatus: Expectation["statuteStatus"], path: Expectation["path"], headline: Expectation["headline"]): Expectation => ({ statuteStatus, path, headline });

const CHIEF = "Chief of Police, Prairie River PD";
const SHERIFF = "Chief Deputy, Tamarack County Sheriff's Office";
const NO_SEAT = "No seat in a POST-approved SRO course before the assignment began; next session booked";

/** The later of a date and the first school day under the mandate, as a first day of duty. */
const mandateStart = (d: Day): Day => startDay(Math.max(d, FIRST_MANDATE_SCHOOL_DAY));
const monthsAgo = (c: ScenarioContext, months: number): Day => addDays(c.today, -Math.round(months * 30.44));

/** The first course and, every 33 months after it while that is before today, a refresher: never due soon. */
function trainedWithRefreshers(o: OfficerBuilder, c: ScenarioContext, type: "POST_SRO_BASIC" | "POST_SRO_SUPPLEMENTAL", first: Day): void {
  o.course(type, first);
  for (let r = workdayOnOrBefore(addMonths(first, 33)); r < c.today; r = workdayOnOrBefore(addMonths(r, 33))) o.course("POST_SRO_REFRESHER", r);
}

/**
 * A regular SRO trained before starting, certificate on file: STANDARD when the start is on or after
 * 2025-09-01; otherwise an incumbent trained in the summer of 2025 (INCUMBENT). Returns the path.
 */
function trainedRegular(o: OfficerBuilder, c: ScenarioContext, school: SchoolKey, months: number, refreshers = true): "STANDARD" | "INCUMBENT" {
  const start = startDay(monthsAgo(c, months));
  o.assign({ school, start });
  const standard = start >= MANDATE;
  const course = workdayOnOrBefore(standard ? addDays(start, -c.rnd.int(6, 45)) : addDays(day("2025-04-07"), c.rnd.int(0, 130)));
  if (refreshers) trainedWithRefreshers(o, c, "POST_SRO_BASIC", course);
  else o.course("POST_SRO_BASIC", course);
  return standard ? "STANDARD" : "INCUMBENT";
}

/** What subd. 3(c) gives an officer who started on `start` with a documented employer-unable decision. */
function graceExpectation(start: Day, trainedOn: Day | null, today: Day, attention: boolean): Expectation {
  const deadline = workdayOnOrAfter(addMonths(start, 6));
  if (trainedOn !== null && trainedOn <= today) return exp("COMPLIANT", "GRACE", attention || trainedOn > deadline ? "NEEDS_ATTENTION" : "COMPLIANT");
  if (today > deadline) return exp("NON_COMPLIANT", "GRACE", "OVERDUE");
  return exp("IN_GRACE", "GRACE", attention ? "NEEDS_ATTENTION" : deadline <= today + DUE_SOON_DAYS ? "DUE_SOON" : "IN_GRACE");
}

/** A legacy-course officer not yet trained: the window until 2027-05-31, then non-compliant (correctly). */
function legacyExpectation(today: Day, attention: boolean): Expectation {
  if (today > LEGACY_DEADLINE) return exp("NON_COMPLIANT", "LEGACY", "OVERDUE");
  return exp("COMPLIANT_LEGACY_WINDOW", "LEGACY", attention ? "NEEDS_ATTENTION" : LEGACY_DEADLINE <= today + DUE_SOON_DAYS ? "DUE_SOON" : "COMPLIANT");
}

function grace(o: OfficerBuilder, c: ScenarioContext, schools: readonly SchoolKey[], start: Day, options: { review: boolean; trainedOn?: (start: Day) => Day }): Expectation {
  for (const school of schools) o.assign({ school, start });
  o.decision(workdayOnOrBefore(addDays(start, -9)), NO_SEAT, CHIEF);
  if (options.review) o.review(workdayOnOrBefore(addDays(start, -4)));
  const trainedOn = options.trainedOn === undefined ? null : options.trainedOn(start);
  if (trainedOn !== null) trainedWithRefreshers(o, c, "POST_SRO_BASIC", trainedOn);
  return graceExpectation(start, trainedOn, c.today, !options.review);
}

// ---- substitutes ------------------------------------------------------------------------------

/** `n` school days of this year before today, chosen at random (all of them when n ≥ what there is). */
function someDays(c: ScenarioContext, n: number): Day[] {
  return c.rnd.shuffle(c.before).slice(0, Math.max(0, n)).sort((a, b) => a - b);
}

/**
 * The substitute roster assignment: from the first school day of the school year of the first day
 * served (this school year's, or last year's when none has been served yet), reviewed three days
 * before the first day served. Returns the assignment's start.
 */
function substitute(
  o: OfficerBuilder,
  c: ScenarioContext,
  school: SchoolKey,
  days: readonly Day[],
  options: { review?: boolean; previous?: readonly Day[]; staffOnly?: readonly Day[] } = {},
): Day {
  const all = [...(options.previous ?? []), ...days];
  const earliest = [...all, ...(options.staffOnly ?? [])].sort((a, b) => a - b)[0];
  const year = earliest !== undefined ? schoolYearOf(earliest) : c.before.length > 0 ? schoolYearOf(c.today) : schoolYearOf(c.today) - 1;
  const first = schoolDaysOf(year)[0] ?? FIRST_MANDATE_SCHOOL_DAY;
  const start = Math.min(first, earliest ?? first);
  o.assign({ school, start, role: "SUBSTITUTE" });
  // Reviewed three days before the first day served, and not before the police department adopted
  // its policy (2024-11-19): the review must precede the first substitute day under the mandate.
  if (options.review ?? true) o.review(workdayOnOrBefore(Math.max(addDays(start, -3), REVIEWABLE_FROM)));
  o.contactDays(school, all);
  o.contactDays(school, options.staffOnly ?? [], false);
  return start;
}

const EXEMPT = exp("SUBSTITUTE_EXEMPT", "SUBSTITUTE", "EXEMPT");

/**
 * A substitute meant to stand just under the 60 days: 59, 58, 57 and 55 distinct days with students
 * this school year. Only school days already behind today can count, and school years start on
 * July 1 (A1), so early in the school year those numbers cannot exist yet (with this calendar: 31
 * school days by 2025-10-15, 55 by 2026-11-30, none in July and August; 59 from early December).
 * Then the 59-day substitute has every school day so far — as many as possible — and the others keep
 * their distance below it.
 */
function nearSixty(target: number, school: SchoolKey): Scenario["build"] {
  return (o, c) => {
    const early = c.before.length < 59;
    const n = early ? c.before.length - (59 - target) : target;
    // The 59-day substitute also served a staff workshop day before the first school day: a day
    // served, but without students, so not counted (A2).
    const workshop = workdayOnOrBefore(addDays(schoolDaysOf(schoolYearOf(c.today))[0] ?? c.today, -1));
    const staffOnly = target === 59 && workshop < c.today && schoolYearOf(workshop) === schoolYearOf(c.today) ? [workshop] : [];
    // Early in the school year the count has just reset: last school year's `target` days are on
    // record too (the engine counts only this year's, and flags the boundary for review).
    const previous = early ? c.rnd.shuffle(c.previousYear).slice(0, target).sort((a, b) => a - b) : [];
    substitute(o, c, school, someDays(c, n), { staffOnly, previous });
    return EXEMPT;
  };
}

/**
 * A substitute past the 60th day. This school year when 62 (61) school days are behind it — the last
 * ones, so the 60th day is recent; earlier in the school year, when no one can have reached 60 yet,
 * last school year's 62 (61) days and a few this year: exempt again after the July 1 reset, with the
 * prior-year overrun flagged for review (A4).
 */
function pastSixty(withDecision: boolean): Scenario["build"] {
  return (o, c) => {
    const n = withDecision ? 61 : 62;
    const current = c.before.length >= n;
    const days = current ? c.before.slice(-n) : someDays(c, 10);
    const previous = current ? [] : c.previousYear.slice(-n);
    substitute(o, c, "pr-high", days, { previous });
    const counted = current ? days : previous;
    const sixtieth = counted[59] ?? c.today;
    if (withDecision) o.decision(workdayOnOrBefore(counted[49] ?? sixtieth), "Substitute expected to pass 60 contact days; no seat in a POST-approved SRO course", CHIEF);
    if (!current) return EXEMPT;
    return withDecision ? graceExpectation(sixtieth, null, c.today, false) : exp("NON_COMPLIANT", "STANDARD", "OVERDUE");
  };
}

// ---- the 60 officers ------------------------------------------------------------------------------

const trained = (school: SchoolKey, months: number): Scenario["build"] => (o, c) => exp("COMPLIANT", trainedRegular(o, c, school, months), "COMPLIANT");

export const SCENARIOS: readonly Scenario[] = [
  // Trained before starting, certificates on file (STANDARD; INCUMBENT when the start predates the mandate).
  ...([
    ["pr-high", 0.8], ["pr-lakeview", 1.5], ["pr-riverside", 3], ["pr-cottonwood", 5], ["nb-high", 7], ["nb-middle", 9], ["nb-meadowlark", 12],
    ["nl-upper", 14], ["nl-lower", 17], ["pr-high", 20], ["pr-lakeview", 26], ["nb-high", 33], ["pr-riverside", 40], ["nb-middle", 52], ["nb-meadowlark", 22],
  ] as const).map(([school, months]): Scenario => ({
    key: "trained",
    agency: "prpd",
    situation: `Trained before starting (${months} months in the role), certificate on file`,
    build: trained(school, months),
  })),

  // The POST refresher (every three years under the police department's POST policy). Until 2028 a
  // course three years before today predates the first POST-approved SRO course (March 2025): demo
  // license — the engine reads only `postApproved` and the date.
  ...[25, 52].map((dueIn): Scenario => ({
    key: "refresher-due-soon",
    agency: "prpd",
    situation: `POST refresher due in about ${dueIn} days (course completed three years minus ${dueIn} days ago)`,
    build(o, c) {
      const course = workdayOnOrBefore(addYears(addDays(c.today, dueIn), -3));
      const start = startDay(addDays(course, 21));
      o.assign({ school: dueIn < 40 ? "pr-cottonwood" : "nl-upper", start });
      o.course("POST_SRO_BASIC", course);
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "DUE_SOON");
    },
  })),
  {
    key: "refresher-overdue",
    agency: "prpd",
    situation: "POST refresher overdue (due about 40 days ago)",
    build(o, c) {
      const course = workdayOnOrBefore(addYears(addDays(c.today, -40), -3));
      const start = startDay(addDays(course, 30));
      o.assign({ school: "nb-meadowlark", start });
      o.course("POST_SRO_BASIC", course);
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "OVERDUE");
    },
  },
  {
    key: "refresher-late",
    agency: "prpd",
    situation: "POST refresher completed 35 days after it was due (REFRESHER_LATE on record)",
    build(o, c) {
      const due = addDays(c.today, -180);
      const course = workdayOnOrBefore(addYears(due, -3));
      const start = startDay(addDays(course, 20));
      o.assign({ school: "pr-lakeview", start });
      o.course("POST_SRO_BASIC", course);
      o.course("POST_SRO_REFRESHER", workdayOnOrAfter(addDays(due, 35)));
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "NEEDS_ATTENTION");
    },
  },
  {
    key: "refresher-renewed",
    agency: "prpd",
    situation: "POST refresher renewed on time (basic course four years ago, refresher 16 months ago)",
    build(o, c) {
      const course = workdayOnOrBefore(monthsAgo(c, 50));
      const start = startDay(addDays(course, 25));
      o.assign({ school: "nl-lower", start });
      o.course("POST_SRO_BASIC", course);
      o.course("POST_SRO_REFRESHER", workdayOnOrBefore(addMonths(course, 34)));
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "COMPLIANT");
    },
  },

  // Subd. 3(c): the employer could not provide the course before the officer started.
  {
    key: "grace-running",
    agency: "prpd",
    situation: "Grace period running: started about 2 months ago, employer-unable decision and policy review on file",
    build: (o, c) => grace(o, c, ["nl-upper"], mandateStart(monthsAgo(c, 2)), { review: true }),
  },
  {
    key: "grace-two-districts",
    agency: "prpd",
    situation: "Grace period running, serving two districts with different policies (MSBA 507.5 and Edina's text)",
    build: (o, c) => grace(o, c, ["pr-high", "nb-middle"], mandateStart(monthsAgo(c, 2.5)), { review: true }),
  },
  {
    key: "grace-no-review",
    agency: "prpd",
    situation: "Grace period running, but no review of the agency's SRO policy on file (POLICY_REVIEW_MISSING)",
    build: (o, c) => grace(o, c, ["nb-high"], mandateStart(addDays(c.today, -45)), { review: false }),
  },
  {
    key: "grace-ending",
    agency: "prpd",
    situation: "Grace period ending within 60 days (started about 5 months ago; from 2025-09-02 at the earliest)",
    build: (o, c) => grace(o, c, ["pr-riverside"], mandateStart(addDays(monthsAgo(c, 5), 5)), { review: true }),
  },
  {
    key: "grace-expired",
    agency: "prpd",
    situation: "Grace period expired untrained (started about 8 months ago; from 2025-09-02 at the earliest)",
    build: (o, c) => grace(o, c, ["pr-cottonwood"], mandateStart(monthsAgo(c, 8)), { review: true }),
  },
  {
    key: "grace-decided-late",
    agency: "prpd",
    situation: "Grace period running on an employer-unable decision dated after the start (EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION)",
    build(o, c) {
      const start = mandateStart(monthsAgo(c, 3));
      o.assign({ school: "pr-lakeview", start });
      o.review(workdayOnOrBefore(addDays(start, -2)));
      o.decision(workdayOnOrBefore(Math.min(addDays(start, 12), addDays(c.today, -1))), "Course cancelled by the provider after the assignment began", CHIEF);
      return graceExpectation(start, null, c.today, false);
    },
  },
  {
    key: "grace-completed",
    agency: "prpd",
    situation: "Trained within the grace period (started about 7 months ago, course three months later)",
    build: (o, c) => grace(o, c, ["nb-meadowlark"], mandateStart(monthsAgo(c, 7)), { review: true, trainedOn: (start) => workdayOnOrBefore(Math.min(addMonths(start, 3), addDays(c.today, -7))) }),
  },

  // Subd. 3(a): training before assuming the duties.
  {
    key: "standard-untrained",
    agency: "prpd",
    situation: "Started three weeks ago without the course and without an employer-unable decision",
    build(o, c) {
      o.assign({ school: "pr-lakeview", start: mandateStart(addDays(c.today, -21)) });
      o.course("OTHER", day("2024-04-19"), { certificate: false });
      return exp("NON_COMPLIANT", "STANDARD", "OVERDUE");
    },
  },
  {
    key: "standard-late",
    agency: "prpd",
    situation: "Started untrained about 4 months ago and completed the course a month later (LATE_COMPLETION)",
    build(o, c) {
      const start = mandateStart(monthsAgo(c, 4));
      o.assign({ school: "nb-high", start });
      o.course("POST_SRO_BASIC", workdayOnOrBefore(Math.min(addDays(start, 30), addDays(c.today, -3))));
      return exp("COMPLIANT", "STANDARD", "NEEDS_ATTENTION");
    },
  },
  {
    key: "standard-same-day",
    agency: "prpd",
    situation: "Completed the course on the first day of duty (SAME_DAY_COMPLETION, compliant under A6)",
    build(o, c) {
      const start = mandateStart(monthsAgo(c, 3));
      o.assign({ school: "nl-lower", start });
      o.course("POST_SRO_BASIC", start);
      return exp("COMPLIANT", "STANDARD", "COMPLIANT");
    },
  },

  // The certificate the chief law enforcement officer keeps (R-REC-1).
  {
    key: "certificate-missing",
    agency: "prpd",
    situation: "Trained before starting, but no certificate on file (CERTIFICATE_MISSING)",
    build(o, c) {
      const start = mandateStart(monthsAgo(c, 6));
      o.assign({ school: "pr-high", start });
      o.course("POST_SRO_BASIC", workdayOnOrBefore(addDays(start, -14)), { certificate: false });
      return exp("COMPLIANT", "STANDARD", "NEEDS_ATTENTION");
    },
  },
  {
    key: "certificate-not-most-recent",
    agency: "prpd",
    situation: "Refresher two months ago without its certificate; only the older certificate on file (CERTIFICATE_NOT_MOST_RECENT)",
    build(o, c) {
      const course = workdayOnOrBefore(monthsAgo(c, 32));
      const start = startDay(addDays(course, 20));
      o.assign({ school: "nl-upper", start });
      o.course("POST_SRO_BASIC", course);
      o.course("POST_SRO_REFRESHER", workdayOnOrBefore(addDays(c.today, -60)), { certificate: false });
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "NEEDS_ATTENTION");
    },
  },

  // Subd. 3(b): a legacy basic course (SSC or NASRO) before 2025-09-01 — until 2027-05-31.
  {
    key: "legacy-window",
    agency: "prpd",
    situation: "NASRO basic course in 2019, SRO since 2019: legacy window until 2027-05-31 (non-compliant after it)",
    build(o, c) {
      o.assign({ school: "pr-high", start: day("2019-08-27") });
      o.course("NASRO_BASIC", day("2019-06-14"));
      return legacyExpectation(c.today, false);
    },
  },
  {
    key: "legacy-window",
    agency: "prpd",
    situation: "School Safety Center basic course in 2023, SRO since 2023: legacy window until 2027-05-31",
    build(o, c) {
      o.assign({ school: "nb-middle", start: day("2023-08-28") });
      o.course("SSC_BASIC", day("2023-07-20"));
      return legacyExpectation(c.today, false);
    },
  },
  {
    key: "legacy-supplemental",
    agency: "prpd",
    situation: "NASRO basic course in 2021, then the POST supplemental course: legacy requirement met",
    build(o, c) {
      o.assign({ school: "pr-riverside", start: day("2021-08-30") });
      o.course("NASRO_BASIC", day("2021-06-18"));
      trainedWithRefreshers(o, c, "POST_SRO_SUPPLEMENTAL", workdayOnOrBefore(Math.min(addDays(c.today, -75), day("2027-04-20"))));
      return exp("COMPLIANT", "LEGACY", "COMPLIANT");
    },
  },
  {
    key: "legacy-new-assignee",
    agency: "prpd",
    situation: "School Safety Center basic course in 2024 as a patrol officer, SRO since after 2025-09-01 (LEGACY_NEW_ASSIGNEE)",
    build(o, c) {
      o.assign({ school: "nl-lower", start: mandateStart(Math.min(monthsAgo(c, 4), day("2027-04-12"))) });
      o.course("SSC_BASIC", day("2024-06-12"));
      return legacyExpectation(c.today, false);
    },
  },

  // Incumbents: SROs since before 2025-09-01 without a legacy course (A5).
  {
    key: "incumbent-trained",
    agency: "prpd",
    situation: "SRO since 2022, POST course in June 2025 (incumbent trained by 2025-09-01)",
    build(o, c) {
      o.assign({ school: "pr-cottonwood", start: day("2022-08-29") });
      trainedWithRefreshers(o, c, "POST_SRO_BASIC", day("2025-06-20"));
      return exp("COMPLIANT", "INCUMBENT", "COMPLIANT");
    },
  },
  {
    key: "incumbent-untrained",
    agency: "prpd",
    situation: "SRO since January 2024, never trained: the incumbent deadline 2025-09-01 passed",
    build(o) {
      o.assign({ school: "nb-high", start: day("2024-01-08") });
      return exp("NON_COMPLIANT", "INCUMBENT", "OVERDUE");
    },
  },
  {
    key: "incumbent-late",
    agency: "prpd",
    situation: "SRO since 2023, trained after 2025-09-01 (LATE_COMPLETION for review on the incumbent path)",
    build(o, c) {
      o.assign({ school: "nl-upper", start: day("2023-08-28") });
      trainedWithRefreshers(o, c, "POST_SRO_BASIC", workdayOnOrBefore(Math.min(day("2025-11-14"), addDays(c.today, -5))));
      return exp("COMPLIANT", "INCUMBENT", "COMPLIANT");
    },
  },

  // Subd. 3(d): substitutes under 60 student contact days in the school year.
  { key: "substitute-near-60", agency: "prpd", situation: "Substitute at 59 contact days this school year (plus a staff-only workshop day, not counted)", build: nearSixty(59, "pr-lakeview") },
  { key: "substitute-near-60", agency: "prpd", situation: "Substitute at 58 contact days this school year", build: nearSixty(58, "pr-riverside") },
  { key: "substitute-near-60", agency: "prpd", situation: "Substitute at 57 contact days in the Edina-policy district (EDINA_SUB_POLICY_WORDING)", build: nearSixty(57, "nb-high") },
  { key: "substitute-near-60", agency: "prpd", situation: "Substitute at 55 contact days this school year", build: nearSixty(55, "nl-upper") },
  {
    key: "substitute-past-60",
    agency: "prpd",
    situation: "Substitute who reached 60 contact days untrained (last school year's 62 days before enough days have passed this year)",
    build: pastSixty(false),
  },
  {
    key: "substitute-past-60-grace",
    agency: "prpd",
    situation: "Substitute who reached 60 days with an employer-unable decision: grace from the 60th day (last year's days early in the school year)",
    build: pastSixty(true),
  },
  {
    key: "substitute-no-review",
    agency: "prpd",
    situation: "Substitute with 12 contact days and no review of the agency's SRO policy (POLICY_REVIEW_MISSING)",
    build(o, c) {
      substitute(o, c, "pr-riverside", someDays(c, 12), { review: false });
      return exp("SUBSTITUTE_EXEMPT", "SUBSTITUTE", "NEEDS_ATTENTION");
    },
  },
  {
    key: "substitute-trained",
    agency: "prpd",
    situation: "Trained substitute with 30 contact days (exempt all the same; certificate on file)",
    build(o, c) {
      const start = substitute(o, c, "nb-meadowlark", someDays(c, 30));
      o.course("POST_SRO_BASIC", workdayOnOrBefore(Math.max(addDays(start, -40), day("2025-04-18"))));
      return EXEMPT;
    },
  },
  {
    key: "substitute-two-districts",
    agency: "prpd",
    situation: "Substitute with 40 contact days across a district and the charter school, counted together (SUB_AGGREGATION_ASSUMED)",
    build(o, c) {
      const days = someDays(c, 40);
      const lakeview = days.filter((_, i) => i % 2 === 0);
      const academy = days.filter((_, i) => i % 2 === 1);
      const start = substitute(o, c, "pr-lakeview", lakeview);
      o.assign({ school: "nl-upper", start, role: "SUBSTITUTE" });
      o.contactDays("nl-upper", academy);
      return EXEMPT;
    },
  },
  {
    key: "substitute-long-term",
    agency: "prpd",
    situation: "Long-term vacancy: substitute assignment planned for 90 contact days, trained beforehand (SUB_PLANNED_OVER_THRESHOLD)",
    build(o, c) {
      const from = Math.max(FIRST_MANDATE_SCHOOL_DAY, addDays(c.today, -42), schoolYearStart(c.today));
      const snapped = startDay(from);
      const start = snapped <= c.today ? snapped : from;
      o.assign({ school: "pr-cottonwood", start, role: "SUBSTITUTE", plannedContactDays: 90 });
      o.review(workdayOnOrBefore(addDays(start, -5)));
      o.contactDays("pr-cottonwood", c.before.filter((d) => d >= start));
      trainedWithRefreshers(o, c, "POST_SRO_BASIC", workdayOnOrBefore(addDays(start, -45)));
      return exp("COMPLIANT", "STANDARD", "COMPLIANT");
    },
  },

  // Subd. 1(c): not a school resource officer.
  {
    key: "not-sro-after-hours",
    agency: "prpd",
    situation: "Evening athletics security only: not during the instructional day (out of scope)",
    build(o) {
      o.assign({ school: "pr-high", start: day("2024-09-03"), instructionalDay: false, contractRef: "PRPD-PRAS athletic events security agreement" });
      o.course("OTHER", day("2022-03-11"));
      return exp("NOT_APPLICABLE", null, "NOT_AN_SRO");
    },
  },
  {
    key: "not-sro-ended",
    agency: "prpd",
    situation: "SRO assignment ended about 75 days ago (reassigned to investigations: ASSIGNMENT_ENDED)",
    build(o, c) {
      o.assign({ school: "nb-high", start: day("2022-08-29"), end: workdayOnOrBefore(addDays(c.today, -75)) });
      o.course("POST_SRO_BASIC", day("2025-05-16"));
      return exp("NOT_APPLICABLE", null, "NOT_AN_SRO");
    },
  },
  {
    key: "not-sro-no-contract",
    agency: "prpd",
    situation: "Visits the academy as a community liaison with no SRO contract (out of scope)",
    build(o) {
      o.assign({ school: "nl-lower", start: day("2025-01-06"), underContract: false, contractRef: null });
      return exp("NOT_APPLICABLE", null, "NOT_AN_SRO");
    },
  },

  // The sheriff's office has no SRO policy on file: AGENCY_SRO_POLICY_MISSING for each SRO it has.
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Trained before starting, certificate on file; the agency has no SRO policy",
    build: (o, c) => exp("COMPLIANT", trainedRegular(o, c, "tv-secondary", 10, false), "NEEDS_ATTENTION"),
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Incumbent since 2021 trained in July 2025; the agency has no SRO policy",
    build(o) {
      o.assign({ school: "tv-secondary", start: day("2021-08-30") });
      o.course("POST_SRO_BASIC", day("2025-07-15"));
      return exp("COMPLIANT", "INCUMBENT", "NEEDS_ATTENTION");
    },
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Grace period running; reviewed the district's policy, but the agency has none to review",
    build(o, c) {
      const start = mandateStart(addDays(c.today, -45));
      o.assign({ school: "tv-pinegrove", start });
      o.decision(workdayOnOrBefore(addDays(start, -8)), NO_SEAT, SHERIFF);
      o.review(workdayOnOrBefore(addDays(start, -3)), "tvps");
      return graceExpectation(start, null, c.today, true);
    },
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "NASRO basic course in 2020: legacy window until 2027-05-31; the agency has no SRO policy",
    build(o, c) {
      o.assign({ school: "tv-pinegrove", start: day("2020-08-31") });
      o.course("NASRO_BASIC", day("2020-06-12"));
      return legacyExpectation(c.today, true);
    },
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Started five weeks ago without the course",
    build(o, c) {
      o.assign({ school: "tv-cedar", start: mandateStart(addDays(c.today, -35)) });
      return exp("NON_COMPLIANT", "STANDARD", "OVERDUE");
    },
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Substitute with 20 contact days; no agency SRO policy to review",
    build(o, c) {
      substitute(o, c, "tv-cedar", someDays(c, 20), { review: false });
      return exp("SUBSTITUTE_EXEMPT", "SUBSTITUTE", "NEEDS_ATTENTION");
    },
  },
  {
    key: "no-agency-policy",
    agency: "tcso",
    situation: "Course over three years ago and no refresher: none is required without the POST policy (POST_MLO_REFRESHER_INFO)",
    build(o, c) {
      const course = workdayOnOrBefore(monthsAgo(c, 40));
      const start = startDay(addDays(course, 30));
      o.assign({ school: "tv-secondary", start });
      o.course("POST_SRO_BASIC", course);
      return exp("COMPLIANT", start >= MANDATE ? "STANDARD" : "INCUMBENT", "NEEDS_ATTENTION");
    },
  },
  // Subd. 3(a): the course comes "prior to assuming the duties" — not yet an SRO, but starting in
  // about 12 days without it (docs/decisions/0011). The only record of the demo dated after today.
  {
    key: "starts-untrained",
    agency: "prpd",
    situation: "SRO assignment starts in about 12 days; no course yet",
    build(o, c) {
      o.assign({ school: "nb-high", start: startDay(addDays(c.today, 12)) });
      return exp("NOT_APPLICABLE", null, "STARTS_UNTRAINED");
    },
  },
];
