import type { LawCase } from "../case.ts";
import { POST_MSBA, POST_EDINA, NO_AGENCY_MSBA, reg, approved, unable, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── GRACE path (R-TRN-3, A7, A14, A16, R-REC-2) ─────────────────────────────
  {
    id: "TRN-GR-01",
    rule: "R-TRN-3, A7",
    title: "Employer unable; six months end on a Sunday and roll to Monday",
    // A0 2025-09-01 + 6 months = 2026-03-01 (Sun) → rolled to 2026-03-02 (Mon); D ≠ 2025-09-01 → no FIXED_DATE
    request: training("2025-09-02", {
      assignments: [reg("2025-09-01")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      policyStatus: "COMPLIANT",
      path: "GRACE",
      assumedDutiesOn: "2025-09-01",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-02",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15"],
      absentFlags: ["FIXED_DATE_ON_LEGAL_HOLIDAY", "DUE_TODAY", "INCUMBENT_DEADLINE_ASSUMED", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-GR-02",
    rule: "R-TRN-3, A7",
    title: "On the nominal date (a Sunday) the officer is still in grace and not yet due",
    // Dnom 2026-03-01 (Sun), D 2026-03-02; T 2026-03-01 < D → IN_GRACE, T ≠ D → no DUE_TODAY
    request: training("2026-03-01", {
      assignments: [reg("2025-09-01")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-02",
      flags: ["GRACE_PERIOD_ACTIVE", "DEADLINE_ROLLED_645_15"],
      absentFlags: ["DUE_TODAY", "GRACE_EXPIRED"],
    },
  },
  {
    id: "TRN-GR-03",
    rule: "R-TRN-3, §4.3 step 6",
    title: "On the rolled effective date the grace training is due today",
    // T = D = 2026-03-02 (Mon), untrained → IN_GRACE + DUE_TODAY
    request: training("2026-03-02", {
      assignments: [reg("2025-09-01")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_PERIOD_ACTIVE", "DUE_TODAY"],
      absentFlags: ["GRACE_EXPIRED"],
    },
  },
  {
    id: "TRN-GR-04",
    rule: "R-TRN-3, A14, §4.3 step 7",
    title: "Day after the rolled date: grace expired, clauses (4)/(5) still not required",
    // T 2026-03-03 > D 2026-03-02, untrained → NON_COMPLIANT; relief continues until q1
    request: training("2026-03-03", {
      assignments: [reg("2025-09-01")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
    }),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      path: "GRACE",
      notRequiredDuties: [4, 5],
      flags: ["GRACE_EXPIRED"],
      severities: { GRACE_EXPIRED: "VIOLATION" },
      absentFlags: ["GRACE_PERIOD_ACTIVE", "DUE_TODAY"],
    },
  },
  {
    id: "TRN-GR-05",
    rule: "A7 (option roll645_15 false)",
    title: "Roll turned off: the Monday after a Sunday deadline is already too late",
    // Dnom = D = 2026-03-01 (no roll); T 2026-03-02 > D → GRACE_EXPIRED
    request: training(
      "2026-03-02",
      { assignments: [reg("2025-09-01")], employerUnable: unable("2025-08-20"), policyReviewedOn: "2025-08-29" },
      POST_MSBA,
      { roll645_15: false },
    ),
    expect: {
      statuteStatus: "NON_COMPLIANT",
      deadline: "2026-03-01",
      deadlineEffective: "2026-03-01",
      flags: ["GRACE_EXPIRED"],
      absentFlags: ["DEADLINE_ROLLED_645_15"],
    },
  },
  {
    id: "TRN-GR-06",
    rule: "R-TRN-3, A7, §4.3 step 7",
    title: "Completed on the rolled date: on time; clauses (4)/(5) required again",
    // q1 2026-03-02 == D (rolled) → no LATE; refresher 2029-03-02
    request: training("2026-03-10", {
      assignments: [reg("2025-09-01")],
      courses: [approved("2026-03-02")],
      employerUnable: unable("2025-08-20"),
      policyReviewedOn: "2025-08-29",
      certificateOnFile: "2026-03-02",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "GRACE",
      notRequiredDuties: [],
      refresherDue: "2029-03-02",
      flags: ["DEADLINE_ROLLED_645_15"],
      absentFlags: ["LATE_COMPLETION", "GRACE_PERIOD_ACTIVE"],
    },
  },
  {
    id: "TRN-GR-07",
    rule: "A7 (option roll645_15 false)",
    title: "Same completion with the roll turned off is one day late",
    // D = Dnom = 2026-03-01; q1 2026-03-02 > D → LATE_COMPLETION (1 day)
    request: training(
      "2026-03-10",
      {
        assignments: [reg("2025-09-01")],
        courses: [approved("2026-03-02")],
        employerUnable: unable("2025-08-20"),
        policyReviewedOn: "2025-08-29",
        certificateOnFile: "2026-03-02",
      },
      POST_MSBA,
      { roll645_15: false },
    ),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["LATE_COMPLETION"],
      severities: { LATE_COMPLETION: "VIOLATION" },
    },
  },
  {
    id: "TRN-GR-08",
    rule: "R-TRN-3",
    title: "Grace officer trained inside the six months: compliant, path stays GRACE",
    // A0 2025-10-01 + 6 months = 2026-04-01 (Wed, no roll); q1 2025-12-10 ≤ D
    request: training("2026-01-05", {
      assignments: [reg("2025-10-01")],
      courses: [approved("2025-12-10")],
      employerUnable: unable("2025-09-22"),
      policyReviewedOn: "2025-09-30",
      certificateOnFile: "2025-12-10",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "GRACE",
      deadline: "2026-04-01",
      deadlineEffective: "2026-04-01",
      notRequiredDuties: [],
      refresherDue: "2028-12-10",
      flags: [],
      absentFlags: ["GRACE_PERIOD_ACTIVE", "LATE_COMPLETION", "DEADLINE_ROLLED_645_15"],
    },
  },
  {
    id: "TRN-GR-09",
    rule: "R-REC-2, §13 POLICY_REVIEW_MISSING",
    title: "Grace officer reviewed the agency policy the day after assuming duties: review missing",
    // review date = later of A0 2025-10-01 and 2025-09-01 = 2025-10-01; reviewed 2025-10-02 > review date
    request: training("2025-10-15", {
      assignments: [reg("2025-10-01")],
      employerUnable: unable("2025-09-22"),
      policyReviewedOn: "2025-10-02",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      flags: ["POLICY_REVIEW_MISSING", "GRACE_PERIOD_ACTIVE"],
      severities: { POLICY_REVIEW_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-GR-10",
    rule: "R-REC-2",
    title: "Grace officer reviewed the agency policy on the day of assuming duties: on time",
    // review 2025-10-01 ≤ review date 2025-10-01 (inclusive)
    request: training("2025-10-15", {
      assignments: [reg("2025-10-01")],
      employerUnable: unable("2025-09-22"),
      policyReviewedOn: "2025-10-01",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      deadline: "2026-04-01",
      flags: ["GRACE_PERIOD_ACTIVE"],
      absentFlags: ["POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-GR-11",
    rule: "R-REC-2, R-REC-3, §13",
    title: "Grace officer whose agency has no SRO policy: two violations even with a review date",
    // policies.agency null → AGENCY_SRO_POLICY_MISSING and POLICY_REVIEW_MISSING (agency null); no POST → N/A
    request: training(
      "2025-10-15",
      { assignments: [reg("2025-10-01")], employerUnable: unable("2025-09-22"), policyReviewedOn: "2025-09-30" },
      NO_AGENCY_MSBA,
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      policyStatus: "N/A",
      flags: ["AGENCY_SRO_POLICY_MISSING", "POLICY_REVIEW_MISSING", "GRACE_PERIOD_ACTIVE"],
      severities: { AGENCY_SRO_POLICY_MISSING: "VIOLATION", POLICY_REVIEW_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-GR-12",
    rule: "A20, §14.1 EDINA_TEXT_OMITS_SUBD3C_DUTIES",
    title: "Edina grace officer: the statute's (4)/(5) relief applies though Edina V.C omits it",
    // A0 2025-10-01 + 6 months = 2026-04-01 (Wed)
    request: training(
      "2025-10-15",
      { assignments: [reg("2025-10-01")], employerUnable: unable("2025-09-22"), policyReviewedOn: "2025-09-30" },
      POST_EDINA,
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      notRequiredDuties: [4, 5],
      flags: ["EDINA_TEXT_OMITS_SUBD3C_DUTIES", "GRACE_PERIOD_ACTIVE"],
      severities: { EDINA_TEXT_OMITS_SUBD3C_DUTIES: "INFO" },
      absentFlags: ["EDINA_SUB_POLICY_WORDING"],
    },
  },
  {
    id: "TRN-GR-13",
    rule: "A15",
    title: "A second school added during grace does not restart the six months",
    // A0 2025-10-01 → D 2026-04-01; D2 assignment begun 2026-01-15 (after the six months began)
    request: training("2026-02-02", {
      assignments: [reg("2025-10-01"), reg("2026-01-15", null, "D2")],
      employerUnable: unable("2025-09-20"),
      policyReviewedOn: "2025-09-30",
    }),
    expect: {
      statuteStatus: "IN_GRACE",
      assumedDutiesOn: "2025-10-01",
      deadline: "2026-04-01",
      deadlineEffective: "2026-04-01",
      flags: ["CLOCK_NOT_RESET_ON_REASSIGNMENT", "GRACE_PERIOD_ACTIVE"],
      severities: { CLOCK_NOT_RESET_ON_REASSIGNMENT: "REVIEW" },
    },
  },
  {
    id: "TRN-GR-14",
    rule: "A15 (clockScope ASSIGNMENT)",
    title: "Same facts with clockScope ASSIGNMENT: six months run from the second start",
    // A0 = 2026-01-15 (Thu) + 6 months = 2026-07-15 (Wed); no assignment begun after A0
    request: training(
      "2026-02-02",
      {
        assignments: [reg("2025-10-01"), reg("2026-01-15", null, "D2")],
        employerUnable: unable("2025-09-20"),
        policyReviewedOn: "2025-09-30",
      },
      POST_MSBA,
      { clockScope: "ASSIGNMENT" },
    ),
    expect: {
      statuteStatus: "IN_GRACE",
      assumedDutiesOn: "2026-01-15",
      deadline: "2026-07-15",
      deadlineEffective: "2026-07-15",
      flags: ["GRACE_PERIOD_ACTIVE"],
      absentFlags: ["CLOCK_NOT_RESET_ON_REASSIGNMENT"],
    },
  },
];
