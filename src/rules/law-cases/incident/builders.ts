/**
 * Law cases for `kind: "incident"` (626.8482 subd. 2(c), 609.06, 121A.58, POST IV.E–F; law.md §7,
 * §12 A18/A19/A22, §13, §14.2).
 *
 * Date boundaries used (law.md §7 introduction, A19):
 *   2023-07-31 / 2023-08-01 — 121A.58 (2023 amendment, assumed start): staff rule R-PRN-3, SRO R-PRN-2;
 *   2024-03-14 / 2024-03-15 — Laws 2024 ch. 78: 626.8482 subd. 2(c) (R-UOF-1/2), SRO prone rule R-PRN-1;
 *   policies.agencyAdoptedOn — the POST-policy rules apply from the agency's adoption date.
 *
 * Unless a row says otherwise the facts are clean: agency "POST" (no adoption date = always in force),
 * district "MSBA", all fourteen POST IV.E.3 considerations recorded, post-force assessment and aid
 * recorded as given, and no alternatives/referral advisory triggered.
 */


export type Actor = "SRO" | "SUBSTITUTE_SRO" | "OTHER_OFFICER" | "SCHOOL_STAFF";

export interface Policies {
  agency: "POST" | null;
  district: "MSBA" | "EDINA" | null;
  agencyAdoptedOn?: string | null;
}

export const POST_MSBA: Policies = { agency: "POST", district: "MSBA" };
export const NO_AGENCY_MSBA: Policies = { agency: null, district: "MSBA" };
export const POST_EDINA: Policies = { agency: "POST", district: "EDINA" };

/** All fourteen POST IV.E.3 considerations, recorded. */
export const ALL_CONSIDERATIONS: Record<string, string> = {
  "1": "Immediate threat of injury to students and staff nearby.",
  "2": "Student actively striking / resisting as perceived at the time.",
  "3": "High-school-age student, similar size to the officer.",
  "4": "Able to understand commands; no education plan known; no sign of drugs or alcohol.",
  "5": "No weapons within reach.",
  "6": "Student not yet restrained when force began.",
  "7": "Verbal de-escalation attempted first; no other feasible option.",
  "8": "Immediate intervention needed; no time for more de-escalation.",
  "9": "Officer trained in de-escalation and control holds.",
  "10": "Student attempting to continue the attack.",
  "11": "Low risk of escape.",
  "12": "Force ended once the threat ended.",
  "13": "No prior contacts.",
  "14": "None.",
};

/** A clean, non-prone use of force; override fields as needed. */
export function force(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "standing escort hold",
    prone: false,
    proneSeconds: null,
    restoredNonProne: null,
    neckPressure: false,
    deadlyForceJustification: null,
    postForceAssessment: true,
    aidRendered: true,
    considerations: ALL_CONSIDERATIONS,
    ...overrides,
  };
}

/** A clean, brief prone restraint with every R-PRN-1 field recorded; override fields as needed. */
export function prone(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return force({ type: "prone control for handcuffing", prone: true, proneSeconds: 30, restoredNonProne: true, ...overrides });
}

/** A custodial arrest; override fields as needed. */
export function arrest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    custodial: true,
    exigency: false,
    avoidable: false,
    location: "NON_COMMUNAL",
    studentsInView: false,
    nonCommunalPracticable: false,
    staffNotified: true,
    notifyPracticable: true,
    ...overrides,
  };
}

export interface IncidentParts {
  basis?: Record<string, unknown>;
  offense?: Record<string, unknown>;
  conduct?: Record<string, unknown>;
  force?: Record<string, unknown> | null;
  student?: Record<string, unknown>;
  arrest?: Record<string, unknown> | null;
  alternativesConsidered?: boolean;
  schoolReferralConsidered?: boolean;
  observers?: Record<string, unknown>[];
}

/** A full incident request; nested objects are merged over clean defaults. */
export function incident(date: string, actor: Actor, parts: IncidentParts = {}, policies: Policies = POST_MSBA): unknown {
  return {
    kind: "incident",
    asOf: date,
    policies,
    incident: {
      date,
      actor,
      basis: { criminal: null, safety: false, schoolRule: null, ...parts.basis },
      offense: { level: null, statusOffense: false, violent: false, victimRequestedAssistance: false, ...parts.offense },
      conduct: {
        authorityUsedForSchoolRule: false,
        disciplineParticipation: false,
        citationIssued: false,
        adminConsulted: false,
        ...parts.conduct,
      },
      force: parts.force === undefined ? null : parts.force,
      student: { educationPlanKnown: false, educationPlanConsidered: null, ...parts.student },
      arrest: parts.arrest === undefined ? null : parts.arrest,
      alternativesConsidered: parts.alternativesConsidered ?? false,
      schoolReferralConsidered: parts.schoolReferralConsidered ?? false,
      observers: parts.observers ?? [],
    },
  };
}

export const SCHOOL_RULE_ONLY = { criminal: null, safety: false, schoolRule: "classroom phone rule" };
export const CRIMINAL_AND_RULE = { criminal: "assault", safety: true, schoolRule: "fighting" };
export const SAFETY_ONLY = { criminal: null, safety: true, schoolRule: null };
export const CONSIDERED = { alternativesConsidered: true, schoolReferralConsidered: true };
