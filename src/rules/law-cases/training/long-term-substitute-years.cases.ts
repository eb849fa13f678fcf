import type { LawCase } from "../case.ts";
import { POST_MSBA, SUB_60, reg, sub, approved, legacy, unable, schoolDays, training } from "./builders.ts";
import { YEAR_1, YEAR_2 } from "./long-term-substitutes.cases.ts";

/**
 * Long-term substitutes across school years and beside other service: rows written on independent review
 * of docs/decisions/0010-long-term-substitute-assumption.md, each worked by hand from law.md alone (§5
 * R-SUB-2, §12 A4/A5/A15/A16, §4.3 steps 2, 4, 5, 8, §13, §14.1). YEAR_1 = 2025-10-06 … 10-10,
 * YEAR_2 = 2026-09-08 … 09-14 (5 contact days each).
 *
 * Dates (checked with `date -d … +%a`): 2025-07-07 Mon · 2025-08-15 Fri · 2025-12-19 Fri · 2026-01-05 Mon ·
 * 2026-01-09 Fri · 2026-03-01 Sun · 2026-03-02 Mon · 2026-04-06 Mon · 2026-06-12 Fri · 2026-06-30 Tue ·
 * 2026-07-01 Wed · 2027-01-01 Fri (New Year's Day) · 2027-05-31 Mon (Memorial Day).
 *   schoolDays("2025-10-06", 60) → 2025-10-06 … 2025-12-26 · schoolDays("2026-09-08", 60) → 2026-09-08 … 2026-11-30.
 */
