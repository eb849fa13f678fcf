import type { LawCase } from "../case.ts";
import { reg, approved, legacy, unable, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── LEGACY path (R-TRN-2, A9–A11) ─────────────────────────────
  {
    id: "TRN-LEG-01",
    rule: "R-TRN-2, A12, §13",
    title: "Legacy incumbent inside the window; a non-approved legacy course starts no refresher clock",
    // NASRO 2022-06-10 ≤ 2025-08-31 → LEGACY, D 2027-05-31 (Memorial Day, no roll); untrained → FIXED_DATE
    request: training("2026-01-15", {
      assignments: [reg("2023-08-28")],
      courses: [legacy("2022-06-10")],
    }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      policyStatus: "COMPLIANT",
      path: "LEGACY",
      assumedDutiesOn: "2023-08-28",
      deadline: "2027-05-31",
      deadlineEffective: "2027-05-31",
      refresherDue: null,
      flags: ["LEGACY_PATH", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["LEGACY_NEW_ASSIGNEE", "INCUMBENT_DEADLINE_ASSUMED", "CERTIFICATE_MISSING"],
    },
  },
  {
    id: "TRN-LEG-02",
    rule: "R-TRN-2, §4.3 step 6",
    title: "Legacy officer before the mandate: PRE_MANDATE",
    // T 2025-08-15 < 2025-09-01 → PRE_MANDATE (first branch), path LEGACY
    request: training("2025-08-15", { assignments: [reg("2023-08-28")], courses: [legacy("2022-06-10")] }),
    expect: { statuteStatus: "PRE_MANDATE", path: "LEGACY", deadline: "2027-05-31", flags: ["LEGACY_PATH"] },
  },
  {
    id: "TRN-LEG-03",
    rule: "R-TRN-2, A8",
    title: "Legacy officer untrained on 2027-05-31 (Memorial Day): still in the window, due today",
    request: training("2027-05-31", { assignments: [reg("2023-08-28")], courses: [legacy("2022-06-10")] }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      flags: ["DUE_TODAY", "FIXED_DATE_ON_LEGAL_HOLIDAY", "LEGACY_PATH"],
      absentFlags: ["LEGACY_DEADLINE_MISSED"],
    },
  },
  {
    id: "TRN-LEG-04",
    rule: "R-TRN-2, A9",
    title: "Legacy officer untrained on 2027-06-01: missed, and the POST web date conflicts",
    // T 2027-06-01 > D 2027-05-31; T in 2027-06-01..2027-06-30 → POST_WEB_DATE_CONFLICT
    request: training("2027-06-01", { assignments: [reg("2023-08-28")], courses: [legacy("2022-06-10")] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      flags: ["LEGACY_DEADLINE_MISSED", "POST_WEB_DATE_CONFLICT", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { LEGACY_DEADLINE_MISSED: "VIOLATION", POST_WEB_DATE_CONFLICT: "REVIEW" },
    },
  },
  {
    id: "TRN-LEG-05",
    rule: "R-TRN-2, A9",
    title: "Legacy officer untrained on 2027-06-30: last day of the POST web-date window",
    request: training("2027-06-30", { assignments: [reg("2023-08-28")], courses: [legacy("2022-06-10")] }),
    expect: { statuteStatus: "NON_COMPLIANT", flags: ["LEGACY_DEADLINE_MISSED", "POST_WEB_DATE_CONFLICT"] },
  },
  {
    id: "TRN-LEG-06",
    rule: "R-TRN-2, A9",
    title: "Legacy officer untrained on 2027-07-01: missed, outside the POST web-date window",
    request: training("2027-07-01", { assignments: [reg("2023-08-28")], courses: [legacy("2022-06-10")] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      flags: ["LEGACY_DEADLINE_MISSED"],
      absentFlags: ["POST_WEB_DATE_CONFLICT"],
    },
  },
  {
    id: "TRN-LEG-07",
    rule: "R-TRN-2, §13 FIXED_DATE_ON_LEGAL_HOLIDAY",
    title: "Legacy officer completes the supplemental course on Memorial Day 2027: on time",
    // q1 2027-05-31 == D → not late; trained on D → FIXED_DATE; refresher 2030-05-31
    request: training("2027-06-01", {
      assignments: [reg("2023-08-28")],
      courses: [legacy("2022-06-10"), approved("2027-05-31", "POST_SRO_SUPPLEMENTAL")],
      certificateOnFile: "2027-05-31",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      refresherDue: "2030-05-31",
      flags: ["FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["LATE_COMPLETION", "POST_WEB_DATE_CONFLICT", "LEGACY_DEADLINE_MISSED"],
    },
  },
  {
    id: "TRN-LEG-08",
    rule: "R-TRN-2",
    title: "Legacy officer trained before the deadline: no holiday flag",
    // q1 2027-05-28 (Fri) < D 2027-05-31
    request: training("2027-06-01", {
      assignments: [reg("2023-08-28")],
      courses: [legacy("2022-06-10"), approved("2027-05-28", "POST_SRO_SUPPLEMENTAL")],
      certificateOnFile: "2027-05-28",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      refresherDue: "2030-05-28",
      flags: [],
      absentFlags: ["FIXED_DATE_ON_LEGAL_HOLIDAY", "LATE_COMPLETION"],
    },
  },
  {
    id: "TRN-LEG-09",
    rule: "R-TRN-2, A9",
    title: "Legacy officer trained 2027-06-15: late under the statute, inside the POST web date",
    // q1 2027-06-15 > D 2027-05-31 (15 days) and in 2027-06-01..06-30 → LATE (VIOLATION) + conflict
    request: training("2027-07-01", {
      assignments: [reg("2023-08-28")],
      courses: [legacy("2022-06-10"), approved("2027-06-15", "POST_SRO_SUPPLEMENTAL")],
      certificateOnFile: "2027-06-15",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      refresherDue: "2030-06-15",
      flags: ["LATE_COMPLETION", "POST_WEB_DATE_CONFLICT", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { LATE_COMPLETION: "VIOLATION" },
    },
  },
  {
    id: "TRN-LEG-10",
    rule: "R-TRN-2, A9",
    title: "Legacy officer trained 2027-07-01: late, outside the POST web-date window",
    request: training("2027-07-06", {
      assignments: [reg("2023-08-28")],
      courses: [legacy("2022-06-10"), approved("2027-07-01", "POST_SRO_SUPPLEMENTAL")],
      certificateOnFile: "2027-07-01",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["LATE_COMPLETION"],
      severities: { LATE_COMPLETION: "VIOLATION" },
      absentFlags: ["POST_WEB_DATE_CONFLICT"],
    },
  },
  {
    id: "TRN-LEG-11",
    rule: "R-TRN-2, A10, A11",
    title: "SSC basic course on 2025-08-31 is legacy; new assignee after the mandate",
    // SSC 2025-08-31 ≤ 2025-08-31 → legacy; A0 2025-09-08 ≥ 2025-09-01 → LEGACY_NEW_ASSIGNEE
    request: training("2025-09-09", {
      assignments: [reg("2025-09-08")],
      courses: [legacy("2025-08-31", "SSC_BASIC")],
    }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      path: "LEGACY",
      deadline: "2027-05-31",
      flags: ["LEGACY_PATH", "LEGACY_NEW_ASSIGNEE"],
      severities: { LEGACY_NEW_ASSIGNEE: "REVIEW" },
      absentFlags: ["LEGACY_COURSE_TOO_LATE"],
    },
  },
  {
    id: "TRN-LEG-12",
    rule: "A11",
    title: "SSC basic course on 2025-09-01 is too late to be legacy",
    // course 2025-09-01 not ≤ 2025-08-31, not postApproved → STANDARD; T 2025-09-09 > A0 2025-09-08
    request: training("2025-09-09", {
      assignments: [reg("2025-09-08")],
      courses: [legacy("2025-09-01", "SSC_BASIC")],
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["LEGACY_COURSE_TOO_LATE", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      severities: { LEGACY_COURSE_TOO_LATE: "INFO" },
      absentFlags: ["LEGACY_PATH"],
    },
  },
  {
    id: "TRN-LEG-13",
    rule: "A10",
    title: "Legacy course holder first assigned on 2027-05-31: still the legacy path",
    // A0 2027-05-31 ≤ 2027-05-31 → LEGACY; T == D → DUE_TODAY flag
    request: training("2027-05-31", {
      assignments: [reg("2027-05-31")],
      courses: [legacy("2024-05-01")],
    }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      path: "LEGACY",
      flags: ["LEGACY_PATH", "LEGACY_NEW_ASSIGNEE", "DUE_TODAY", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["LEGACY_WINDOW_CLOSED"],
    },
  },
  {
    id: "TRN-LEG-14",
    rule: "A10",
    title: "Legacy course holder first assigned on 2027-06-01: window closed, standard path",
    // A0 2027-06-01 > 2027-05-31 → LEGACY_WINDOW_CLOSED, STANDARD; T == A0 → DUE_TODAY
    request: training("2027-06-01", {
      assignments: [reg("2027-06-01")],
      courses: [legacy("2024-05-01")],
    }),
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "STANDARD",
      deadline: "2027-06-01",
      flags: ["LEGACY_WINDOW_CLOSED", "DUE_TODAY"],
      severities: { LEGACY_WINDOW_CLOSED: "INFO" },
      absentFlags: ["LEGACY_PATH"],
    },
  },
  {
    id: "TRN-LEG-15",
    rule: "A10 (legacy vs grace, nominal dates)",
    title: "Legacy holder, employer unable, assumes 2026-11-30: legacy's later nominal date wins",
    // GRACE Dnom = 2026-11-30 + 6 months = 2027-05-30 (Sun) < 2027-05-31 → LEGACY (its rolled date,
    // 2027-06-01, is not what A10 compares) → EMPLOYER_UNABLE_NOT_USED
    request: training("2026-11-30", {
      assignments: [reg("2026-11-30")],
      courses: [legacy("2024-05-01")],
      employerUnable: unable("2026-11-20"),
      policyReviewedOn: "2026-11-25",
    }),
    expect: {
      statuteStatus: "COMPLIANT_LEGACY_WINDOW",
      path: "LEGACY",
      deadline: "2027-05-31",
      deadlineEffective: "2027-05-31",
      flags: ["LEGACY_PATH", "LEGACY_NEW_ASSIGNEE", "EMPLOYER_UNABLE_NOT_USED"],
      absentFlags: ["GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-LEG-16",
    rule: "A10 (legacy vs grace, nominal dates)",
    title: "Legacy holder, employer unable, assumes 2026-12-01: grace's later nominal date wins",
    // GRACE Dnom = 2026-12-01 + 6 months = 2027-06-01 (Tue) > 2027-05-31 → GRACE
    request: training("2026-12-01", {
      assignments: [reg("2026-12-01")],
      courses: [legacy("2024-05-01")],
      employerUnable: unable("2026-11-20"),
      policyReviewedOn: "2026-11-25",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      deadline: "2027-06-01",
      deadlineEffective: "2027-06-01",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_PERIOD_ACTIVE"],
      absentFlags: ["LEGACY_PATH", "EMPLOYER_UNABLE_NOT_USED", "LEGACY_WINDOW_CLOSED", "DEADLINE_ROLLED_645_15"],
    },
  },
];
