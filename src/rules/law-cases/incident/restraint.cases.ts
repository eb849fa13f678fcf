import type { LawCase } from "../case.ts";
import { NO_AGENCY_MSBA, force, prone, incident, SAFETY_ONLY, CONSIDERED } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── Prone restraint by an SRO (R-PRN-1, R-PRN-2, R-UOF-4/5) ─────────────────────────────
  {
    id: "INC-PR-01",
    rule: "R-PRN-1, A19",
    title: "Brief SRO prone restraint in 2026, fully recorded and restored: review only",
    request: incident("2026-01-22", "SRO", { basis: SAFETY_ONLY, force: prone({ proneSeconds: 40 }) }),
    expect: {
      flags: ["PRONE_RESTRAINT_REVIEW", "LAW_TEXT_SECONDARY"],
      severities: { PRONE_RESTRAINT_REVIEW: "REVIEW", LAW_TEXT_SECONDARY: "INFO" },
      absentFlags: [
        "FORCE_RECORD_INCOMPLETE",
        "PRONE_NOT_RESTORED_ASAP",
        "FORCE_REASONABLENESS_REVIEW",
        "HISTORIC_121A58_SRO_COVERED",
        "SCHOOL_STAFF_PRONE_121A58",
      ],
    },
  },
  {
    id: "INC-PR-02",
    rule: "R-UOF-4, R-UOF-5, R-PRN-1",
    title: "SRO keeps a compliant student prone until transport arrives (POST policy)",
    request: incident("2026-02-03", "SRO", {
      basis: SAFETY_ONLY,
      force: prone({ proneSeconds: 180, restoredNonProne: false }),
    }),
    expect: {
      flags: ["PRONE_NOT_RESTORED_ASAP", "FORCE_REASONABLENESS_REVIEW", "PRONE_RESTRAINT_REVIEW"],
      severities: { PRONE_NOT_RESTORED_ASAP: "POLICY_VIOLATION", FORCE_REASONABLENESS_REVIEW: "REVIEW" },
    },
  },
  {
    id: "INC-PR-03",
    rule: "R-UOF-5 (609.06 binds every officer), A24",
    title: "Same prone restraint under an MSBA-only agency: reasonableness review, no policy violation",
    request: incident(
      "2026-02-03",
      "SRO",
      { basis: SAFETY_ONLY, force: prone({ proneSeconds: 180, restoredNonProne: false }) },
      NO_AGENCY_MSBA,
    ),
    expect: {
      flags: ["FORCE_REASONABLENESS_REVIEW", "PRONE_RESTRAINT_REVIEW"],
      absentFlags: ["PRONE_NOT_RESTORED_ASAP"],
    },
  },
  {
    id: "INC-PR-04",
    rule: "R-PRN-1",
    title: "SRO prone restraint with the duration not recorded",
    request: incident("2026-02-03", "SRO", { basis: SAFETY_ONLY, force: prone({ proneSeconds: null }) }),
    expect: { flags: ["FORCE_RECORD_INCOMPLETE", "PRONE_RESTRAINT_REVIEW"], severities: { FORCE_RECORD_INCOMPLETE: "REVIEW" } },
  },
  {
    id: "INC-PR-05",
    rule: "R-PRN-1, R-UOF-4",
    title: "SRO prone restraint with restoration not recorded: incomplete record, not a care violation",
    request: incident("2026-02-03", "SRO", { basis: SAFETY_ONLY, force: prone({ restoredNonProne: null }) }),
    expect: {
      flags: ["FORCE_RECORD_INCOMPLETE"],
      absentFlags: ["PRONE_NOT_RESTORED_ASAP", "FORCE_REASONABLENESS_REVIEW"],
    },
  },
  {
    id: "INC-PR-06",
    rule: "R-PRN-1 ('null or absent')",
    title: "SRO prone restraint with the aidRendered field absent",
    request: incident("2026-02-03", "SRO", {
      basis: SAFETY_ONLY,
      force: Object.fromEntries(Object.entries(prone()).filter(([key]) => key !== "aidRendered")),
    }),
    expect: { flags: ["FORCE_RECORD_INCOMPLETE"], absentFlags: ["POST_FORCE_CARE_MISSING"] },
  },
  {
    id: "INC-PR-07",
    rule: "A19, §13 PRE_STATUTE_INCIDENT",
    title: "SRO prone restraint on 2023-07-31: before the 2023 amendment (assumed 2023-08-01)",
    request: incident("2023-07-31", "SRO", { basis: SAFETY_ONLY, force: prone() }),
    expect: {
      flags: ["PRE_STATUTE_INCIDENT"],
      absentFlags: ["HISTORIC_121A58_SRO_COVERED", "LAW_TEXT_SECONDARY", "PRONE_RESTRAINT_REVIEW"],
    },
  },
  {
    id: "INC-PR-08",
    rule: "R-PRN-2, A19",
    title: "SRO prone restraint on 2023-08-01: SROs were then covered by 121A.58",
    request: incident("2023-08-01", "SRO", { basis: SAFETY_ONLY, force: prone() }),
    expect: {
      flags: ["HISTORIC_121A58_SRO_COVERED", "LAW_TEXT_SECONDARY", "PRE_STATUTE_INCIDENT"],
      severities: { HISTORIC_121A58_SRO_COVERED: "REVIEW" },
      absentFlags: ["PRONE_RESTRAINT_REVIEW", "SCHOOL_STAFF_PRONE_121A58"],
    },
  },
  {
    id: "INC-PR-09",
    rule: "R-PRN-2, A19",
    title: "SRO prone restraint on 2024-03-14: last day SROs were covered by 121A.58",
    request: incident("2024-03-14", "SRO", { basis: SAFETY_ONLY, force: prone() }),
    expect: {
      flags: ["HISTORIC_121A58_SRO_COVERED", "LAW_TEXT_SECONDARY", "PRE_STATUTE_INCIDENT"],
      absentFlags: ["PRONE_RESTRAINT_REVIEW"],
    },
  },
  {
    id: "INC-PR-10",
    rule: "R-PRN-1, A19",
    title: "SRO prone restraint on 2024-03-15: the 2024 exemption applies",
    request: incident("2024-03-15", "SRO", { basis: SAFETY_ONLY, force: prone() }),
    expect: {
      flags: ["PRONE_RESTRAINT_REVIEW", "LAW_TEXT_SECONDARY"],
      absentFlags: ["HISTORIC_121A58_SRO_COVERED", "PRE_STATUTE_INCIDENT"],
    },
  },

  // ───────────────────────────── School staff (R-PRN-3, 121A.582) ─────────────────────────────
  {
    id: "INC-ST-01",
    rule: "R-PRN-3, A19",
    title: "School staff prone restraint on 2023-08-01: prohibited by 121A.58 subd. 2a",
    request: incident("2023-08-01", "SCHOOL_STAFF", { basis: SAFETY_ONLY, force: prone() }),
    expect: {
      flags: ["SCHOOL_STAFF_PRONE_121A58"],
      severities: { SCHOOL_STAFF_PRONE_121A58: "VIOLATION" },
      absentFlags: ["PRE_STATUTE_INCIDENT", "HISTORIC_121A58_SRO_COVERED"],
    },
  },
  {
    id: "INC-ST-02",
    rule: "R-PRN-3, A19",
    title: "School staff prone restraint on 2023-07-31: before the assumed start, review only",
    request: incident("2023-07-31", "SCHOOL_STAFF", { basis: SAFETY_ONLY, force: prone() }),
    expect: { flags: ["PRE_STATUTE_INCIDENT"], absentFlags: ["SCHOOL_STAFF_PRONE_121A58"] },
  },
  {
    id: "INC-ST-03",
    rule: "R-PRN-3, R-PRN-1 (SRO only)",
    title: "School staff prone restraint in 2026, not restored: staff violation, no SRO prone flags",
    request: incident("2026-02-03", "SCHOOL_STAFF", {
      basis: SAFETY_ONLY,
      force: prone({ restoredNonProne: false }),
    }),
    expect: {
      flags: ["SCHOOL_STAFF_PRONE_121A58"],
      absentFlags: [
        "PRONE_RESTRAINT_REVIEW",
        "LAW_TEXT_SECONDARY",
        "FORCE_REASONABLENESS_REVIEW",
        "PRONE_NOT_RESTORED_ASAP",
      ],
    },
  },
  {
    id: "INC-ST-04",
    rule: "R-PRN-3, A19",
    title: "School staff prone restraint on 2024-03-15: the 2024 SRO exemption does not reach staff",
    request: incident("2024-03-15", "SCHOOL_STAFF", { basis: SAFETY_ONLY, force: prone() }),
    expect: { flags: ["SCHOOL_STAFF_PRONE_121A58"], absentFlags: ["PRONE_RESTRAINT_REVIEW"] },
  },
  {
    id: "INC-ST-05",
    rule: "R-PRN-3, R-UOF-6 (peace officers only)",
    title: "School staff hold with pressure on the neck: staff violation, not the 609.06 chokehold flag",
    request: incident("2026-02-03", "SCHOOL_STAFF", {
      basis: SAFETY_ONLY,
      force: force({ type: "arm across the upper chest and neck", neckPressure: true }),
    }),
    expect: { flags: ["SCHOOL_STAFF_PRONE_121A58"], absentFlags: ["CHOKEHOLD_609_06_3"] },
  },
  {
    id: "INC-ST-06",
    rule: "R-PRN-3 (121A.582 reporting)",
    title: "School staff standing hold on a student with a known education plan: district reporting",
    request: incident("2026-02-03", "SCHOOL_STAFF", {
      basis: SAFETY_ONLY,
      force: force(),
      student: { educationPlanKnown: true, educationPlanConsidered: true },
    }),
    expect: {
      flags: ["DISTRICT_HOLD_REPORTING"],
      severities: { DISTRICT_HOLD_REPORTING: "INFO" },
      absentFlags: ["SCHOOL_STAFF_PRONE_121A58"],
    },
  },

  // ───────────────────────────── Chokeholds and deadly force (R-UOF-6, R-PRN-4) ─────────────────────────────
  {
    id: "INC-CH-01",
    rule: "R-UOF-6, 609.06 subd. 3",
    title: "SRO uses a neck restraint with no deadly-force justification",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force({ type: "rear neck restraint", neckPressure: true }),
    }),
    expect: {
      flags: ["CHOKEHOLD_609_06_3"],
      severities: { CHOKEHOLD_609_06_3: "VIOLATION" },
      absentFlags: ["DEADLY_FORCE_REVIEW"],
    },
  },
  {
    id: "INC-CH-02",
    rule: "R-UOF-6, 609.066",
    title: "SRO neck restraint with a recorded deadly-force justification: REVIEW",
    request: incident("2026-03-04", "SRO", {
      basis: { criminal: "assault with a knife", safety: true, schoolRule: null },
      force: force({
        type: "rear neck restraint",
        neckPressure: true,
        deadlyForceJustification: "Student stabbing another student; no other means to stop the attack.",
      }),
      ...CONSIDERED,
    }),
    expect: {
      flags: ["CHOKEHOLD_609_06_3", "DEADLY_FORCE_REVIEW"],
      severities: { CHOKEHOLD_609_06_3: "REVIEW", DEADLY_FORCE_REVIEW: "REVIEW" },
    },
  },
  {
    id: "INC-CH-03",
    rule: "R-UOF-6",
    title: "A non-SRO officer's chokehold in a school is flagged too (peace officer)",
    request: incident("2026-03-04", "OTHER_OFFICER", {
      basis: SAFETY_ONLY,
      force: force({ type: "neck restraint", neckPressure: true }),
    }),
    expect: { flags: ["CHOKEHOLD_609_06_3"], severities: { CHOKEHOLD_609_06_3: "VIOLATION" } },
  },
  {
    id: "INC-CH-04",
    rule: "R-UOF-6, engine-contract §1.2 (force.type not interpreted)",
    title: "Free text says 'chokehold' but neckPressure is false: no flag",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: force({ type: "chokehold attempted, arm slipped to shoulder", neckPressure: false }),
    }),
    expect: { flags: [], absentFlags: ["CHOKEHOLD_609_06_3"] },
  },
  {
    id: "INC-CH-05",
    rule: "R-UOF-6",
    title: "Deadly-force justification recorded without neck pressure: deadly-force review only",
    request: incident("2026-03-04", "SRO", {
      basis: { criminal: "armed robbery", safety: true, schoolRule: null },
      force: force({ type: "firearm drawn and pointed", deadlyForceJustification: "Suspect armed with a handgun." }),
      ...CONSIDERED,
    }),
    expect: { flags: ["DEADLY_FORCE_REVIEW"], absentFlags: ["CHOKEHOLD_609_06_3"] },
  },
  {
    id: "INC-CH-06",
    rule: "§14.2 DEADLY_FORCE_REVIEW (non-blank)",
    title: "A blank deadly-force justification does not trigger the deadly-force review",
    request: incident("2026-03-04", "SRO", { basis: SAFETY_ONLY, force: force({ deadlyForceJustification: "   " }) }),
    expect: { flags: [], absentFlags: ["DEADLY_FORCE_REVIEW"] },
  },
  {
    id: "INC-CH-07",
    rule: "R-PRN-4, R-UOF-6, R-PRN-1",
    title: "SRO prone restraint with a knee on the neck: chokehold violation plus prone review",
    request: incident("2026-03-04", "SRO", {
      basis: SAFETY_ONLY,
      force: prone({ type: "prone restraint, knee across the neck", neckPressure: true }),
    }),
    expect: {
      flags: ["CHOKEHOLD_609_06_3", "PRONE_RESTRAINT_REVIEW"],
      severities: { CHOKEHOLD_609_06_3: "VIOLATION" },
    },
  },

  // ───────────────────────────── Duty to intercede and report (R-UOF-7) ─────────────────────────────
  {
    id: "INC-OB-01",
    rule: "R-UOF-7, 626.8475",
    title: "SRO watches another officer's excessive force and neither intercedes nor reports",
    request: incident("2026-03-18", "OTHER_OFFICER", {
      force: force({ type: "strike to a handcuffed, compliant student", postForceAssessment: null, aidRendered: null, considerations: {} }),
      observers: [{ role: "SRO", observedExcessiveForce: true, intervened: false, reported: false }],
    }),
    expect: {
      flags: ["DUTY_TO_INTERCEDE", "DUTY_TO_REPORT"],
      severities: { DUTY_TO_INTERCEDE: "REVIEW", DUTY_TO_REPORT: "REVIEW" },
    },
  },
  {
    id: "INC-OB-02",
    rule: "R-UOF-7",
    title: "Observer intervened but did not report",
    request: incident("2026-03-18", "OTHER_OFFICER", {
      force: force({ type: "strike", considerations: {} }),
      observers: [{ role: "SRO", observedExcessiveForce: true, intervened: true, reported: false }],
    }),
    expect: { flags: ["DUTY_TO_REPORT"], absentFlags: ["DUTY_TO_INTERCEDE"] },
  },
  {
    id: "INC-OB-03",
    rule: "R-UOF-7",
    title: "Observer reported but did not intervene (intervened absent, i.e. not true)",
    request: incident("2026-03-18", "OTHER_OFFICER", {
      force: force({ type: "strike", considerations: {} }),
      observers: [{ role: "OTHER_OFFICER", observedExcessiveForce: true, reported: true }],
    }),
    expect: { flags: ["DUTY_TO_INTERCEDE"], absentFlags: ["DUTY_TO_REPORT"] },
  },
];
