import type { LawCase } from "../case.ts";
import { POST_EDINA, NO_AGENCY_MSBA, reg, sub, approved, schoolDays, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ─────────────── Substitutes' records: certificate, refresher, policy review (R-SUB-3, R-REC) ───────────────
  {
    id: "TRN-SUB-20",
    rule: "R-REC-1, R-SUB-2",
    title: "Exempt substitute who holds a POST course but no certificate on file",
    // 20 days 2025-09-02..09-29; qualifying course 2025-08-20, certificateOnFile null
    request: training("2025-09-29", {
      assignments: [sub("2025-09-02")],
      contactDays: schoolDays("2025-09-02", 20),
      courses: [approved("2025-08-20")],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      flags: ["SUB_EXEMPT", "CERTIFICATE_MISSING"],
      severities: { CERTIFICATE_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-SUB-21",
    rule: "R-REF-3, A23",
    title: "Exempt substitute whose POST course is over three years old owes no refresher",
    // course 2022-05-02 + 3 y = 2025-05-02 < T, but exempt → no refresher flag, policyStatus N/A
    request: training("2025-09-29", {
      assignments: [sub("2025-09-02")],
      contactDays: schoolDays("2025-09-02", 20),
      courses: [approved("2022-05-02")],
      certificateOnFile: "2022-05-02",
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      policyStatus: "N/A",
      flags: ["SUB_EXEMPT"],
      absentFlags: ["REFRESHER_OVERDUE", "REFRESHER_DUE_TODAY", "POST_MLO_REFRESHER_INFO"],
    },
  },
  {
    id: "TRN-SUB-22",
    rule: "R-SUB-3, R-REC-2",
    title: "Exempt substitute who never reviewed the agency policy",
    request: training("2025-09-29", {
      assignments: [sub("2025-09-02")],
      contactDays: schoolDays("2025-09-02", 20),
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      flags: ["SUB_EXEMPT", "POLICY_REVIEW_MISSING"],
      severities: { POLICY_REVIEW_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-SUB-23",
    rule: "R-SUB-3, R-REC-2",
    title: "Substitute reviewed the policy the day after the first substitute day: too late",
    // first substitute day on/after 2025-09-01 = 2025-09-02; review 2025-09-03
    request: training("2025-09-29", {
      assignments: [sub("2025-09-02")],
      contactDays: schoolDays("2025-09-02", 20),
      policyReviewedOn: "2025-09-03",
    }),
    expect: { statuteStatus: "SUBSTITUTE_EXEMPT", flags: ["POLICY_REVIEW_MISSING"] },
  },
  {
    id: "TRN-SUB-24",
    rule: "R-REC-2 (pre-mandate substitute days), A1",
    title: "Substitute days before 2025-09-01 need no prior review; August days are flagged",
    // days 2025-08-25..08-29 (5) + 2025-09-02..09-15 (10) = 15; review 2025-09-02 = first day on/after 9/1
    request: training("2025-09-15", {
      assignments: [sub("2025-08-25")],
      contactDays: [...schoolDays("2025-08-25", 5), ...schoolDays("2025-09-02", 10)],
      policyReviewedOn: "2025-09-02",
    }),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      substituteContactDays: { schoolYear: "2025-2026", count: 15 },
      flags: ["SUB_EXEMPT", "SCHOOL_YEAR_BOUNDARY_ASSUMED"],
      absentFlags: ["POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-SUB-25",
    rule: "A20, §14.1 EDINA_SUB_POLICY_WORDING",
    title: "Edina exempt substitute: Edina's 'district policies' wording flagged, statute applies",
    request: training(
      "2025-09-29",
      { assignments: [sub("2025-09-02")], contactDays: schoolDays("2025-09-02", 20), policyReviewedOn: "2025-09-02" },
      POST_EDINA,
    ),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      notRequiredDuties: [4, 5],
      flags: ["SUB_EXEMPT", "EDINA_SUB_POLICY_WORDING"],
      absentFlags: ["EDINA_TEXT_OMITS_SUBD3C_DUTIES"],
    },
  },
  {
    id: "TRN-SUB-26",
    rule: "R-REC-3, R-SUB-3",
    title: "Exempt substitute whose agency has no SRO policy: two violations",
    request: training(
      "2025-09-29",
      { assignments: [sub("2025-09-02")], contactDays: schoolDays("2025-09-02", 20), policyReviewedOn: "2025-09-02" },
      NO_AGENCY_MSBA,
    ),
    expect: {
      statuteStatus: "SUBSTITUTE_EXEMPT",
      flags: ["SUB_EXEMPT", "AGENCY_SRO_POLICY_MISSING", "POLICY_REVIEW_MISSING"],
    },
  },
  {
    id: "TRN-SUB-27",
    rule: "§4.3 step 2, R-REC-2",
    title: "Regular officer whose earlier substitute service was never preceded by a policy review",
    // active REGULAR from 2026-01-05 → evaluated as regular; 10 sub days (< 60) do not set A0 →
    // A0 2026-01-05, q1 2025-12-29 ≤ A0; substitute service from 2025-09-08 required a review by then
    request: training("2026-01-05", {
      assignments: [sub("2025-09-08", "2025-12-19"), reg("2026-01-05")],
      contactDays: schoolDays("2025-09-08", 10),
      courses: [approved("2025-12-29")],
      certificateOnFile: "2025-12-29",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      path: "STANDARD",
      assumedDutiesOn: "2026-01-05",
      flags: ["POLICY_REVIEW_MISSING"],
      absentFlags: ["LATE_COMPLETION", "SUB_EXEMPT"],
    },
  },
];
