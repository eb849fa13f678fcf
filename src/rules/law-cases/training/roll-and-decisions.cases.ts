import type { LawCase } from "../case.ts";
import {    reg, approved, unable, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── 645.15 roll and month-end clamp (A7, A26) ─────────────────────────────
  {
    id: "TRN-ROLL-01",
    rule: "A7",
    title: "Six months end on a Saturday: roll to Monday",
    // A0 2025-10-04 (Sat) + 6 months = 2026-04-04 (Sat) → 2026-04-06 (Mon)
    request: training("2025-10-04", {
      assignments: [reg("2025-10-04")],
      employerUnable: unable("2025-09-26"),
      policyReviewedOn: "2025-10-03",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-04-04", deadlineEffective: "2026-04-06", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-02",
    rule: "A7",
    title: "Six months end on an ordinary weekday: no roll",
    // A0 2025-10-06 (Mon) + 6 months = 2026-04-06 (Mon, not a holiday)
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      employerUnable: unable("2025-09-26"),
      policyReviewedOn: "2025-10-03",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      deadline: "2026-04-06",
      deadlineEffective: "2026-04-06",
      flags: ["GRACE_PERIOD_ACTIVE"],
      absentFlags: ["DEADLINE_ROLLED_645_15"],
    },
  },
  {
    id: "TRN-ROLL-03",
    rule: "A7, A26 (Memorial Day)",
    title: "Six months end on Memorial Day 2026: roll to Tuesday",
    // A0 2025-11-25 + 6 months = 2026-05-25 (Mon, Memorial Day = last Mon of May) → 2026-05-26 (Tue)
    request: training("2025-11-25", {
      assignments: [reg("2025-11-25")],
      employerUnable: unable("2025-11-20"),
      policyReviewedOn: "2025-11-24",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-05-25", deadlineEffective: "2026-05-26", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-04",
    rule: "A7, A26 (Juneteenth)",
    title: "Six months end on Juneteenth (a Friday): roll over the weekend to Monday",
    // A0 2025-12-19 + 6 months = 2026-06-19 (Fri, Juneteenth) → Sat, Sun → 2026-06-22 (Mon)
    request: training("2025-12-19", {
      assignments: [reg("2025-12-19")],
      employerUnable: unable("2025-12-15"),
      policyReviewedOn: "2025-12-18",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-06-19", deadlineEffective: "2026-06-22", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-05",
    rule: "A7, A26 (Saturday holiday observed Friday)",
    title: "Six months end on Friday 2026-07-03, observed Independence Day: roll to Monday",
    // A0 2026-01-03 (Sat) + 6 months = 2026-07-03 (Fri; 07-04 is Sat → observed Fri) → 2026-07-06 (Mon)
    request: training("2026-01-03", {
      assignments: [reg("2026-01-03")],
      employerUnable: unable("2025-12-29"),
      policyReviewedOn: "2026-01-02",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-07-03", deadlineEffective: "2026-07-06", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-06",
    rule: "A7, A26 (Sunday holiday observed Monday)",
    title: "Six months end on Sunday 2027-07-04: Sunday and observed Monday skipped, due Tuesday",
    // A0 2027-01-04 + 6 months = 2027-07-04 (Sun, holiday) → 2027-07-05 (Mon, observed) → 2027-07-06 (Tue)
    request: training("2027-01-04", {
      assignments: [reg("2027-01-04")],
      employerUnable: unable("2026-12-28"),
      policyReviewedOn: "2027-01-04",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2027-07-04", deadlineEffective: "2027-07-06", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-07",
    rule: "A7, A26 (Thanksgiving)",
    title: "Six months end on Thanksgiving: Thursday, Friday after, weekend skipped",
    // A0 2026-05-26 + 6 months = 2026-11-26 (Thu, Thanksgiving) → Fri 11-27 (holiday) → Sat, Sun → 2026-11-30 (Mon)
    request: training("2026-05-26", {
      assignments: [reg("2026-05-26")],
      employerUnable: unable("2026-05-20"),
      policyReviewedOn: "2026-05-22",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-11-26", deadlineEffective: "2026-11-30", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-08",
    rule: "A7, A26 (Columbus Day)",
    title: "Six months end on Columbus Day: roll to Tuesday",
    // A0 2026-04-12 (Sun) + 6 months = 2026-10-12 (Mon, 2nd Mon of Oct) → 2026-10-13 (Tue)
    request: training("2026-04-12", {
      assignments: [reg("2026-04-12")],
      employerUnable: unable("2026-04-06"),
      policyReviewedOn: "2026-04-10",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-10-12", deadlineEffective: "2026-10-13", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-ROLL-09",
    rule: "A7, A26 (Labor Day)",
    title: "Six months end on Labor Day 2026: roll to Tuesday",
    // A0 2026-03-07 (Sat) + 6 months = 2026-09-07 (Mon, 1st Mon of Sep) → 2026-09-08 (Tue)
    request: training("2026-03-07", {
      assignments: [reg("2026-03-07")],
      employerUnable: unable("2026-03-02"),
      policyReviewedOn: "2026-03-06",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2026-09-07", deadlineEffective: "2026-09-08", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-CLAMP-01",
    rule: "A7 (month-end clamp)",
    title: "August 31 + six months clamps to February 28, a Sunday, and rolls to March 1",
    // A0 2026-08-31 + 6 months = 2027-02-31 → clamped 2027-02-28 (Sun) → 2027-03-01 (Mon)
    request: training("2026-08-31", {
      assignments: [reg("2026-08-31")],
      employerUnable: unable("2026-08-24"),
      policyReviewedOn: "2026-08-28",
    }),
    expect: { statuteStatus: "IN_GRACE", deadline: "2027-02-28", deadlineEffective: "2027-03-01", flags: ["DEADLINE_ROLLED_645_15"] },
  },
  {
    id: "TRN-CLAMP-02",
    rule: "A7 (month-end clamp, leap year)",
    title: "August 31 + six months in a leap year clamps to February 29 (a Tuesday)",
    // A0 2027-08-31 + 6 months = 2028-02-31 → clamped 2028-02-29 (Tue) → no roll
    request: training("2027-08-31", {
      assignments: [reg("2027-08-31")],
      employerUnable: unable("2027-08-24"),
      policyReviewedOn: "2027-08-30",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      deadline: "2028-02-29",
      deadlineEffective: "2028-02-29",
      absentFlags: ["DEADLINE_ROLLED_645_15"],
    },
  },
  {
    id: "TRN-CLAMP-03",
    rule: "A7 (month-end clamp)",
    title: "March 31 + six months clamps to September 30",
    // A0 2026-03-31 + 6 months = 2026-09-31 → clamped 2026-09-30 (Wed) → no roll
    request: training("2026-03-31", {
      assignments: [reg("2026-03-31")],
      employerUnable: unable("2026-03-24"),
      policyReviewedOn: "2026-03-30",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      deadline: "2026-09-30",
      deadlineEffective: "2026-09-30",
      absentFlags: ["DEADLINE_ROLLED_645_15"],
    },
  },

  // ───────────────────────────── employerUnable (A16) ─────────────────────────────
  {
    id: "TRN-EU-01",
    rule: "A16",
    title: "Array of decisions: one after the as-of date is ignored, the earlier one gives grace",
    // decisions 2025-09-10 (≤ A0 2025-09-15) and 2026-01-10 (> T, ignored);
    // A0 2025-09-15 + 6 months = 2026-03-15 (Sun) → 2026-03-16 (Mon)
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: [unable("2025-09-10"), unable("2026-01-10", "second school, no seat")],
      policyReviewedOn: "2025-09-12",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      deadline: "2026-03-15",
      deadlineEffective: "2026-03-16",
      flags: ["GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15"],
      absentFlags: ["EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION", "EMPLOYER_UNABLE_UNDOCUMENTED"],
    },
  },
  {
    id: "TRN-EU-02",
    rule: "A16",
    title: "Array of decisions: the latest one on or before A0 is used, a later one does not taint it",
    // decisions 2025-09-05 (≤ A0) and 2025-09-25 (> A0, ≤ T); the engine uses 2025-09-05 → no DECIDED_AFTER
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: [unable("2025-09-05"), unable("2025-09-25", "course cancelled")],
      policyReviewedOn: "2025-09-12",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      flags: ["GRACE_PERIOD_ACTIVE"],
      absentFlags: ["EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION"],
    },
  },
  {
    id: "TRN-EU-03",
    rule: "A16, §14.1 EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION",
    title: "Employer-unable decided ten days after assuming duties: grace, with a review flag",
    // only decision 2025-09-25 > A0 2025-09-15 and ≤ T 2025-10-01 → GRACE + REVIEW
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: unable("2025-09-25"),
      policyReviewedOn: "2025-09-12",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      deadline: "2026-03-15",
      deadlineEffective: "2026-03-16",
      flags: ["EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION", "GRACE_PERIOD_ACTIVE"],
      severities: { EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION: "REVIEW" },
    },
  },
  {
    id: "TRN-EU-04",
    rule: "A16 (decisions after asOf ignored)",
    title: "Employer-unable decided after the as-of date is ignored: standard path, non-compliant",
    // decision 2025-10-20 > T 2025-10-01 → no documented decision → STANDARD; T > A0 2025-09-15
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: unable("2025-10-20"),
      policyReviewedOn: "2025-09-12",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["GRACE_PERIOD_ACTIVE", "EMPLOYER_UNABLE_DECIDED_AFTER_ASSUMPTION"],
    },
  },
  {
    id: "TRN-EU-05",
    rule: "A16",
    title: "Employer-unable without a reason is ignored and flagged",
    // reason absent → undocumented → STANDARD; T 2025-10-01 > A0 2025-09-15
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: { decidedOn: "2025-09-10" },
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["EMPLOYER_UNABLE_UNDOCUMENTED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      severities: { EMPLOYER_UNABLE_UNDOCUMENTED: "REVIEW" },
      absentFlags: ["GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-EU-06",
    rule: "A16",
    title: "Employer-unable with a null decision date is ignored and flagged",
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: { decidedOn: null, reason: "no seat in an approved course" },
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["EMPLOYER_UNABLE_UNDOCUMENTED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
    },
  },
  {
    id: "TRN-EU-07",
    rule: "A16",
    title: "Employer-unable with a blank reason is ignored and flagged",
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: { decidedOn: "2025-09-10", reason: "   " },
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["EMPLOYER_UNABLE_UNDOCUMENTED", "TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
    },
  },
  {
    id: "TRN-EU-08",
    rule: "A16",
    title: "Array with one undocumented and one documented decision: grace, plus the flag",
    // entry 0 lacks decidedOn → flagged; entry 1 documented 2025-09-10 ≤ A0 → GRACE
    request: training("2025-10-01", {
      assignments: [reg("2025-09-15")],
      employerUnable: [{ reason: "verbal note" }, unable("2025-09-10")],
      policyReviewedOn: "2025-09-12",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      path: "GRACE",
      flags: ["EMPLOYER_UNABLE_UNDOCUMENTED", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-EU-09",
    rule: "A16, engine-contract §1.1",
    title: "An empty employerUnable array is no decision: standard path",
    request: training("2025-10-01", { assignments: [reg("2025-09-15")], employerUnable: [] }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "STANDARD",
      flags: ["TRAINING_REQUIRED_BEFORE_ASSUMPTION"],
      absentFlags: ["EMPLOYER_UNABLE_UNDOCUMENTED", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-EU-10",
    rule: "R-TRN-3, §4.3 step 5",
    title: "Employer-unable documented but the officer was trained before assuming duties: not used",
    // q1 2025-09-19 ≤ A0 2025-10-06 → GRACE conditions fail → STANDARD + EMPLOYER_UNABLE_NOT_USED
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-09-19")],
      employerUnable: unable("2025-09-01"),
      certificateOnFile: "2025-09-19",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      deadline: "2025-10-06",
      flags: ["EMPLOYER_UNABLE_NOT_USED"],
      severities: { EMPLOYER_UNABLE_NOT_USED: "INFO" },
      absentFlags: ["GRACE_PERIOD_ACTIVE"],
    },
  },
];
