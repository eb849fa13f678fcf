import type { LawCase } from "../case.ts";
import { POST_MSBA, reg, sub, approved, unable, schoolDays, training } from "./builders.ts";

/**
 * Long-term substitutes (R-SUB-2, A4, A15): an assignment planned for 60 or more contact days is an
 * assumption of the duties on its own first day. An assignment that runs on across school years is one
 * continuous assumption from that day — its date, and the six months that may run from it, are never
 * re-based to the start of a later school year; only the counted 60th day resets with the school year
 * (law.md §5, §12 A4, §14.1 SUB_PLANNED_OVER_THRESHOLD; docs/decisions/0010-long-term-substitute-assumption.md).
 *
 * Dates (checked with `date -d … +%A`): 2025-03-03 Mon · 2025-10-06 Mon · 2026-03-02 Mon · 2026-04-06 Mon ·
 * 2026-08-03 Mon · 2026-09-02 Wed · 2026-10-01 Thu · 2027-06-30 Wed.
 *   schoolDays("2025-03-03", 5) → 2025-03-03 … 03-07 · schoolDays("2025-10-06", 5) → 2025-10-06 … 10-10 ·
 *   schoolDays("2026-03-02", 5) → 2026-03-02 … 03-06.
 */
export const YEAR_1 = schoolDays("2025-10-06", 5);
export const YEAR_2 = schoolDays("2026-09-08", 5); // 2026-09-08 … 09-14, school year 2026-2027

