import type { LawCase } from "../case.ts";
import { POST_MSBA, NO_AGENCY_MSBA, reg, outOfScope, approved, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── STANDARD path (R-TRN-1, A6) ─────────────────────────────
  {
    id: "TRN-STD-01",
    rule: "R-TRN-1, §4.3 step 6",
    title: "New SRO trained before assuming duties is compliant",
    // A0 2025-10-06 (Mon); q1 2025-09-19 ≤ D = A0; refresher 2025-09-19 + 3 y = 2028-09-19
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-09-19")],
      certificateOnFile: "2025-09-19",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      deadlineEffective: "2025-10-06",
      refresherDue: "2028-09-19",
      notRequiredDuties: [],
      flags: [],
      absentFlags: ["SAME_DAY_COMPLETION", "LATE_COMPLETION", "DEADLINE_ROLLED_645_15", "CERTIFICATE_MISSING"],
    },
  },
  {
    id: "TRN-STD-02",
    rule: "R-TRN-1, A6",
    title: "Course completed on the day duties start counts as prior (SAME_DAY_COMPLETION)",
    // A0 2025-10-06; q1 2025-10-06 == A0 → compliant + INFO; refresher 2028-10-06
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-10-06")],
      certificateOnFile: "2025-10-06",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      refresherDue: "2028-10-06",
      flags: ["SAME_DAY_COMPLETION"],
      absentFlags: ["LATE_COMPLETION"],
    },
  },
  {
    id: "TRN-STD-03",
    rule: "R-TRN-1, §4.3 step 6",
    title: "Untrained on the day duties start: DUE_TODAY",
    // A0 = T = 2025-10-06; no completion; T == D → status DUE_TODAY + flag; no POST course → refresherDue null
    request: training("2025-10-06", { assignments: [reg("2025-10-06")] }),
    expect: {
      statuteStatus: "DUE_TODAY",
      policyStatus: "COMPLIANT",
      path: "STANDARD",
      deadline: "2025-10-06",
      deadlineEffective: "2025-10-06",
      refresherDue: null,
      flags: ["DUE_TODAY"],
      absentFlags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
    },
  },
  {
    id: "TRN-STD-04",
    rule: "R-TRN-1, A14",
    title: "Untrained the day after assuming duties: NON_COMPLIANT, no clause (4)/(5) relief",
    // A0 2025-10-06; T 2025-10-07 > D 2025-10-06, no completion
    request: training("2025-10-07", { assignments: [reg("2025-10-06")] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      notRequiredDuties: [],
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      severities: { TRAINING_REQUIRED_BEFORE_ASSUMPTION: "VIOLATION" },
      absentFlags: ["DUE_TODAY", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-STD-05",
    rule: "R-TRN-1, §4.3 step 6",
    title: "Trained two weeks after assuming duties: compliant now, late completion is a violation",
    // A0 2025-10-06; q1 2025-10-20 > D 2025-10-06 (14 days late); refresher 2028-10-20
    request: training("2025-11-03", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-10-20")],
      certificateOnFile: "2025-10-20",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      refresherDue: "2028-10-20",
      flags: ["LATE_COMPLETION"],
      severities: { LATE_COMPLETION: "VIOLATION" },
    },
  },
  {
    id: "TRN-STD-06",
    rule: "R-TRN-1, A5, A8, §13",
    title: "Assumes duties on 2025-09-01 (Labor Day), untrained that day: STANDARD, not incumbent",
    // A0 2025-09-01 is not < 2025-09-01 → STANDARD; D = A0 = 2025-09-01 (Labor Day, no roll) → FIXED_DATE flag
    request: training("2025-09-01", { assignments: [reg("2025-09-01")] }),
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "STANDARD",
      deadline: "2025-09-01",
      deadlineEffective: "2025-09-01",
      flags: ["DUE_TODAY", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["INCUMBENT_DEADLINE_ASSUMED", "DEADLINE_ROLLED_645_15"],
    },
  },
  {
    id: "TRN-STD-07",
    rule: "R-TRN-1, §13 FIXED_DATE_ON_LEGAL_HOLIDAY",
    title: "Assumes duties on 2025-09-01 already trained: no holiday flag",
    // A0 2025-09-01; q1 2025-08-28 < D → COMPLIANT; completion before D → no FIXED_DATE flag; refresher 2028-08-28
    request: training("2025-09-01", {
      assignments: [reg("2025-09-01")],
      courses: [approved("2025-08-28")],
      certificateOnFile: "2025-08-28",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      refresherDue: "2028-08-28",
      flags: [],
      absentFlags: ["FIXED_DATE_ON_LEGAL_HOLIDAY", "INCUMBENT_DEADLINE_ASSUMED", "DUE_TODAY"],
    },
  },
  {
    id: "TRN-STD-08",
    rule: "R-TRN-7, R-REF-2",
    title: "Any course recorded postApproved qualifies, whatever its type",
    // type OTHER, postApproved true, 2025-09-19 ≤ A0 2025-10-06 → COMPLIANT; clock start → 2028-09-19
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-09-19", "OTHER")],
      certificateOnFile: "2025-09-19",
    }),
    expect: { statuteStatus: "COMPLIANT", refresherDue: "2028-09-19", flags: [] },
  },
  {
    id: "TRN-STD-09",
    rule: "R-TRN-7",
    title: "A course not on the POST list does not qualify, whatever its type",
    // POST_SRO_BASIC with postApproved false → no qualifying completion; T 2025-10-07 > D 2025-10-06
    request: training("2025-10-07", {
      assignments: [reg("2025-10-06")],
      courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: false }],
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      refresherDue: null,
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["CERTIFICATE_MISSING"],
    },
  },
  {
    id: "TRN-STD-10",
    rule: "§4.3 as-of semantics",
    title: "A course dated after the as-of date does not count yet",
    // A0 2025-10-06; course 2025-10-10 > T 2025-10-08 → ignored → no qualifying completion, T > D
    request: training("2025-10-08", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-10-10")],
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["CERTIFICATE_MISSING", "LATE_COMPLETION"],
    },
  },

  // ───────────────────────────── Applicability (R-APP-1, §4.3 step 1) ─────────────────────────────
  {
    id: "TRN-APP-01",
    rule: "R-APP-1, §14.1 ASSIGNMENT_ENDED",
    title: "Every in-scope assignment ended before the as-of date: NOT_APPLICABLE, no other flags",
    // assignment 2025-10-06..2025-12-19, T 2026-01-05 → not active; agency null and untrained, but out of scope
    request: training(
      "2026-01-05",
      { assignments: [reg("2025-10-06", "2025-12-19")] },
      NO_AGENCY_MSBA,
    ),
    expect: {
      statuteStatus: "NOT_APPLICABLE",
      policyStatus: "N/A",
      path: null,
      flags: ["ASSIGNMENT_ENDED"],
      severities: { ASSIGNMENT_ENDED: "INFO" },
      absentFlags: ["AGENCY_SRO_POLICY_MISSING", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
    },
  },
  {
    id: "TRN-APP-02",
    rule: "R-APP-1 (end inclusive)",
    title: "The last day of an assignment is still served: the officer is in scope",
    // assignment 2025-10-06..2025-12-19, T = end 2025-12-19 → active; untrained, T > A0
    request: training("2025-12-19", { assignments: [reg("2025-10-06", "2025-12-19")] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["ASSIGNMENT_ENDED"],
    },
  },
  {
    id: "TRN-APP-03",
    rule: "R-APP-1, R-DEF-2",
    title: "After-hours events only (inScope false): NOT_APPLICABLE even with no agency policy",
    // only assignment has inScope false → no in-scope assignment; nothing ended → no ASSIGNMENT_ENDED
    request: training("2025-10-07", { assignments: [outOfScope("2025-10-01")] }, NO_AGENCY_MSBA),
    expect: {
      statuteStatus: "NOT_APPLICABLE",
      policyStatus: "N/A",
      path: null,
      flags: [],
      absentFlags: ["ASSIGNMENT_ENDED", "AGENCY_SRO_POLICY_MISSING"],
    },
  },
  {
    id: "TRN-APP-04",
    rule: "R-APP-1",
    title: "Assignment not yet begun: NOT_APPLICABLE without ASSIGNMENT_ENDED",
    // start 2025-11-03 > T 2025-10-07 → not active, not begun
    request: training("2025-10-07", { assignments: [reg("2025-11-03")] }),
    expect: { statuteStatus: "NOT_APPLICABLE", path: null, flags: [], absentFlags: ["ASSIGNMENT_ENDED"] },
  },

  // ───────────────────────────── A0 and the pre-mandate service rule (§4.3 step 4, A15) ─────────────────────────────
  {
    id: "TRN-A0-01",
    rule: "§4.3 step 4, A5",
    title: "Served through 2025-08-31 then a new assignment: A0 is the 2024 start (incumbent)",
    // held an in-scope assignment on 2025-08-31 (end inclusive) → A0 = 2024-09-03 → INCUMBENT, D 2025-09-01;
    // T 2025-10-06 > D, untrained → NON_COMPLIANT (REVIEW only, the deadline is not statutory)
    request: training("2025-10-06", {
      assignments: [reg("2024-09-03", "2025-08-31"), reg("2025-10-06")],
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2024-09-03",
      deadline: "2025-09-01",
      flags: ["INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { INCUMBENT_DEADLINE_MISSED: "REVIEW", INCUMBENT_DEADLINE_ASSUMED: "REVIEW" },
      absentFlags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
    },
  },
  {
    id: "TRN-A0-02",
    rule: "§4.3 step 4",
    title: "Service ended 2025-08-30 is ignored: A0 is the first start on or after 2025-09-01",
    // no in-scope assignment held on 2025-08-31 → A0 = 2025-10-06 → STANDARD; T == A0, untrained → DUE_TODAY
    request: training("2025-10-06", {
      assignments: [reg("2024-09-03", "2025-08-30"), reg("2025-10-06")],
    }),
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      flags: ["DUE_TODAY"],
      absentFlags: ["INCUMBENT_DEADLINE_ASSUMED", "INCUMBENT_DEADLINE_MISSED"],
    },
  },
  {
    id: "TRN-A0-03",
    rule: "A15 (clockScope OFFICER)",
    title: "Break in service after the mandate does not reset the clock: the first start counts",
    // D1 2025-10-06..2025-12-19, D2 from 2026-01-05; A0 = 2025-10-06 (per officer); q1 2025-12-29 > D → late
    request: training("2026-01-05", {
      assignments: [reg("2025-10-06", "2025-12-19"), reg("2026-01-05", null, "D2")],
      courses: [approved("2025-12-29")],
      certificateOnFile: "2025-12-29",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2025-10-06",
      deadline: "2025-10-06",
      flags: ["LATE_COMPLETION"],
      severities: { LATE_COMPLETION: "VIOLATION" },
    },
  },
  {
    id: "TRN-A0-04",
    rule: "A15 (clockScope ASSIGNMENT)",
    title: "Same facts with clockScope ASSIGNMENT: the latest regular start is A0, not late",
    // A0 = start of the latest in-scope regular assignment begun ≤ T = 2026-01-05; q1 2025-12-29 ≤ D
    request: training(
      "2026-01-05",
      {
        assignments: [reg("2025-10-06", "2025-12-19"), reg("2026-01-05", null, "D2")],
        courses: [approved("2025-12-29")],
        certificateOnFile: "2025-12-29",
      },
      POST_MSBA,
      { clockScope: "ASSIGNMENT" },
    ),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2026-01-05",
      deadline: "2026-01-05",
      flags: [],
      absentFlags: ["LATE_COMPLETION"],
    },
  },
];
