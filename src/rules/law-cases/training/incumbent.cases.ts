import type { LawCase } from "../case.ts";
import { POST_MSBA, reg, approved, unable, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── INCUMBENT path (A5) ─────────────────────────────
  {
    id: "TRN-INC-01",
    rule: "A5, §4.3 step 6, §13",
    title: "Incumbent before the mandate: PRE_MANDATE with the assumed 2025-09-01 deadline",
    // A0 2024-01-08 < 2025-09-01, no legacy → INCUMBENT, D 2025-09-01 (Labor Day, no roll); T < 2025-09-01
    request: training("2025-08-15", { assignments: [reg("2024-01-08")] }),
    expect: {
      statuteStatus: "PRE_MANDATE",
      policyStatus: "COMPLIANT",
      path: "INCUMBENT",
      assumedDutiesOn: "2024-01-08",
      deadline: "2025-09-01",
      deadlineEffective: "2025-09-01",
      flags: ["INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { FIXED_DATE_ON_LEGAL_HOLIDAY: "INFO" },
      absentFlags: ["DUE_TODAY"],
    },
  },
  {
    id: "TRN-INC-02",
    rule: "A5, A8",
    title: "Incumbent untrained on 2025-09-01: due today (no roll of the Labor Day date)",
    request: training("2025-09-01", { assignments: [reg("2024-01-08")] }),
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "INCUMBENT",
      deadlineEffective: "2025-09-01",
      flags: ["DUE_TODAY", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["INCUMBENT_DEADLINE_MISSED"],
    },
  },
  {
    id: "TRN-INC-03",
    rule: "A5",
    title: "Incumbent untrained on 2025-09-02: non-compliant, reported for review, not as a violation",
    // T 2025-09-02 > D 2025-09-01 → NON_COMPLIANT + INCUMBENT_DEADLINE_MISSED (REVIEW); no VIOLATION flag
    request: training("2025-09-02", { assignments: [reg("2024-01-08")] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      notRequiredDuties: [],
      flags: ["INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { INCUMBENT_DEADLINE_MISSED: "REVIEW" },
      absentFlags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION", "DUE_TODAY"],
    },
  },
  {
    id: "TRN-INC-04",
    rule: "A5, §13 INCUMBENT_DEADLINE_ASSUMED",
    title: "Incumbent trained before 2025-09-01: the assumed deadline does not matter",
    // q1 2025-08-29 < D 2025-09-01 → COMPLIANT; trained before D → no ASSUMED, no FIXED_DATE
    request: training("2025-10-01", {
      assignments: [reg("2024-01-08")],
      courses: [approved("2025-08-29")],
      certificateOnFile: "2025-08-29",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "INCUMBENT",
      refresherDue: "2028-08-29",
      flags: [],
      absentFlags: ["INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY", "LATE_COMPLETION"],
    },
  },
  {
    id: "TRN-INC-05",
    rule: "A5, §13",
    title: "Incumbent trained on 2025-09-01 itself: on time, but the assumed deadline mattered",
    // q1 == D 2025-09-01 → not late; trained on D → ASSUMED + FIXED_DATE
    request: training("2025-10-01", {
      assignments: [reg("2024-01-08")],
      courses: [approved("2025-09-01")],
      certificateOnFile: "2025-09-01",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      absentFlags: ["LATE_COMPLETION"],
    },
  },
  {
    id: "TRN-INC-06",
    rule: "A5, §14.1 LATE_COMPLETION",
    title: "Incumbent trained on 2025-09-02: late completion is REVIEW on the incumbent path",
    // q1 2025-09-02 > D 2025-09-01 by 1 day
    request: training("2025-10-01", {
      assignments: [reg("2024-01-08")],
      courses: [approved("2025-09-02")],
      certificateOnFile: "2025-09-02",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["LATE_COMPLETION", "INCUMBENT_DEADLINE_ASSUMED", "FIXED_DATE_ON_LEGAL_HOLIDAY"],
      severities: { LATE_COMPLETION: "REVIEW" },
    },
  },
  {
    id: "TRN-INC-07",
    rule: "A5 (incumbentGrace off)",
    title: "Employer-unable incumbent with the default option: no grace, ambiguity flagged",
    // documented EU, option off → INCUMBENT; T 2025-10-01 > 2025-09-01 → NON_COMPLIANT (REVIEW)
    request: training("2025-10-01", {
      assignments: [reg("2024-01-08")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "INCUMBENT",
      deadline: "2025-09-01",
      notRequiredDuties: [],
      flags: ["INCUMBENT_GRACE_AMBIGUOUS", "INCUMBENT_DEADLINE_MISSED", "INCUMBENT_DEADLINE_ASSUMED"],
      severities: { INCUMBENT_GRACE_AMBIGUOUS: "REVIEW" },
      absentFlags: ["GRACE_PERIOD_ACTIVE", "EMPLOYER_UNABLE_NOT_USED"],
    },
  },
  {
    id: "TRN-INC-08",
    rule: "A5 (incumbentGrace on), §13",
    title: "Employer-unable incumbent with incumbentGrace: six months from 2025-09-01",
    // deemed A0 2025-09-01 + 6 months = 2026-03-01 (Sun) → 2026-03-02 (Mon); decision 2025-08-20 ≤ 2025-09-01
    request: training(
      "2025-10-01",
      { assignments: [reg("2024-01-08")], employerUnable: unable("2025-08-20"), policyReviewedOn: "2025-08-29" },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-02",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15"],
      absentFlags: [
        "INCUMBENT_GRACE_AMBIGUOUS",
        "INCUMBENT_DEADLINE_MISSED",
        "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION",
        "FIXED_DATE_ON_LEGAL_HOLIDAY",
      ],
    },
  },
  {
    id: "TRN-INC-09",
    rule: "A5 (incumbentGrace on), A7",
    title: "Assumed 2025-08-31 with incumbentGrace: due on Monday 2026-03-02",
    // start 2025-08-31 (Sun) < 2025-09-01 → incumbent; deemed A0 2025-09-01 + 6 = 2026-03-01 (Sun) → 2026-03-02;
    // (from the real A0 it would be 2025-08-31 + 6 = 2026-02-28 (Sat) → 2026-03-02 too, law.md A5); T == D
    request: training(
      "2026-03-02",
      { assignments: [reg("2025-08-31")], employerUnable: unable("2025-08-25"), policyReviewedOn: "2025-08-29" },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      deadlineEffective: "2026-03-02",
      flags: ["DUE_TODAY", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-INC-10",
    rule: "A5 (incumbentGrace on), R-REC-2",
    title: "incumbentGrace: the policy review is due by 2025-09-01; 2025-09-02 is late",
    // review date = deemed assumption 2025-09-01; reviewed 2025-09-02 → POLICY_REVIEW_MISSING
    request: training(
      "2025-10-01",
      { assignments: [reg("2024-01-08")], employerUnable: unable("2025-08-20"), policyReviewedOn: "2025-09-02" },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: { statuteStatus: "IN_GRACE", flags: ["POLICY_REVIEW_MISSING", "GRACE_PERIOD_ACTIVE"] },
  },
  {
    id: "TRN-INC-11",
    rule: "A5 (incumbentGrace on), A16",
    title: "incumbentGrace with a decision dated after 2025-09-01: grace with a review flag",
    // decision 2025-09-10 > 2025-09-01 (deemed A0) and ≤ T → DECIDED_AFTER
    request: training(
      "2025-10-01",
      { assignments: [reg("2024-01-08")], employerUnable: unable("2025-09-10"), policyReviewedOn: "2025-08-29" },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      flags: ["EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-INC-12",
    rule: "A5 (incumbentGrace on), R-TRN-3",
    title: "incumbentGrace expired: the grace deadline is missed as a violation",
    // D 2026-03-02; T 2026-03-03, untrained → GRACE_EXPIRED
    request: training(
      "2026-03-03",
      { assignments: [reg("2024-01-08")], employerUnable: unable("2025-08-20"), policyReviewedOn: "2025-08-29" },
      POST_MSBA,
      { incumbentGrace: true },
    ),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_EXPIRED"],
      severities: { GRACE_EXPIRED: "VIOLATION" },
      absentFlags: ["INCUMBENT_DEADLINE_MISSED"],
    },
  },
];
