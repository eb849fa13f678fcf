import type { LawCase } from "../case.ts";
import { NO_AGENCY_MSBA, ALL_CONSIDERATIONS, force, arrest, incident, SAFETY_ONLY, CONSIDERED } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── Custodial arrest (R-ARR-1..3, POST F.2–F.3) ─────────────────────────────
  {
    id: "INC-ARR-01",
    rule: "R-ARR-1, R-ARR-2, R-ARR-3, R-ALT-1",
    title: "Avoidable custodial arrest in a crowded cafeteria, staff not told",
    request: incident("2026-04-15", "SRO", {
      basis: { criminal: "theft (earlier, off campus)", safety: false, schoolRule: null },
      arrest: arrest({
        avoidable: true,
        location: "COMMUNAL",
        studentsInView: true,
        nonCommunalPracticable: true,
        staffNotified: false,
        notifyPracticable: true,
      }),
    }),
    expect: {
      flags: ["CUSTODIAL_ARREST_AVOIDABLE", "ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED", "CONSIDER_ALTERNATIVES"],
      severities: {
        CUSTODIAL_ARREST_AVOIDABLE: "ADVISORY",
        ARREST_COMMUNAL_AREA: "ADVISORY",
        SCHOOL_STAFF_NOT_NOTIFIED: "ADVISORY",
      },
      absentFlags: ["CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT"],
    },
  },
  {
    id: "INC-ARR-02",
    rule: "R-ARR-2",
    title: "Exigent arrest in a communal area where a private room was practicable",
    request: incident("2026-04-15", "SRO", {
      basis: { criminal: "weapon possession", safety: true, schoolRule: null },
      arrest: arrest({ exigency: true, avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true }),
      ...CONSIDERED,
    }),
    expect: {
      flags: ["CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT", "ARREST_COMMUNAL_AREA"],
      severities: { CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT: "INFO" },
      absentFlags: ["CUSTODIAL_ARREST_AVOIDABLE", "SCHOOL_STAFF_NOT_NOTIFIED"],
    },
  },
  {
    id: "INC-ARR-03",
    rule: "R-ARR-2, R-ARR-3, A22",
    title: "Exigent arrest in a private office; notifying staff was not practicable",
    request: incident("2026-04-15", "SRO", {
      basis: { criminal: "weapon possession", safety: true, schoolRule: null },
      arrest: arrest({ exigency: true, location: "NON_COMMUNAL", staffNotified: false, notifyPracticable: false }),
      ...CONSIDERED,
    }),
    expect: {
      flags: ["CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT"],
      absentFlags: ["ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED", "CUSTODIAL_ARREST_AVOIDABLE"],
    },
  },
  {
    id: "INC-ARR-04",
    rule: "R-ARR-1..3, A22",
    title: "Unavoidable arrest, communal area but no private room practicable, staff notified",
    request: incident("2026-04-15", "SRO", {
      basis: { criminal: "assault", safety: false, schoolRule: null },
      arrest: arrest({ avoidable: false, location: "COMMUNAL", nonCommunalPracticable: false, staffNotified: true }),
      ...CONSIDERED,
    }),
    expect: {
      flags: [],
      absentFlags: [
        "CUSTODIAL_ARREST_AVOIDABLE",
        "ARREST_COMMUNAL_AREA",
        "SCHOOL_STAFF_NOT_NOTIFIED",
        "CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT",
      ],
    },
  },
  {
    id: "INC-ARR-05",
    rule: "R-ARR (§7.4: POST only), A24",
    title: "Same cafeteria arrest under an MSBA-only configuration: no arrest advisories",
    request: incident(
      "2026-04-15",
      "SRO",
      {
        basis: { criminal: "theft (earlier, off campus)", safety: false, schoolRule: null },
        arrest: arrest({ avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true, staffNotified: false }),
      },
      NO_AGENCY_MSBA,
    ),
    expect: {
      flags: [],
      absentFlags: ["CUSTODIAL_ARREST_AVOIDABLE", "ARREST_COMMUNAL_AREA", "SCHOOL_STAFF_NOT_NOTIFIED", "CONSIDER_ALTERNATIVES"],
    },
  },
  {
    id: "INC-ARR-06",
    rule: "R-ARR, R-DEF-8",
    title: "Non-custodial contact (no physical restraint and detention): no arrest advisories",
    request: incident("2026-04-15", "SRO", {
      basis: { criminal: "theft", safety: false, schoolRule: null },
      arrest: arrest({ custodial: false, avoidable: true, location: "COMMUNAL", nonCommunalPracticable: true, staffNotified: false }),
      ...CONSIDERED,
    }),
    expect: {
      absentFlags: [
        "CUSTODIAL_ARREST_AVOIDABLE",
        "ARREST_COMMUNAL_AREA",
        "SCHOOL_STAFF_NOT_NOTIFIED",
        "CUSTODIAL_ARREST_IN_SCHOOL_EXIGENT",
      ],
    },
  },

  // ───────────────────────────── Force documentation and care (R-UOF-4, R-UOF-5) ─────────────────────────────
  {
    id: "INC-FD-01",
    rule: "R-UOF-5",
    title: "Force report missing consideration 14 (exigent circumstances)",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force({ considerations: Object.fromEntries(Object.entries(ALL_CONSIDERATIONS).filter(([k]) => k !== "14")) }),
    }),
    expect: { flags: ["FORCE_FACTORS_INCOMPLETE"], severities: { FORCE_FACTORS_INCOMPLETE: "REVIEW" } },
  },
  {
    id: "INC-FD-02",
    rule: "R-UOF-5",
    title: "Force report with consideration 3 left blank",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force({ considerations: { ...ALL_CONSIDERATIONS, "3": "   " } }),
    }),
    expect: { flags: ["FORCE_FACTORS_INCOMPLETE"] },
  },
  {
    id: "INC-FD-03",
    rule: "R-UOF-5",
    title: "Education plan known but not considered",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force(),
      student: { educationPlanKnown: true, educationPlanConsidered: false },
    }),
    expect: {
      flags: ["DISABILITY_CONSIDERATION_MISSING"],
      severities: { DISABILITY_CONSIDERATION_MISSING: "ADVISORY" },
      absentFlags: ["FORCE_FACTORS_INCOMPLETE"],
    },
  },
  {
    id: "INC-FD-04",
    rule: "R-UOF-4, POST E.2.ii",
    title: "No assessment of the student after force",
    request: incident("2026-03-04", "SRO", { basis: SAFETY_ONLY, force: force({ postForceAssessment: false }) }),
    expect: { flags: ["POST_FORCE_CARE_MISSING"], severities: { POST_FORCE_CARE_MISSING: "POLICY_VIOLATION" } },
  },
  {
    id: "INC-FD-05",
    rule: "R-UOF-4",
    title: "Aid recorded as not rendered after force",
    request: incident("2026-03-04", "SRO", { basis: SAFETY_ONLY, force: force({ aidRendered: false }) }),
    expect: { flags: ["POST_FORCE_CARE_MISSING"] },
  },
  {
    id: "INC-FD-06",
    rule: "R-UOF-4, §13",
    title: "Post-force assessment and aid not recorded (null): a missing value raises nothing",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force({ postForceAssessment: null, aidRendered: null }),
    }),
    expect: { flags: [], absentFlags: ["POST_FORCE_CARE_MISSING"] },
  },
  {
    id: "INC-FD-07",
    rule: "R-UOF-4, R-UOF-5, A24",
    title: "MSBA-only agency: blank considerations and no assessment raise no POST-policy flags",
    request: incident(
      "2026-03-04",
      "SRO",
      {
        basis: SAFETY_ONLY,
        force: force({ considerations: {}, postForceAssessment: false }),
        student: { educationPlanKnown: true, educationPlanConsidered: false },
      },
      NO_AGENCY_MSBA,
    ),
    expect: {
      flags: [],
      absentFlags: ["FORCE_FACTORS_INCOMPLETE", "POST_FORCE_CARE_MISSING", "DISABILITY_CONSIDERATION_MISSING"],
    },
  },
  {
    id: "INC-AD-01",
    rule: "A19 (agencyAdoptedOn), §13",
    title: "POST policy adopted 2024-11-19; incident 2024-11-18: POST-policy rules not applied",
    request: incident(
      "2024-11-18",
      "SRO",
      {
        basis: { criminal: "assault", safety: true, schoolRule: null },
        force: force({ considerations: {}, postForceAssessment: false }),
      },
      { agency: "POST", district: "MSBA", agencyAdoptedOn: "2024-11-19" },
    ),
    expect: {
      flags: [],
      absentFlags: ["FORCE_FACTORS_INCOMPLETE", "POST_FORCE_CARE_MISSING", "CONSIDER_ALTERNATIVES", "PRE_STATUTE_INCIDENT"],
    },
  },
  {
    id: "INC-AD-02",
    rule: "A19 (agencyAdoptedOn), R-UOF-4, R-UOF-5, R-ALT-1",
    title: "Same facts on the adoption date 2024-11-19: POST-policy rules apply",
    request: incident(
      "2024-11-19",
      "SRO",
      {
        basis: { criminal: "assault", safety: true, schoolRule: null },
        force: force({ considerations: {}, postForceAssessment: false }),
      },
      { agency: "POST", district: "MSBA", agencyAdoptedOn: "2024-11-19" },
    ),
    expect: {
      flags: ["FORCE_FACTORS_INCOMPLETE", "POST_FORCE_CARE_MISSING", "CONSIDER_ALTERNATIVES"],
      severities: { POST_FORCE_CARE_MISSING: "POLICY_VIOLATION" },
    },
  },
  {
    id: "INC-AD-03",
    rule: "A19, engine-contract §1 (agencyAdoptedOn null = always)",
    title: "Adoption date null: the POST policy is treated as always in force",
    request: incident(
      "2024-11-18",
      "SRO",
      {
        basis: { criminal: "assault", safety: true, schoolRule: null },
        force: force({ considerations: {}, postForceAssessment: false }),
      },
      { agency: "POST", district: "MSBA", agencyAdoptedOn: null },
    ),
    expect: { flags: ["FORCE_FACTORS_INCOMPLETE", "POST_FORCE_CARE_MISSING", "CONSIDER_ALTERNATIVES"] },
  },
];