export const cases: LawCase[] = [
  {
    id: "TRN-LTS-12",
    rule: "A4, A15, §4.3 steps 4 and 5, R-TRN-2, A8",
    title: "Planned long-term substitute since 2025-03-03 holding a 2024 NASRO course: the legacy window, not an incumbent",
    // held on 2025-08-31 → A0 = 2025-03-03 (its own start); legacy course 2024-05-01 ≤ 2025-08-31 and A0 ≤ 2027-05-31
    // → LEGACY, Dnom = D = 2027-05-31 (Memorial Day: FIXED_DATE_ON_LEGAL_HOLIDAY, untrained). T 2026-10-01 ≤ D →
    // COMPLIANT_LEGACY_WINDOW. A0 < 2025-09-01 → no LEGACY_NEW_ASSIGNEE. Review: first substitute day on/after
    // 2025-09-01 = 2025-09-02; reviewed 2025-08-25. No POST-approved course → no certificate duty, no refresher due.
    request: training("2026-10-01", {
      assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
      contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5), ...YEAR_2],
      courses: [legacy("2024-05-01")],
      policyReviewedOn: "2025-08-25",
    }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      policyStatus: "COMPLIANT",
      path: "LEGACY",
      assumedDutiesOn: "2025-03-03",
      deadline: "2027-05-31",
      deadlineEffective: "2027-05-31",
      notRequiredDuties: [],
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "LEGACY_PATH", "FIXED_DATE_ON_LEGAL_HOLIDAY", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["LEGACY_NEW_ASSIGNEE", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "CERTIFICATE_MISSING", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-13",
    rule: "A4, A5 (incumbentGrace on), A16, R-REC-2, §13",
    title: "incumbentGrace for a planned substitute since 2025-03-03, decided 2025-10-01, reviewed a day after 2025-09-01",
    // A0 2025-03-03 < 2025-09-01; incumbentGrace: the decision 2025-10-01 (after the deemed date 2025-09-01, ≤ T) still
    // gives six months from 2025-09-01 → Dnom 2026-03-01 (Sun) → D 2026-03-02; T 2026-01-05 ≤ D → IN_GRACE +
    // EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION (REVIEW). Review: GRACE 2025-09-01 (the deemed date) is earlier than
    // the first substitute day 2025-09-02 → due 2025-09-01; reviewed 2025-09-02 → POLICY_REVIEW_MISSING.
    request: training(
      "2026-01-05",
      {
        assignments: [sub("2025-03-03", "2027-06-30", "D1", 120)],
        contactDays: [...schoolDays("2025-03-03", 5), ...schoolDays("2025-09-02", 5)],
        employerUnable: unable("2025-10-01"),
        policyReviewedOn: "2025-09-02",
      },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-02",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2025-2026", count: 5 },
      flags: [
        "SUB_PLANNED_OVER_THRESHOLD",
        "GRACE_PERIOD_ACTIVE",
        "DEADLINE_ROLLED_645_15",
        "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION",
        "POLICY_REVIEW_MISSING",
        "SCHOOL_YEAR_BOUNDARY_ASSUMED",
      ],
      severities: { EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION: "REVIEW", POLICY_REVIEW_MISSING: "VIOLATION" },
      absentFlags: ["INCUMBENT_GRACE_AMBIGUOUS", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED"],
    },
  },
  {
    id: "TRN-LTS-14",
    rule: "A4, A15, A16, R-TRN-3",
    title: "Employer-unable decided in the second school year for a planned assignment begun 2025-10-06: six months from 2025-10-06",
    // A0 2025-10-06; the only decision, 2026-07-15, is after A0 and ≤ T → GRACE, flagged
    // EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION; the six months still run from A0: D 2026-04-06 < T → GRACE_EXPIRED.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", null, "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      employerUnable: unable("2026-07-15"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      deadline: "2026-04-06",
      deadlineEffective: "2026-04-06",
      notRequiredDuties: [4, 5],
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      severities: { GRACE_EXPIRED: "VIOLATION", EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION: "REVIEW" },
      absentFlags: ["GRACE_PERIOD_ACTIVE", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-15",
    rule: "A4, A15, R-REC-2, §4.3 step 8",
    title: "GRACE review for a planned assignment begun 2025-10-06 is due 2025-10-06, not the next July 1",
    // A0 2025-10-06, decision 2025-10-01 → GRACE (D 2026-04-06, expired). Review due: GRACE the later of A0 and
    // 2025-09-01 = 2025-10-06; substitute 2025-10-06. Reviewed 2026-06-15 → POLICY_REVIEW_MISSING.
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", null, "D1", 120)],
      contactDays: [...YEAR_1, ...YEAR_2],
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2026-06-15",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "POLICY_REVIEW_MISSING"],
      severities: { POLICY_REVIEW_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-LTS-16",
    rule: "R-SUB-2, A3, A4, §13 SUB_THRESHOLD_REACHED",
    title: "Counted 60th day (2025-11-24) before a planned assignment begins (2026-01-05): the 60th day is A0",
    // ordinary substitute 2025-09-02 … 2025-12-19 with 60 days (60th 2025-11-24); planned 90 from 2026-01-05.
    // step 2: the earlier of the 60th day and the planned start → A0 2025-11-24 (SIXTIETH_DAY); STANDARD, D = A0;
    // T 2026-01-09 > D → NON_COMPLIANT; SUB_THRESHOLD_REACHED VIOLATION; the planned one does not set A0 → no
    // SUB_PLANNED_OVER_THRESHOLD.
    request: training("2026-01-09", {
      assignments: [sub("2025-09-02", "2025-12-19"), sub("2026-01-05", null, "D1", 90)],
      contactDays: SUB_60,
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-11-24",
      deadline: "2025-11-24",
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      severities: { SUB_THRESHOLD_REACHED: "VIOLATION" },
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD"],
    },
  },
  {
    id: "TRN-LTS-17",
    rule: "A4, §13 SUB_THRESHOLD_REACHED",
    title: "Planned since 2025-10-06, trained first, 60 days counted in 2026-2027: the planned start stays A0",
    // A0 2025-10-06 (planned, earlier than the year-2 60th day 2026-11-30); q1 2025-10-01 ≤ A0 → COMPLIANT.
    // A planned assignment raises SUB_PLANNED_OVER_THRESHOLD instead of SUB_THRESHOLD_REACHED (§13).
    request: training("2026-12-01", {
      assignments: [sub("2025-10-06", null, "D1", 120)],
      contactDays: [...YEAR_1, ...schoolDays("2026-09-08", 60)],
      courses: [approved("2025-10-01")],
      certificateOnFile: "2025-10-01",
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      refresherDue: "2028-10-01",
      substituteContactDays: { schoolYear: "2026-2027", count: 60 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["SUB_THRESHOLD_REACHED", "LATE_COMPLETION", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED"],
    },
  },
  {
    id: "TRN-LTS-18",
    rule: "A1, A4, A15",
    title: "Evaluated on July 1 itself: the planned start of 2025-10-06 and its six months are kept",
    // T 2026-07-01 opens 2026-2027 (count 0); A0 2025-10-06, GRACE D 2026-04-06 < T → GRACE_EXPIRED (not IN_GRACE
    // from July 1). Earlier-year days → SCHOOL_YEAR_BOUNDARY_ASSUMED.
    request: training("2026-07-01", {
      assignments: [sub("2025-10-06", null, "D1", 120)],
      contactDays: YEAR_1,
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      deadlineEffective: "2026-04-06",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2026-2027", count: 0 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["GRACE_PERIOD_ACTIVE", "DUE_TODAY"],
    },
  },
  {
    id: "TRN-LTS-19",
    rule: "A1, A4",
    title: "Evaluated on June 30, the last day of its first school year: same answer, no boundary flag",
    request: training("2026-06-30", {
      assignments: [sub("2025-10-06", null, "D1", 120)],
      contactDays: YEAR_1,
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      deadlineEffective: "2026-04-06",
      substituteContactDays: { schoolYear: "2025-2026", count: 5 },
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED"],
      absentFlags: ["SCHOOL_YEAR_BOUNDARY_ASSUMED", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-LTS-20",
    rule: "A4, §14.1 SUB_PLANNED_OVER_THRESHOLD, §13 closing note, PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED",
    title: "Year-1 planned assignment (60 days served) ended June 12; year-2 ordinary substitute with 5 days: exempt again",
    // the planned one ended 2026-06-12, before 2026-07-01 → does not set A0 (§14.1); year-2 count 5 → SUBSTITUTE_EXEMPT.
    // Previous school year counted 60, untrained → PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED (REVIEW).
    request: training("2026-10-01", {
      assignments: [sub("2025-10-06", "2026-06-12", "D1", 120), sub("2026-09-08")],
      contactDays: [...schoolDays("2025-10-06", 60), ...YEAR_2],
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      path: "SUBSTITUTE",
      assumedDutiesOn: null,
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2026-2027", count: 5 },
      flags: ["SUB_EXEMPT", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      severities: { PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED: "REVIEW" },
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-21",
    rule: "A4, §4.3 step 4",
    title: "Planned summer 2025 assignment ended 2025-08-15, then a new planned one from 2025-10-06: A0 2025-10-06",
    // nothing held on 2025-08-31 and T ≥ 2025-09-01 → the summer one is ignored (step 4); the new one sets A0
    // 2025-10-06 → STANDARD (not INCUMBENT from 2025-07-07); T 2025-10-10 > D, untrained → NON_COMPLIANT.
    request: training("2025-10-10", {
      assignments: [sub("2025-07-07", "2025-08-15", "D1", 60), sub("2025-10-06", null, "D1", 60)],
      contactDays: schoolDays("2025-10-06", 5),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "DUE_TODAY", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-22",
    rule: "A4, §14.1 SUB_PLANNED_OVER_THRESHOLD, §4.3 step 4, A5",
    title: "Planned summer assignment 2025-07-07 … 08-15 with an ordinary one held on 2025-08-31: an incumbent from 2025-07-07",
    // held on 2025-08-31 (ordinary substitute from 2025-08-25) → step 4 ignores nothing; the planned one ended
    // 2025-08-15, not before the school year began (2025-07-01) → it sets A0 = 2025-07-07 < 2025-09-01 → INCUMBENT,
    // D 2025-09-01 (Labor Day); T 2025-10-01, untrained → NON_COMPLIANT. Review: first substitute day on/after
    // 2025-09-01 = 2025-09-02; reviewed 2025-08-25.
    request: training("2025-10-01", {
      assignments: [sub("2025-07-07", "2025-08-15", "D1", 60), sub("2025-08-25")],
      contactDays: schoolDays("2025-09-02", 5),
      policyReviewedOn: "2025-08-25",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2025-07-07",
      deadline: "2025-09-01",
      flags: ["SUB_PLANNED_OVER_THRESHOLD", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { INCUMBENT_DEADLINE_MISSED: "REVIEW", SUB_PLANNED_OVER_THRESHOLD: "INFO" },
      absentFlags: ["SUB_EXEMPT", "TRAINING_REQUIRED_BEFORE_ASSUMPTION", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-23",
    rule: "A4, A15, §4.3 steps 2 and 8, R-REC-2, R-TRN-3",
    title: "Regular from 2026-01-05 while a planned substitute assignment from 2025-10-06 runs on: A0 2025-10-06",
    // active regular → evaluated as regular; the planned substitute start is an earlier A0 (step 2) → 2025-10-06;
    // decision 2025-10-01 → GRACE, D 2026-04-06; T 2026-02-02 ≤ D → IN_GRACE. The regular start (after the clock
    // start) → CLOCK_NOT_RESET_ON_REASSIGNMENT (REVIEW). Review: GRACE 2025-10-06 and substitute 2025-10-06;
    // reviewed 2025-10-06. Regular → no substitute flags.
    request: training("2026-02-02", {
      assignments: [sub("2025-10-06", null, "D1", 120), reg("2026-01-05")],
      contactDays: YEAR_1,
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      assumedDutiesOn: "2025-10-06",
      deadline: "2026-04-06",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_PERIOD_ACTIVE", "CLOCK_NOT_RESET_ON_REASSIGNMENT"],
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD", "SUB_EXEMPT", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-LTS-24",
    rule: "A4, R-TRN-3, A7, A16, §13 closing note, PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED",
    title: "Year-1 planned assignment lapsed untrained; year-2 ordinary service reaches 60 on 2026-11-30: a new six months",
    // planned 2025-10-06 … 2026-06-12 (60 days served; its six months from 2025-10-06 expired) ended before 2026-07-01
    // → does not set A0. Year 2: ordinary substitute from 2026-09-08, 60th day 2026-11-30 → A0 (A4: "starts a new (c)
    // period"); decision 2025-10-01 ≤ A0, untrained → GRACE; Dnom 2027-05-30 (Sun) → 05-31 Memorial Day → D
    // 2027-06-01 (Tue). T 2026-12-01 ≤ D → IN_GRACE; SUB_THRESHOLD_REACHED INFO. Previous year 60, untrained →
    // PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED (REVIEW). Review: substitute 2025-10-06 (earlier than GRACE 2026-11-30).
    request: training("2026-12-01", {
      assignments: [sub("2025-10-06", "2026-06-12", "D1", 120), sub("2026-09-08")],
      contactDays: [...schoolDays("2025-10-06", 60), ...schoolDays("2026-09-08", 60)],
      employerUnable: unable("2025-10-01"),
      policyReviewedOn: "2025-10-06",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      assumedDutiesOn: "2026-11-30",
      deadline: "2027-05-30",
      deadlineEffective: "2027-06-01",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2026-2027", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED", "GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      severities: { SUB_THRESHOLD_REACHED: "INFO", PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED: "REVIEW" },
      absentFlags: ["SUB_PLANNED_OVER_THRESHOLD", "GRACE_EXPIRED", "FIXED_DATE_ON_LEGAL_HOLIDAY", "POLICY_REVIEW_MISSING"],
    },
  },
];
