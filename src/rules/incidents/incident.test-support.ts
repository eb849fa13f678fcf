import { isoDay } from "../calendar/day.ts";
import type { Context } from "../context.ts";
import type { FlagCode, RaisedFlag } from "../flags.ts";
import { DEFAULT_READINGS, LAW_2024 } from "../versions.ts";
import type { ArrestFacts, ForceFacts, IncidentFacts } from "./facts.ts";

/** Test builders: every default is the quiet case, so a test states only what matters to it. */

export const day = isoDay;

export function context(over: { asOf?: string; agency?: "POST" | null; district?: "MSBA" | "EDINA" | null; agencyAdoptedOn?: string | null } = {}): Context {
  return {
    asOf: day(over.asOf ?? "2026-03-02"),
    law: LAW_2024,
    readings: DEFAULT_READINGS,
    policies: {
      agency: over.agency === undefined ? "POST" : over.agency,
      district: over.district === undefined ? "MSBA" : over.district,
      agencyAdoptedOn: over.agencyAdoptedOn === undefined || over.agencyAdoptedOn === null ? null : day(over.agencyAdoptedOn),
    },
  };
}

/** Every one of the fourteen POST IV.E.3 considerations recorded. */
export function allConsiderations(): Map<number, string | null> {
  const m = new Map<number, string | null>();
  for (let n = 1; n <= 14; n += 1) m.set(n, `consideration ${n}`);
  return m;
}

/** A use of force with a complete record and nothing amiss. */
export function force(over: Partial<ForceFacts> = {}): ForceFacts {
  return {
    type: "escort hold",
    prone: false,
    proneSeconds: null,
    restoredNonProne: null,
    neckPressure: false,
    deadlyForceJustification: null,
    postForceAssessment: true,
    aidRendered: true,
    considerations: allConsiderations(),
    ...over,
  };
}

/** A prone restraint with its full record, restored promptly. */
export function proneForce(over: Partial<ForceFacts> = {}): ForceFacts {
  return force({ type: "prone control", prone: true, proneSeconds: 30, restoredNonProne: true, ...over });
}

/** A custodial arrest where every POST IV.F step was taken or was not practicable. */
export function arrest(over: Partial<ArrestFacts> = {}): ArrestFacts {
  return {
    custodial: true,
    exigency: false,
    avoidable: false,
    location: "NON_COMMUNAL",
    studentsInView: false,
    nonCommunalPracticable: false,
    staffNotified: true,
    notifyPracticable: true,
    ...over,
  };
}

type IncidentOverrides = Partial<Omit<IncidentFacts, "date" | "basis" | "offense" | "conduct" | "student">> & {
  date?: string;
  basis?: Partial<IncidentFacts["basis"]>;
  offense?: Partial<IncidentFacts["offense"]>;
  conduct?: Partial<IncidentFacts["conduct"]>;
  student?: Partial<IncidentFacts["student"]>;
};

/** An SRO incident on 2026-02-10 with no basis, no force, no arrest and no observers. */
export function incident(over: IncidentOverrides = {}): IncidentFacts {
  const { date, basis, offense, conduct, student, ...rest } = over;
  return {
    date: day(date ?? "2026-02-10"),
    actor: "SRO",
    basis: { criminal: null, safety: false, schoolRule: null, ...basis },
    offense: { level: null, statusOffense: false, violent: false, victimRequestedAssistance: false, ...offense },
    conduct: { authorityUsedForSchoolRule: false, disciplineParticipation: false, citationIssued: false, adminConsulted: false, ...conduct },
    force: null,
    student: { educationPlanKnown: false, educationPlanConsidered: null, ...student },
    arrest: null,
    alternativesConsidered: false,
    schoolReferralConsidered: false,
    observers: [],
    ...rest,
  };
}

export function codes(result: { flags: readonly RaisedFlag[] }): FlagCode[] {
  return result.flags.map((f) => f.code);
}

export function flag(result: { flags: readonly RaisedFlag[] }, code: FlagCode): RaisedFlag | undefined {
  return result.flags.find((f) => f.code === code);
}
