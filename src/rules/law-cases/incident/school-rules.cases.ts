import type { LawCase } from "../case.ts";
import { NO_AGENCY_MSBA, POST_EDINA, force, incident, SCHOOL_RULE_ONLY, CRIMINAL_AND_RULE, CONSIDERED } from "./builders.ts";

export const cases: LawCase[] = [
  // ───────────────────────────── School-rule limit (R-UOF-1, R-UOF-3, A18) ─────────────────────────────
  {
    id: "INC-SR-01",
    rule: "R-UOF-1, 626.8482 subd. 2(c)",
    title: "Force used solely to enforce a classroom phone rule",
    // SRO force, school-rule basis only, 2026-02-10 ≥ 2024-03-15
    request: incident("2026-02-10", "SRO", { basis: SCHOOL_RULE_ONLY, force: force({ type: "wrist-lock control" }) }),
    expect: {
      flags: ["SCHOOL_RULE_FORCE"],
      severities: { SCHOOL_RULE_FORCE: "VIOLATION" },
      absentFlags: ["FORCE_BASIS_MISSING", "FORCE_FACTORS_INCOMPLETE", "CONSIDER_ALTERNATIVES", "PRE_STATUTE_INCIDENT"],
    },
  },
  {
    id: "INC-SR-02",
    rule: "R-UOF-3, A18, R-ALT-1",
    title: "Force to stop an assault that also breaks a school rule: not 'solely', referral advisories",
    // criminal + safety + school rule → no SCHOOL_RULE_FORCE; POST: criminal & school rule → referral; criminal → alternatives
    request: incident("2026-03-04", "SRO", {
      basis: CRIMINAL_AND_RULE,
      offense: { level: "MISDEMEANOR", violent: true },
      force: force({ type: "physical separation and standing hold (15 s)" }),
    }),
    expect: {
      flags: ["CONSIDER_SCHOOL_REFERRAL", "CONSIDER_ALTERNATIVES"],
      severities: { CONSIDER_SCHOOL_REFERRAL: "ADVISORY", CONSIDER_ALTERNATIVES: "ADVISORY" },
      absentFlags: ["SCHOOL_RULE_FORCE"],
    },
  },
  {
    id: "INC-SR-03",
    rule: "R-UOF-3, A18",
    title: "Force with a safety basis and a school rule but no crime: not 'solely', no referral advisory",
    // safety basis → R-UOF-1 not raised; no criminal basis/offense/citation/arrest → no R-ALT-1 advisories
    request: incident("2026-03-04", "SRO", {
      basis: { criminal: null, safety: true, schoolRule: "leaving class" },
      force: force(),
    }),
    expect: {
      flags: [],
      absentFlags: ["SCHOOL_RULE_FORCE", "CONSIDER_SCHOOL_REFERRAL", "CONSIDER_ALTERNATIVES", "FORCE_BASIS_MISSING"],
    },
  },
  {
    id: "INC-SR-04",
    rule: "R-UOF-1",
    title: "Authority of office used solely for a dress-code rule (no force)",
    request: incident("2026-02-10", "SRO", {
      basis: { criminal: null, safety: false, schoolRule: "dress code" },
      conduct: { authorityUsedForSchoolRule: true },
    }),
    expect: {
      flags: ["SCHOOL_RULE_AUTHORITY"],
      severities: { SCHOOL_RULE_AUTHORITY: "VIOLATION" },
      absentFlags: ["SCHOOL_RULE_FORCE"],
    },
  },
  {
    id: "INC-SR-05",
    rule: "R-UOF-1, A18",
    title: "Authority used where a school rule and a crime (theft) are both recorded: not 'solely'",
    request: incident("2026-02-10", "SRO", {
      basis: { criminal: "theft", safety: false, schoolRule: "locker rule" },
      conduct: { authorityUsedForSchoolRule: true },
      ...CONSIDERED,
    }),
    expect: { flags: [], absentFlags: ["SCHOOL_RULE_AUTHORITY"] },
  },
  {
    id: "INC-SR-06",
    rule: "R-UOF-1",
    title: "A substitute SRO is an SRO for the school-rule limit",
    request: incident("2026-02-10", "SUBSTITUTE_SRO", { basis: SCHOOL_RULE_ONLY, force: force() }),
    expect: { flags: ["SCHOOL_RULE_FORCE"] },
  },
  {
    id: "INC-SR-07",
    rule: "R-UOF-1 (SRO only), §13",
    title: "A non-SRO officer's force for a school rule is outside 626.8482 subd. 2(c)",
    request: incident("2026-02-10", "OTHER_OFFICER", { basis: SCHOOL_RULE_ONLY, force: force() }),
    expect: { flags: [], absentFlags: ["SCHOOL_RULE_FORCE", "FORCE_BASIS_MISSING"] },
  },
  {
    id: "INC-FB-01",
    rule: "R-UOF-3, §13 FORCE_BASIS_MISSING",
    title: "SRO force with no basis of any kind recorded",
    request: incident("2026-02-10", "SRO", { force: force() }),
    expect: {
      flags: ["FORCE_BASIS_MISSING"],
      severities: { FORCE_BASIS_MISSING: "REVIEW" },
      absentFlags: ["SCHOOL_RULE_FORCE"],
    },
  },

  // ───────────────────────────── Discipline participation (R-UOF-2, A18) ─────────────────────────────
  {
    id: "INC-DP-01",
    rule: "R-UOF-2",
    title: "SRO carries out a detention for a school-rule violation",
    request: incident("2026-02-10", "SRO", {
      basis: { criminal: null, safety: false, schoolRule: "tardiness" },
      conduct: { disciplineParticipation: true },
    }),
    expect: { flags: ["DISCIPLINE_PARTICIPATION"], severities: { DISCIPLINE_PARTICIPATION: "VIOLATION" } },
  },
  {
    id: "INC-DP-02",
    rule: "R-UOF-2, A18",
    title: "Discipline participation with a criminal basis also recorded: REVIEW, not VIOLATION",
    request: incident("2026-02-10", "SRO", {
      basis: { criminal: "vandalism", safety: false, schoolRule: "property damage" },
      conduct: { disciplineParticipation: true },
      ...CONSIDERED,
    }),
    expect: { flags: ["DISCIPLINE_PARTICIPATION"], severities: { DISCIPLINE_PARTICIPATION: "REVIEW" } },
  },
  {
    id: "INC-DP-03",
    rule: "R-UOF-2, A18",
    title: "Discipline participation with a safety basis also recorded: REVIEW",
    request: incident("2026-02-10", "SRO", {
      basis: { criminal: null, safety: true, schoolRule: "fighting" },
      conduct: { disciplineParticipation: true },
    }),
    expect: { flags: ["DISCIPLINE_PARTICIPATION"], severities: { DISCIPLINE_PARTICIPATION: "REVIEW" } },
  },

  // ───────────────────────────── 2024-03-15 boundary (A19) ─────────────────────────────
  {
    id: "INC-DATE-01",
    rule: "A19, §13 PRE_STATUTE_INCIDENT",
    title: "School-rule force on 2024-03-14: before Laws 2024 ch. 78, flagged for review only",
    request: incident("2024-03-14", "SRO", { basis: SCHOOL_RULE_ONLY, force: force() }),
    expect: {
      flags: ["PRE_STATUTE_INCIDENT"],
      severities: { PRE_STATUTE_INCIDENT: "REVIEW" },
      absentFlags: ["SCHOOL_RULE_FORCE"],
    },
  },
  {
    id: "INC-DATE-02",
    rule: "R-UOF-1, A19",
    title: "School-rule force on 2024-03-15: the statute applies",
    request: incident("2024-03-15", "SRO", { basis: SCHOOL_RULE_ONLY, force: force() }),
    expect: { flags: ["SCHOOL_RULE_FORCE"], absentFlags: ["PRE_STATUTE_INCIDENT"] },
  },

  // ───────────────────────────── Alternatives to criminal referral (R-ALT-1) ─────────────────────────────
  {
    id: "INC-ALT-01",
    rule: "R-ALT-1",
    title: "Criminal basis, no alternatives considered (no school rule): alternatives advisory only",
    request: incident("2026-04-15", "SRO", { basis: { criminal: "theft", safety: false, schoolRule: null } }),
    expect: {
      flags: ["CONSIDER_ALTERNATIVES"],
      absentFlags: ["CONSIDER_SCHOOL_REFERRAL"],
    },
  },
  {
    id: "INC-ALT-02",
    rule: "R-ALT-1",
    title: "A citation alone triggers the alternatives advisory",
    request: incident("2026-04-15", "SRO", { conduct: { citationIssued: true } }),
    expect: { flags: ["CONSIDER_ALTERNATIVES"] },
  },
  {
    id: "INC-ALT-03",
    rule: "R-ALT-1",
    title: "A recorded offense alone triggers the alternatives advisory",
    request: incident("2026-04-15", "SRO", { offense: { level: "MISDEMEANOR" } }),
    expect: { flags: ["CONSIDER_ALTERNATIVES"] },
  },
  {
    id: "INC-ALT-04",
    rule: "R-ALT-1, A24",
    title: "MSBA-only agency (no POST policy): no alternatives or referral advisories",
    request: incident("2026-04-15", "SRO", { basis: CRIMINAL_AND_RULE, force: null }, NO_AGENCY_MSBA),
    expect: { flags: [], absentFlags: ["CONSIDER_ALTERNATIVES", "CONSIDER_SCHOOL_REFERRAL"] },
  },

  // ───────────────────────────── Edina IV.A.7 collaboration (R-ALT-2) ─────────────────────────────
  {
    id: "INC-ED-01",
    rule: "R-ALT-2",
    title: "Edina: non-violent misdemeanor status offense handled without consulting administrators",
    request: incident(
      "2026-04-15",
      "SRO",
      { offense: { level: "MISDEMEANOR", statusOffense: true }, ...CONSIDERED },
      POST_EDINA,
    ),
    expect: { flags: ["EDINA_COLLABORATE_ADMIN"], severities: { EDINA_COLLABORATE_ADMIN: "ADVISORY" } },
  },
  {
    id: "INC-ED-02",
    rule: "R-ALT-2",
    title: "Edina: administrators consulted — no advisory",
    request: incident(
      "2026-04-15",
      "SRO",
      { offense: { level: "MISDEMEANOR", statusOffense: true }, conduct: { adminConsulted: true }, ...CONSIDERED },
      POST_EDINA,
    ),
    expect: { flags: [], absentFlags: ["EDINA_COLLABORATE_ADMIN"] },
  },
  {
    id: "INC-ED-03",
    rule: "R-ALT-2",
    title: "Edina: violent offense — no advisory",
    request: incident(
      "2026-04-15",
      "SRO",
      { offense: { level: "MISDEMEANOR", statusOffense: true, violent: true }, ...CONSIDERED },
      POST_EDINA,
    ),
    expect: { absentFlags: ["EDINA_COLLABORATE_ADMIN"] },
  },
  {
    id: "INC-ED-04",
    rule: "R-ALT-2",
    title: "Edina: the victim's parent requested police assistance — no advisory",
    request: incident(
      "2026-04-15",
      "SRO",
      { offense: { level: "MISDEMEANOR", statusOffense: true, victimRequestedAssistance: true }, ...CONSIDERED },
      POST_EDINA,
    ),
    expect: { absentFlags: ["EDINA_COLLABORATE_ADMIN"] },
  },
  {
    id: "INC-ED-05",
    rule: "R-ALT-2",
    title: "Edina: gross misdemeanor — outside the petty-misdemeanor/misdemeanor clause",
    request: incident(
      "2026-04-15",
      "SRO",
      { offense: { level: "GROSS_MISDEMEANOR", statusOffense: true }, ...CONSIDERED },
      POST_EDINA,
    ),
    expect: { absentFlags: ["EDINA_COLLABORATE_ADMIN"] },
  },
  {
    id: "INC-ED-06",
    rule: "R-ALT-2",
    title: "Same facts as INC-ED-01 in an MSBA district: no Edina advisory",
    request: incident("2026-04-15", "SRO", { offense: { level: "MISDEMEANOR", statusOffense: true }, ...CONSIDERED }),
    expect: { flags: [], absentFlags: ["EDINA_COLLABORATE_ADMIN"] },
  },
];
