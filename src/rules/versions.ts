import { formatIsoDate, isoDay, type Day } from "./calendar/day.ts";
import { JULY_FIRST, type MonthDay } from "./calendar/school-year.ts";

/**
 * The dated versions of the law the engine applies. Every answer names its version (`lawVersion`).
 * An amendment is a new entry with the date it takes effect — never an edit of an existing entry — so
 * that an answer about an earlier date keeps applying the law of that date. The rules read their
 * dates and thresholds from the version, never from literals.
 *
 * Reading A25 (law.md §12): no 2025 or 2026 amendment of § 626.8482 was found; the 2024 text as
 * retrieved is the only version. Re-check the Revisor's page for later session laws before release.
 */
export interface LawVersion {
  /** The name printed in every answer. */
  id: string;
  /** First day on which this version governs. */
  inForceFrom: Day;
  /** What is not yet verified about this text (law.md §12 A25), shown to every user on the Settings page. */
  notVerified: readonly string[];

  /** Subd. 3(a): "beginning September 1, 2025". */
  trainingMandateStart: Day;
  /** Subd. 3(b): a legacy course completed "prior to September 1, 2025" (A11: on or before Aug 31). */
  legacyCourseLastDay: Day;
  /** Subd. 3(b): "before June 1, 2027" (A8: no roll; A9: not June 30). */
  legacyDeadline: Day;
  /** The POST Board web page's "by June 30, 2027" (A9): the last day of the conflict window. */
  postWebLegacyDate: Day;
  /** Subd. 3(c): "within six months of assuming the duties". */
  graceMonths: number;
  /** Subd. 3(d): "fewer than 60 student contact days within a school year". */
  substituteThreshold: number;
  /** Subd. 2(a) clauses the subd. 3(c) and 3(d) relief covers: "clause (4) or (5)". */
  relievedClauses: readonly number[];
  /** POST IV.G.5: "a refresher course at a minimum of once every three years". */
  refresherYears: number;

  /** Laws 2024, ch. 78 in force: subd. 2(c) and the SRO prone-restraint regime (A19). */
  schoolRuleLimitFrom: Day;
  /** § 121A.58 subd. 2a (2023 amendment) for district staff, assumed in force (A19). */
  staffRestraintBanFrom: Day;
}

export const LAW_2024: LawVersion = {
  id: "626.8482 (2024 text)",
  inForceFrom: isoDay("2024-03-15"),
  notVerified: [
    "No 2025 or 2026 amendment of § 626.8482 was found (A25); the 2024 text as retrieved is applied. Re-check the Revisor's page for later session laws before relying on a status.",
    "Subd. 3(d) (substitutes) and the certificate provision are read through the POST, MSBA and Edina policies; their statutory text was not retrieved verbatim.",
    "The enacted text of Laws 2024, ch. 78 (SROs and prone restraint) was not retrieved; its effective date of 2024-03-15 comes from secondary sources (A19).",
  ],
  trainingMandateStart: isoDay("2025-09-01"),
  legacyCourseLastDay: isoDay("2025-08-31"),
  legacyDeadline: isoDay("2027-05-31"),
  postWebLegacyDate: isoDay("2027-06-30"),
  graceMonths: 6,
  substituteThreshold: 60,
  relievedClauses: [4, 5],
  refresherYears: 3,
  schoolRuleLimitFrom: isoDay("2024-03-15"),
  staffRestraintBanFrom: isoDay("2023-08-01"),
};

/** Oldest first. Add an amendment as a new entry at the end. */
export const LAW_VERSIONS: readonly LawVersion[] = [LAW_2024];

/**
 * The version governing a date: the latest one in force on it. Dates before the first version are
 * answered under the first (the engine then reports PRE_MANDATE or PRE_STATUTE_INCIDENT as the rules
 * say), because no earlier text is encoded.
 */
export function lawInForce(on: Day): LawVersion {
  let chosen = LAW_VERSIONS[0] ?? LAW_2024;
  for (const v of LAW_VERSIONS) if (v.inForceFrom <= on) chosen = v;
  return chosen;
}

/** The versions as the API and the Settings page show them: dates written out, and the one applied on `today` (YYYY-MM-DD). */
export function describeLawVersions(today: string): { applied: string; versions: { id: string; inForceFrom: string; notVerified: string[] }[] } {
  return {
    applied: lawInForce(isoDay(today)).id,
    versions: LAW_VERSIONS.map((v) => ({ id: v.id, inForceFrom: formatIsoDate(v.inForceFrom), notVerified: [...v.notVerified] })),
  };
}

/**
 * The readings of law.md §12 that counsel may change per request (`options` in the contract), with
 * their defaults.
 */
export interface Readings {
  /** A7: roll the six-month deadline past weekends and legal holidays (§ 645.15). */
  roll645_15: boolean;
  /** A1: the first day of the school year for the substitute count. */
  schoolYearStart: MonthDay;
  /** A5: give a documented employer-unable incumbent six months from September 1, 2025. */
  incumbentGrace: boolean;
  /** A2: count substitute contact days across the officer's districts, or per district. */
  substituteCountScope: "OFFICER" | "DISTRICT";
  /** A15: one training clock per officer, or a new one with each assignment. */
  clockScope: "OFFICER" | "ASSIGNMENT";
}

export const DEFAULT_READINGS: Readings = {
  roll645_15: true,
  schoolYearStart: JULY_FIRST,
  incumbentGrace: false,
  substituteCountScope: "OFFICER",
  clockScope: "OFFICER",
};

/** What the Settings page and `sroc` show about each configurable reading. */
export const READING_OPTIONS = [
  { option: "roll645_15", reading: "A7", default: true, explanation: "Roll the six-month deadline of subd. 3(c) forward past a Saturday, Sunday or legal holiday (Minn. Stat. § 645.15)." },
  { option: "schoolYearStartMonthDay", reading: "A1", default: "07-01", explanation: "The first day (MM-DD) of the school year in which a substitute's 60 student contact days are counted." },
  { option: "incumbentGrace", reading: "A5", default: false, explanation: "Give an SRO who served before September 1, 2025, with a documented employer-unable decision, six months from September 1, 2025." },
  { option: "substituteCountScope", reading: "A2", default: "OFFICER", explanation: "Count a substitute's contact days across all districts (OFFICER) or separately per district (DISTRICT)." },
  { option: "clockScope", reading: "A15", default: "OFFICER", explanation: "One training clock per officer from the first assumption of duties (OFFICER), or a new clock with each assignment (ASSIGNMENT)." },
] as const;
