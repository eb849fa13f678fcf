import type { Day } from "../calendar/day.ts";

/**
 * An incident as the incident rules read it (engine-contract.md §1.2), every absent field given its
 * default: booleans false, nullable fields null, lists empty. `text` fields are trimmed; a blank text
 * is null.
 */
export type IncidentActor = "SRO" | "SUBSTITUTE_SRO" | "OTHER_OFFICER" | "SCHOOL_STAFF";
export type OffenseLevel = "PETTY_MISDEMEANOR" | "MISDEMEANOR" | "GROSS_MISDEMEANOR" | "FELONY";

export interface IncidentFacts {
  date: Day;
  actor: IncidentActor;
  basis: { criminal: string | null; safety: boolean; schoolRule: string | null };
  offense: { level: OffenseLevel | null; statusOffense: boolean; violent: boolean; victimRequestedAssistance: boolean };
  conduct: { authorityUsedForSchoolRule: boolean; disciplineParticipation: boolean; citationIssued: boolean; adminConsulted: boolean };
  force: ForceFacts | null;
  student: { educationPlanKnown: boolean; educationPlanConsidered: boolean | null };
  arrest: ArrestFacts | null;
  alternativesConsidered: boolean;
  schoolReferralConsidered: boolean;
  observers: readonly ObserverFacts[];
}

export interface ForceFacts {
  type: string | null;
  prone: boolean;
  proneSeconds: number | null;
  restoredNonProne: boolean | null;
  neckPressure: boolean;
  deadlyForceJustification: string | null;
  postForceAssessment: boolean | null;
  aidRendered: boolean | null;
  /** The fourteen POST IV.E.3 considerations by number (1..14); a missing or blank one is null. */
  considerations: ReadonlyMap<number, string | null>;
}

export interface ArrestFacts {
  custodial: boolean;
  exigency: boolean;
  avoidable: boolean;
  location: "COMMUNAL" | "NON_COMMUNAL" | null;
  studentsInView: boolean;
  nonCommunalPracticable: boolean;
  staffNotified: boolean;
  notifyPracticable: boolean;
}

export interface ObserverFacts {
  role: "SRO" | "OTHER_OFFICER";
  observedExcessiveForce: boolean;
  intervened: boolean;
  reported: boolean;
}