export const cases: LawCase[] = [
  // ───────────────────────────── Planned for 60 or more contact days (A4) ─────────────────────────────
  {
    id: "TRN-SUB-15",
    rule: "A4, §14.1 SUB_PLANNED_OVER_THRESHOLD",
    title: "Long-term substitute planned for 60 days, trained beforehand: assumption on day 1",
    // plannedContactDays 60 ≥ 60 → A0 = start 2025-09-08 = first contact day; q1 2025-09-03 ≤ A0
    request: training("2025-09-12", {
      assignments: [sub("2025-09-08", null, "D1", 60)],
      contactDays: schoolDays("2025-09-08", 5),
      courses: [approved("2025-09-03")],
      certificateOnFile: "2025-09-03",
      policyReviewedOn: "2025-09-08",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      assumedDutiesOn: "2025-09-08",
      notRequiredDuties: [],
      flags: ["SUB_PLANNED_OVER_THRESHOLD"],
      severities: { SUB_PLANNED_OVER_THRESHOLD: "INFO" },
      absentFlags: ["SUB_EXEMPT", "SUB_THRESHOLD_REACHED"],
    },
  },
  {
    id: "TRN-SUB-16",
    rule: "A4",
    title: "Long-term substitute planned for 60 days, untrained on day 5: non-compliant",
    // A0 2025-09-08; T 2025-09-12 > D → TRAINING_REQUIRED_BEFORE_ASSUMPTION (5 days counted, no 60th day)
    request: training("2025-09-12", {
      assignments: [sub("2025-09-08", null, "D1", 60)],
      contactDays: schoolDays("2025-09-08", 5),
      policyReviewedOn: "2025-09-08",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-09-08",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["SUB_THRESHOLD_REACHED"],
    },
  },
  {
    id: "TRN-SUB-17",
    rule: "A3, A4",
    title: "Substitute planned for 59 days is an ordinary exempt substitute",
    request: training("2025-09-12", {
      assignments: [sub("2025-09-08", null, "D1", 59)],
      contactDays: schoolDays("2025-09-08", 5),
      policyReviewedOn: "2025-09-08",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 5 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD"],
    },
  },

  // ─────────────── Planned assignments that run on across school years (A4, A15) ───────────────
  {
    id: "TRN-LTS-01",
    rule: "A4, A15, R-TRN-1",
    title: "Planned 120-day substitute from 2025-10-06, untrained, seen in the next school year: assumed 2025-10-06",
    // one assignment 2025-10-06 … 2027-06-30, planned 120 ≥ 60, not ended before 2026-07-01 → A0 = its own
    // start 2025-10-06 (not 2026-07-01); no assignment on 2025-08-31 → step 4 changes nothing (start is after
    // the mandate); no decision → STANDARD, D = A0; T 2026-10-01 > D → NON_COMPLIANT.
    // Review: first substitute day on/after 2025-09-01 = 2025-10-06, reviewed that day. Earlier-year days → boundary flag.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", "2027-06-30", "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      deadlineEffective: "2025-10-06",
      notRequiredDuties: [],
      substituteContactDays: { schoolYear: "2026-2027", count: 5 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "TRAINING_REQUIRED_BEFORE_ASSUMPTION", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      severities: { SUB_PLANNED_OVER_THRESHOLD: "INFO", TRAINING_REQUIRED_BEFORE_ASSUMPTION: "VIOLATION" },
      absentFlags: ["SUB_EXEMPT", "SUB_THRESHOLD_REACHED", "POLICY_REVIEW_MISSING", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED"],
    },
  },
  {
    id: "TRN-LTS-02",
    rule: "A4, A15, R-TRN-1",
    title: "Same long-term substitute trained in May 2026: late by 207 days, not on time for a July 1 start",
    // A0 2025-10-06 = D; q1 2026-05-01 > D → COMPLIANT + LATE_COMPLETION (VIOLATION, 207 days);
    // refresher 2026-05-01 + 3 y = 2029-05-01; certificate of that course on file.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", "2027-06-30", "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      courses: [approved("2026-05-01")],
      certificateOnFile: "2026-05-01",
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      refresherDue: "2029-05-01",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "LATE_COMPLETION"],
      severities: { LATE_COMPLETION: "VIOLATION" },
      absentFlags: ["SAME_DAY_COMPLETION", "CERTIFICATE_MISSING"],
    },
  },
  {
    id: "TRN-LTS-03",
    rule: "A4, A15, R-TRN-3, A7, A16",
    title: "Long-term substitute with an employer-unable decision: the six months from 2025-10-06 have expired",
    // decision 2025-10-01 ≤ A0 2025-10-06, untrained → GRACE; Dnom = 2025-10-06 + 6 months = 2026-04-06 (Mon,
    // not a holiday) = D; T 2026-10-01 > D → NON_COMPLIANT + GRACE_EXPIRED, not a fresh IN_GRACE from 2026-07-01.
    // Clauses (4), (5) stay relieved until trained (A14). Review: GRACE 2025-10-06, substitute 2025-10-06.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", "2027-06-30", "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      deadline: "2026-04-06",
      deadlineEffective: "2026-04-06",
      notRequiredDuties: [4, 5],
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED"],
      severities: { GRACE_EXPIRED: "VIOLATION" },
      absentFlags: ["GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15", "POLICY_REVIEW_MISSING", "CLOCK_NOT_RESET_ON_REASSIGNMENT", "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION"],
    },
  },
  {
    id: "TRN-LTS-04",
    rule: "A4, A15, R-TRN-3, A7",
    title: "Six months that straddle July 1 keep their end: planned from 2026-03-02, still in grace on 2026-08-03",
    // A0 2026-03-02 (its own start, in 2025-2026); decision 2026-02-20 ≤ A0 → GRACE; Dnom 2026-09-02 (Wed) = D;
    // T 2026-08-03 (school year 2026-2027, no days counted yet) ≤ D → IN_GRACE ending 2026-09-02, not 2027-01-01.
    request: training("2026-08-03", {
      assignments: [sub("2026-03-02", null, "D1", 100)],
      contactDays: schoolDays("2026-03-02", 5),
      employerUnable: unable("2026-02-20"),
      policyReviewedOn: "2026-03-02",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      assumedDutiesOn: "2026-03-02",
      deadline: "2026-09-02",
      deadlineEffective: "2026-09-02",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2026-2027", count: 0 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_PERIOD_ACTIVE", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["DUE_TODAY", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-05",
    rule: "A4, A15, A5, §4.3 step 4",
    title: "Planned long-term substitute since 2025-03-03, still serving in 2026-2027: an incumbent, due 2025-09-01",
    // held on 2025-08-31 → step 4 keeps the pre-mandate start: A0 = 2025-03-03 < 2025-09-01, no legacy course →
    // INCUMBENT, D = 2025-09-01 (Labor Day, fixed date); T > D, untrained → NON_COMPLIANT + INCUMBENT_DEADLINE_MISSED
    // (REVIEW). Review: first substitute day on/after 2025-09-01 = 2025-09-02; reviewed 2025-08-25.
    request: training("2026-10-01", {
      assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
      contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5), ...YEAR_2],
      policyReviewedOn: "2025-08-25",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2025-03-03",
      deadline: "2025-09-01",
      deadlineEffective: "2025-09-01",
      notRequiredDuties: [],
      substituteContactDays: { schoolYear: "2026-2027", count: 5 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { INCUMBENT_DEADLINE_MISSED: "REVIEW", INCUMBENT_DEADLINE_ASSUMED: "REVIEW" },
      absentFlags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION", "POLICY_REVIEW_MISSING", "SUB_EXEMPT"],
    },
  },
  {
    id: "TRN-LTS-06",
    rule: "A4, A15, A5, §4.3 step 5",
    title: "The same incumbent substitute with an employer-unable decision: no six months (incumbentGrace off)",
    // A0 2025-03-03 < 2025-09-01 → INCUMBENT (not GRACE from a re-based 2026-07-01); decision documented →
    // INCUMBENT_GRACE_AMBIGUOUS (REVIEW); T > 2025-09-01 → NON_COMPLIANT.
    request: training("2026-10-01", {
      assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
      contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5), ...YEAR_2],
      employerUnable: unable("2025-02-20"),
      policyReviewedOn: "2025-08-25",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2025-03-03",
      deadline: "2025-09-01",
      notRequiredDuties: [],
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_GRACE_AMBIGUOUS"],
      absentFlags: ["GRACE_PERIOD_ACTIVE", "GRACE_EXPIRED"],
    },
  },
  {
    id: "TRN-LTS-07",
    rule: "A4, A15, A5 (incumbentGrace on), A7",
    title: "With incumbentGrace the six months run from 2025-09-01 and have expired by 2026-10-01",
    // deemed start 2025-09-01 + 6 months = 2026-03-01 (Sun) → D 2026-03-02 (Mon); T > D → GRACE_EXPIRED.
    // Review by the earlier of 2025-09-01 (GRACE) and 2025-09-02 (substitute): reviewed 2025-08-25.
    request: training(
      "2026-10-01",
      {
        assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
        contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5), ...YEAR_2],
        employerUnable: unable("2025-02-20"),
        policyReviewedOn: "2025-08-25",
      },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-02",
      notRequiredDuties: [4, 5],
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "DEADLINE_ROLLED_645_15"],
      absentFlags: ["GRACE_PERIOD_ACTIVE", "INCUMBENT_GRACE_AMBIGUOUS", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-08",
    rule: "A4, A15, §4.3 step 2",
    title: "Planned since 2025-03-03, seen in its first school year: the assumption date is still 2025-03-03",
    // T 2025-10-01 in 2025-2026; A0 = the assignment's own start 2025-03-03, not 2025-07-01; INCUMBENT, D 2025-09-01.
    request: training("2025-10-01", {
      assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
      contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5)],
      policyReviewedOn: "2025-08-25",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2025-03-03",
      deadline: "2025-09-01",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "INCUMBENT_DEADLINE_MISSED"],
    },
  },
  {
    id: "TRN-LTS-09",
    rule: "A4, §14.1 SUB_PLANNED_OVER_THRESHOLD, §13 closing note, R-TRN-3, A7",
    title: "Two planned assignments, the first closed June 30 and the next begun July 1: the new one is a new assumption",
    // 2025-10-06 … 2026-06-30 and 2026-07-01 … 2027-06-30, both planned 120. On T 2026-10-01 the first "ended
    // before the school year began" (2026-07-01), so it does not set A0 (§14.1); the second does: A0 = 2026-07-01.
    // A15's per-officer clock applies to regular assignments; a substitute's prior-year overrun does not carry
    // over (§13 closing note, A4: a new year-2 assumption "starts a new (c) period"). Decision 2025-10-01 ≤ A0,
    // untrained → GRACE; Dnom 2027-01-01 (Fri, New Year's Day) → D 2027-01-04 (Mon); T ≤ D → IN_GRACE.
    // Review: substitute service from 2025-10-06 (earlier than GRACE's 2026-07-01) governs; reviewed 2025-10-06.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", "2026-06-30", "D1", 120), sub("2026-07-01", "2027-06-30", "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      assumedDutiesOn: "2026-07-01",
      deadline: "2027-01-01",
      deadlineEffective: "2027-01-04",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2026-2027", count: 5 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["GRACE_EXPIRED", "CLOCK_NOT_RESET_ON_REASSIGNMENT", "POLICY_REVIEW_MISSING", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED"],
    },
  },
  {
    id: "TRN-LTS-10",
    rule: "A4, §4.3 step 4",
    title: "A planned summer assignment that ended before 2025-09-01, nothing held on 2025-08-31: set aside",
    // planned 2025-07-07 … 2025-08-15 (60), then an ordinary substitute assignment from 2025-09-15 with 5 days.
    // Step 4: T ≥ 2025-09-01 and no assignment held on 2025-08-31 → service that ended before the mandate is
    // ignored → no planned start, 5 counted days → SUBSTITUTE_EXEMPT (not an incumbent from 2025-07-07).
    // Review: first substitute day on/after 2025-09-01 = 2025-09-15.
    request: training("2025-10-01", {
      assignments: [sub("2025-07-07", "2025-08-15", "D1", 60), sub("2025-09-15")],
      contactDays: schoolDays("2025-09-15", 5),
      policyReviewedOn: "2025-09-15",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      path: "SUBSTITUTE",
      assumedDutiesOn: null,
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2025-2026", count: 5 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD", "INCUMBENT_DEADLINE_MISSED", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-11",
    rule: "A4, A15, §4.3 steps 2 and 4",
    title: "Regular officer who was a long-term substitute before and after 2025-09-01: the post-mandate one sets A0",
    // planned 2025-01-06 … 2025-06-13 (ended before the mandate, nothing held on 2025-08-31: ignored); planned
    // 2025-10-06 … 2025-12-19 (60); regular from 2026-01-05. Step 2: substitute service counts toward an earlier
    // A0 → A0 = 2025-10-06 (not 2026-01-05) → STANDARD, D = 2025-10-06; T 2026-01-05 > D → NON_COMPLIANT.
    // Review: substitute service from 2025-10-06 preceded the regular start → due 2025-10-06; reviewed 2025-10-01.
    request: training("2026-01-05", {
      assignments: [sub("2025-01-06", "2025-06-13", "D1", 120), sub("2025-10-06", "2025-12-19", "D1", 60), reg("2026-01-05")],
      policyReviewedOn: "2025-10-01",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["DUE_TODAY", "INCUMBENT_DEADLINE_MISSED", "POLICY_REVIEW_MISSING"],
    },
  },
];
