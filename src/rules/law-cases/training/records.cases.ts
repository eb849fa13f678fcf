import type { LawCase } from "../case.ts";
import { NO_AGENCY_MSBA, reg, approved, training } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── Refresher (R-REF, POST G.5) and records (R-REC) ─────────────────────────────
  {
    id: "TRN-REF-01",
    rule: "R-REF-2",
    title: "Refresher due today (the due date is a Sunday; no roll)",
    // course 2025-09-10 + 3 y = 2028-09-10 (Sun); T == due
    request: training("2028-09-10", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10")],
      certificateOnFile: "2025-09-10",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      refresherDue: "2028-09-10",
      flags: ["REFRESHER_DUE_TODAY"],
      severities: { REFRESHER_DUE_TODAY: "INFO" },
      absentFlags: ["REFRESHER_OVERDUE"],
    },
  },
  {
    id: "TRN-REF-02",
    rule: "R-REF-1, R-REF-2",
    title: "Refresher overdue the next day (a Monday: the policy period is not rolled)",
    // due 2028-09-10 (Sun); T 2028-09-11 > due → POLICY_VIOLATION; statute status unaffected
    request: training("2028-09-11", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10")],
      certificateOnFile: "2025-09-10",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "NON_COMPLIANT",
      refresherDue: "2028-09-10",
      flags: ["REFRESHER_OVERDUE"],
      severities: { REFRESHER_OVERDUE: "POLICY_VIOLATION" },
    },
  },
  {
    id: "TRN-REF-03",
    rule: "R-REF-2",
    title: "Refresher completed on the due date: on time, clock restarts",
    // refresher 2028-09-10 == due → not late; new due 2031-09-10
    request: training("2028-10-02", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10"), approved("2028-09-10", "POST_SRO_REFRESHER")],
      certificateOnFile: "2028-09-10",
    }),
    expect: {
      policyStatus: "COMPLIANT",
      refresherDue: "2031-09-10",
      flags: [],
      absentFlags: ["REFRESHER_LATE", "REFRESHER_OVERDUE"],
    },
  },
  {
    id: "TRN-REF-04",
    rule: "R-REF-2",
    title: "Refresher completed ten days after the due date: late, clock restarts from it",
    // due 2028-09-10; refresher 2028-09-20 > due → REFRESHER_LATE; new due 2031-09-20, not overdue at T
    request: training("2028-10-02", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10"), approved("2028-09-20", "POST_SRO_REFRESHER")],
      certificateOnFile: "2028-09-20",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      refresherDue: "2031-09-20",
      flags: ["REFRESHER_LATE"],
      severities: { REFRESHER_LATE: "POLICY_VIOLATION" },
      absentFlags: ["REFRESHER_OVERDUE"],
    },
  },
  {
    id: "TRN-REF-05",
    rule: "R-REF-2",
    title: "Early refresher resets the clock to its own date",
    // refresher 2027-05-03 (before due 2028-09-10) → due 2030-05-03; T 2028-09-11 not overdue
    request: training("2028-09-11", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10"), approved("2027-05-03", "POST_SRO_REFRESHER")],
      certificateOnFile: "2027-05-03",
    }),
    expect: {
      policyStatus: "COMPLIANT",
      refresherDue: "2030-05-03",
      flags: [],
      absentFlags: ["REFRESHER_OVERDUE", "REFRESHER_LATE"],
    },
  },
  {
    id: "TRN-REF-06",
    rule: "R-REF-2 (Feb 29 → Feb 28)",
    title: "Course on 2028-02-29: refresher due 2031-02-28, due today",
    request: training("2031-02-28", {
      assignments: [reg("2028-03-06")],
      courses: [approved("2028-02-29")],
      certificateOnFile: "2028-02-29",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "COMPLIANT",
      refresherDue: "2031-02-28",
      flags: ["REFRESHER_DUE_TODAY"],
    },
  },
  {
    id: "TRN-REF-07",
    rule: "R-REF-1, A13, R-REC-3",
    title: "Agency without the POST policy: no refresher duty, only an MLO note",
    // agency null → AGENCY_SRO_POLICY_MISSING; course 2025-09-10 over 3 y old but no G.5 → no REFRESHER_*
    request: training(
      "2028-09-11",
      { assignments: [reg("2025-09-15")], courses: [approved("2025-09-10")], certificateOnFile: "2025-09-10" },
      NO_AGENCY_MSBA,
    ),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "N/A",
      flags: ["AGENCY_SRO_POLICY_MISSING", "POST_MLO_REFRESHER_INFO"],
      severities: { POST_MLO_REFRESHER_INFO: "INFO" },
      absentFlags: ["REFRESHER_OVERDUE", "REFRESHER_DUE_TODAY"],
    },
  },
  {
    id: "TRN-REC-01",
    rule: "R-REC-1",
    title: "Trained officer with no certificate on file",
    request: training("2025-10-06", { assignments: [reg("2025-10-06")], courses: [approved("2025-09-19")] }),
    expect: { statuteStatus: "COMPLIANT", flags: ["CERTIFICATE_MISSING"], severities: { CERTIFICATE_MISSING: "VIOLATION" } },
  },
  {
    id: "TRN-REC-02",
    rule: "R-REC-1",
    title: "Certificate on file is from the first course, not the later refresher",
    // latest qualifying completion 2027-05-03 > certificate 2025-09-10
    request: training("2027-08-02", {
      assignments: [reg("2025-09-15")],
      courses: [approved("2025-09-10"), approved("2027-05-03", "POST_SRO_REFRESHER")],
      certificateOnFile: "2025-09-10",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["CERTIFICATE_NOT_MOST_RECENT"],
      severities: { CERTIFICATE_NOT_MOST_RECENT: "VIOLATION" },
      absentFlags: ["CERTIFICATE_MISSING"],
    },
  },

  {
    id: "TRN-REC-03",
    rule: "R-REC-1, §4.3 as-of semantics (decision 0010)",
    title: "A certificate on file for a course completed after the as-of date is not on file yet",
    // T 2025-10-06: latest qualifying completion 2025-09-19; certificateOnFile names the 2026-05-04 refresher,
    // dated after T → not on file as of T → CERTIFICATE_MISSING (not CERTIFICATE_NOT_MOST_RECENT, not clean).
    request: training("2025-10-06", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-09-19"), approved("2026-05-04", "POST_SRO_REFRESHER")],
      certificateOnFile: "2026-05-04",
    }),
    expect: {
      statuteStatus: "COMPLIANT",
      flags: ["CERTIFICATE_MISSING"],
      severities: { CERTIFICATE_MISSING: "VIOLATION" },
      absentFlags: ["CERTIFICATE_NOT_MOST_RECENT"],
    },
  },
  {
    id: "TRN-REC-04",
    rule: "R-REC-1, §4.3 as-of semantics",
    title: "The same records on the refresher's completion date: that certificate is now on file",
    // T 2026-05-04: latest qualifying 2026-05-04 = certificateOnFile ≤ T → no certificate flag
    request: training("2026-05-04", {
      assignments: [reg("2025-10-06")],
      courses: [approved("2025-09-19"), approved("2026-05-04", "POST_SRO_REFRESHER")],
      certificateOnFile: "2026-05-04",
    }),
    expect: { statuteStatus: "COMPLIANT", flags: [], absentFlags: ["CERTIFICATE_MISSING", "CERTIFICATE_NOT_MOST_RECENT"] },
  },

  // ───────────────────────────── Agency policy (R-REC-3) and defaults ─────────────────────────────
  {
    id: "TRN-AG-01",
    rule: "R-REC-3, A13",
    title: "Trained SRO whose agency adopted no SRO policy",
    request: training(
      "2025-10-06",
      { assignments: [reg("2025-10-06")], courses: [approved("2025-09-19")], certificateOnFile: "2025-09-19" },
      NO_AGENCY_MSBA,
    ),
    expect: {
      statuteStatus: "COMPLIANT",
      policyStatus: "N/A",
      flags: ["AGENCY_SRO_POLICY_MISSING", "POST_MLO_REFRESHER_INFO"],
      severities: { AGENCY_SRO_POLICY_MISSING: "VIOLATION" },
    },
  },
  {
    id: "TRN-AG-02",
    rule: "engine-contract §1 defaults, R-REC-3",
    title: "Minimal request: no policies (agency defaults to null), no options, bare assignment",
    // policies absent → agency null → AGENCY_SRO_POLICY_MISSING; inScope defaults true; A0 = T → DUE_TODAY
    request: {
      kind: "training",
      asOf: "2025-10-06",
      officer: { assignments: [{ district: "D1", role: "REGULAR", start: "2025-10-06" }] },
    },
    expect: {
      statuteStatus: "DUE_TODAY",
      path: "STANDARD",
      flags: ["AGENCY_SRO_POLICY_MISSING", "DUE_TODAY"],
    },
  },
];
