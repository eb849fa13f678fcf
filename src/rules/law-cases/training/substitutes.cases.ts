import type { LawCase } from "../case.ts";
import { POST_MSBA, sub, approved, unable, schoolDays, day, training, SUB_59, SUB_60 } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── Substitutes (R-SUB, A1–A4) ─────────────────────────────
  {
    id: "TRN-SUB-01",
    rule: "R-SUB-1, R-SUB-2, A3",
    title: "Substitute with 59 distinct contact days is exempt",
    // 59 days 2025-09-02..2025-11-21 in school year 2025-2026; review 2025-09-02 = first substitute day
    request: training("2025-11-21", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_59,
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      policyStatus: "N/A",
      path: "SUBSTITUTE",
      notRequiredDuties: [4, 5],
      substituteContactDays: { schoolYear: "2025-2026", count: 59 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_THRESHOLD_REACHED", "SCHOOL_YEAR_BOUNDARY_ASSUMED", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-SUB-02",
    rule: "R-SUB-2, A3, A4, §13",
    title: "On the 60th contact day, untrained: that day is the assumption date, due today",
    // 60th day 2025-11-24 = A0 = T → STANDARD, DUE_TODAY; status not NON_COMPLIANT → threshold flag INFO
    request: training("2025-11-24", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_60,
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "STANDARD",
      assumedDutiesOn: "2025-11-24",
      deadline: "2025-11-24",
      notRequiredDuties: [],
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED", "DUE_TODAY"],
      severities: { SUB_THRESHOLD_REACHED: "INFO" },
      absentFlags: ["SUB_EXEMPT"],
    },
  },
  {
    id: "TRN-SUB-03",
    rule: "R-SUB-2, A4, §13",
    title: "Day after the 60th contact day, untrained: non-compliant, threshold flag is a violation",
    // A0 2025-11-24; T 2025-11-25 > D → NON_COMPLIANT → SUB_THRESHOLD_REACHED VIOLATION
    request: training("2025-11-25", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_60,
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      assumedDutiesOn: "2025-11-24",
      flags: ["SUB_THRESHOLD_REACHED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      severities: { SUB_THRESHOLD_REACHED: "VIOLATION" },
    },
  },
  {
    id: "TRN-SUB-04",
    rule: "A2",
    title: "Two schools on one date count as one contact day (60 entries, 59 days)",
    // 59 days + a second school on 2025-11-21 (already counted) → 59 distinct dates
    request: training("2025-11-21", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_59, day("2025-11-21", true, "D1", "S2")],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 59 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_THRESHOLD_REACHED"],
    },
  },
  {
    id: "TRN-SUB-05",
    rule: "A2",
    title: "A staff-only day (students not present) does not count",
    // 59 student days + 2025-11-24 with studentsPresent false → 59
    request: training("2025-11-24", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_59, day("2025-11-24", false)],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 59 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_THRESHOLD_REACHED"],
    },
  },
  {
    id: "TRN-SUB-06",
    rule: "§4.3 as-of semantics, R-SUB-2",
    title: "A 60th contact day dated after the as-of date does not count yet",
    // 60 recorded days, the 60th 2025-11-24 > T 2025-11-21 → 59 counted
    request: training("2025-11-21", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_60,
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 59 },
      flags: ["SUB_EXEMPT"],
    },
  },
  {
    id: "TRN-SUB-07",
    rule: "R-SUB-2, §13",
    title: "Substitute already trained reaches 60 days: compliant, threshold flag INFO",
    // A0 = 60th day 2025-11-24; q1 2025-08-20 ≤ A0; refresher 2028-08-20
    request: training("2025-11-25", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_60,
      courses: [approved("2025-08-20")],
      certificateOnFile: "2025-08-20",
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      refresherDue: "2028-08-20",
      flags: ["SUB_THRESHOLD_REACHED"],
      severities: { SUB_THRESHOLD_REACHED: "INFO" },
    },
  },
  {
    id: "TRN-SUB-08",
    rule: "R-SUB-2, A4, A7",
    title: "Substitute reaches 60 days with employer unable: six months from the 60th day",
    // A0 2025-11-24 + 6 months = 2026-05-24 (Sun) → 05-25 Memorial Day → 2026-05-26 (Tue)
    request: training("2025-11-25", {
      assignments: [sub("2025-09-02")],
      contactDays: SUB_60,
      employerUnable: unable("2025-11-20"),
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      assumedDutiesOn: "2025-11-24",
      deadline: "2026-05-24",
      deadlineEffective: "2026-05-26",
      notRequiredDuties: [4, 5],
      flags: ["SUB_THRESHOLD_REACHED", "GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15"],
      severities: { SUB_THRESHOLD_REACHED: "INFO" },
    },
  },
  {
    id: "TRN-SUB-09",
    rule: "A2 (substituteCountScope OFFICER)",
    title: "30 days in each of two districts aggregate to 60",
    // D1 2025-09-02..10-13 (30), D2 2025-10-14..11-24 (30) → 60 distinct; 60th = 2025-11-24 = T
    request: training("2025-11-24", {
      assignments: [sub("2025-09-02"), sub("2025-10-14", null, "D2")],
      contactDays: [...schoolDays("2025-09-02", 30), ...schoolDays("2025-10-14", 30, "D2")],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "DUE_TODAY",
      assumedDutiesOn: "2025-11-24",
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_AGGREGATION_ASSUMED", "SUB_THRESHOLD_REACHED", "DUE_TODAY"],
      severities: { SUB_AGGREGATION_ASSUMED: "REVIEW", SUB_THRESHOLD_REACHED: "INFO" },
    },
  },
  {
    id: "TRN-SUB-10",
    rule: "A2 (substituteCountScope DISTRICT)",
    title: "Same days counted per district: 30 is the largest count, exempt",
    request: training(
      "2025-11-24",
      {
        assignments: [sub("2025-09-02"), sub("2025-10-14", null, "D2")],
        contactDays: [...schoolDays("2025-09-02", 30), ...schoolDays("2025-10-14", 30, "D2")],
        policyReviewedOn: "2025-09-02",
      },
      POST_MSBA,
      { substituteCountScope: "DISTRICT" },
    ),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 30 },
      flags: ["SUB_EXEMPT"],
      absentFlags: ["SUB_AGGREGATION_ASSUMED", "SUB_THRESHOLD_REACHED"],
    },
  },
  {
    id: "TRN-SUB-11",
    rule: "A2 (substituteCountScope DISTRICT)",
    title: "DISTRICT scope: one district reaching 60 still triggers, on that district's 60th day",
    // D1 60 days (60th 2025-11-24), D2 10 days 2025-12-01..12-12; largest count 60; trained 2025-08-20
    request: training(
      "2025-12-12",
      {
        assignments: [sub("2025-09-02"), sub("2025-12-01", null, "D2")],
        contactDays: [...SUB_60, ...schoolDays("2025-12-01", 10, "D2")],
        courses: [approved("2025-08-20")],
        certificateOnFile: "2025-08-20",
        policyReviewedOn: "2025-09-02",
      },
      POST_MSBA,
      { substituteCountScope: "DISTRICT" },
    ),
    expect: {
      statuteStatus: "COMPLIANT",
      assumedDutiesOn: "2025-11-24",
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED"],
      absentFlags: ["SUB_AGGREGATION_ASSUMED"],
    },
  },
  {
    id: "TRN-SUB-12",
    rule: "A1 (school year July 1 – June 30)",
    title: "59 days in the fall plus June 30: the 60th day falls in the same school year",
    // 59 days 2025-09-02..11-21 + 2026-06-30 (Tue) → 60 in 2025-2026; A0 = T = 2026-06-30; June day → boundary flag
    request: training("2026-06-30", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_59, day("2026-06-30")],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "DUE_TODAY",
      assumedDutiesOn: "2026-06-30",
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED", "SCHOOL_YEAR_BOUNDARY_ASSUMED", "DUE_TODAY"],
      severities: { SCHOOL_YEAR_BOUNDARY_ASSUMED: "REVIEW" },
    },
  },
  {
    id: "TRN-SUB-13",
    rule: "A1, A4 (reset on July 1)",
    title: "59 days in the fall plus July 1: the count resets, one day in 2026-2027",
    // 2026-07-01 (Wed) starts school year 2026-2027 → count 1; prior year had 59 (< 60)
    request: training("2026-07-01", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_59, day("2026-07-01")],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2026-2027", count: 1 },
      flags: ["SUB_EXEMPT", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["SUB_THRESHOLD_REACHED", "PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED"],
    },
  },
  {
    id: "TRN-SUB-14",
    rule: "A1 (schoolYearStartMonthDay 08-15)",
    title: "School year starting August 15: an August 10 day still belongs to 2025-2026",
    // year 2025-08-15..2026-08-14: 59 fall days + 2026-08-10 (Mon) = 60 → A0 = T = 2026-08-10
    request: training(
      "2026-08-10",
      { assignments: [sub("2025-09-02")], contactDays: [...SUB_59, day("2026-08-10")], policyReviewedOn: "2025-09-02" },
      POST_MSBA,
      { schoolYearStartMonthDay: "08-15" },
    ),
    expect: {
      statuteStatus: "DUE_TODAY",
      assumedDutiesOn: "2026-08-10",
      substituteContactDays: { schoolYear: "2025-2026", count: 60 },
      flags: ["SUB_THRESHOLD_REACHED", "SCHOOL_YEAR_BOUNDARY_ASSUMED", "DUE_TODAY"],
    },
  },
  {
    id: "TRN-SUB-18",
    rule: "A4 (prior-year overrun)",
    title: "Untrained substitute who passed 60 days last year is exempt again, flagged for review",
    // 2025-2026: 60 days (60th 2025-11-24), never trained; 2026-2027: 5 days 2026-09-08..09-14
    request: training("2026-09-14", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_60, ...schoolDays("2026-09-08", 5)],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2026-2027", count: 5 },
      flags: ["PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED", "SCHOOL_YEAR_BOUNDARY_ASSUMED", "SUB_EXEMPT"],
      severities: { PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED: "REVIEW" },
      absentFlags: ["SUB_THRESHOLD_REACHED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
    },
  },
  {
    id: "TRN-SUB-19",
    rule: "A4 (prior-year overrun)",
    title: "Same substitute trained over the summer: no prior-year flag, no late completion",
    // q1 2026-08-20 exists → PRIOR_YEAR flag not raised; the prior-year A0 does not carry over
    request: training("2026-09-14", {
      assignments: [sub("2025-09-02")],
      contactDays: [...SUB_60, ...schoolDays("2026-09-08", 5)],
      courses: [approved("2026-08-20")],
      certificateOnFile: "2026-08-20",
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      flags: ["SUB_EXEMPT"],
      absentFlags: ["PRIOR_YEAR_THRESHOLD_EXCEEDED_UNTRAINED", "LATE_COMPLETION"],
    },
  },
];
