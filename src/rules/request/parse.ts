import { parseIsoDate, type Day } from "../calendar/day.ts";
import { parseMonthDay } from "../calendar/school-year.ts";
import type { Context } from "../context.ts";
import type { ContractFacts } from "../contracts/facts.ts";
import type { ForceFacts, IncidentFacts } from "../incidents/facts.ts";
import type { CourseFact, EmployerUnableFact, OfficerFacts } from "../training/facts.ts";
import { DEFAULT_READINGS, LAW_VERSIONS, LAW_2024, lawInForce, type LawVersion, type Readings } from "../versions.ts";
import type { ContractRequestJson, IncidentRequestJson, OptionsJson, PoliciesJson, TrainingRequestJson } from "./schema.ts";
import { invalid, type RequestError } from "./validate.ts";

/**
 * From a request the schema accepted to the facts the rules read: dates become day numbers, absent
 * fields take the contract's defaults (null, empty, false), blank texts become null, and the checks a
 * schema cannot express (an assignment ending before it starts, a month-day that does not exist) are
 * made here with the same kind of error.
 */
export class ParseError extends Error {
  constructor(readonly error: RequestError) {
    super(error.message);
  }
}

/** A date the schema already checked; a failure here is a bug between the schema and the calendar. */
function day(s: string, path: string): Day {
  const d = parseIsoDate(s);
  if (d === null) throw new ParseError(invalid(path, "must be a real calendar date written YYYY-MM-DD"));
  return d;
}

function optionalDay(s: string | null | undefined, path: string): Day | null {
  return s === null || s === undefined ? null : day(s, path);
}

function text(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return t === "" ? null : t;
}

function latestLaw(): LawVersion {
  return LAW_VERSIONS[LAW_VERSIONS.length - 1] ?? LAW_2024;
}

function readings(options: OptionsJson | undefined): Readings {
  if (options === undefined) return DEFAULT_READINGS;
  let schoolYearStart = DEFAULT_READINGS.schoolYearStart;
  if (options.schoolYearStartMonthDay !== undefined) {
    const md = parseMonthDay(options.schoolYearStartMonthDay);
    if (md === null) throw new ParseError(invalid("/options/schoolYearStartMonthDay", "must be a month and day that exists every year, written MM-DD (e.g. 07-01)"));
    schoolYearStart = md;
  }
  return {
    roll645_15: options.roll645_15 ?? DEFAULT_READINGS.roll645_15,
    schoolYearStart,
    incumbentGrace: options.incumbentGrace ?? DEFAULT_READINGS.incumbentGrace,
    substituteCountScope: options.substituteCountScope ?? DEFAULT_READINGS.substituteCountScope,
    clockScope: options.clockScope ?? DEFAULT_READINGS.clockScope,
  };
}

function context(asOf: Day, policies: PoliciesJson | undefined, options: OptionsJson | undefined): Context {
  return {
    asOf,
    law: lawInForce(asOf),
    readings: readings(options),
    policies: {
      agency: policies?.agency ?? null,
      district: policies?.district ?? null,
      agencyAdoptedOn: optionalDay(policies?.agencyAdoptedOn, "/policies/agencyAdoptedOn"),
    },
  };
}

export function parseTraining(req: TrainingRequestJson): { ctx: Context; officer: OfficerFacts } {
  const ctx = context(day(req.asOf, "/asOf"), req.policies, req.options);
  const o = req.officer;
  const assignments = o.assignments.map((a, i) => {
    const start = day(a.start, `/officer/assignments/${i}/start`);
    const end = optionalDay(a.end, `/officer/assignments/${i}/end`);
    if (end !== null && end < start) throw new ParseError(invalid(`/officer/assignments/${i}/end`, "must not be before the assignment's start"));
    return { district: a.district ?? null, role: a.role, start, end, plannedContactDays: a.plannedContactDays ?? null, inScope: a.inScope ?? true };
  });
  const courses: CourseFact[] = (o.courses ?? []).map((c, i) => ({
    type: c.type,
    completedOn: day(c.completedOn, `/officer/courses/${i}/completedOn`),
    postApproved: c.postApproved ?? false,
  }));
  courses.sort((a, b) => a.completedOn - b.completedOn);
  const rawDecisions = o.employerUnable === null || o.employerUnable === undefined ? [] : Array.isArray(o.employerUnable) ? o.employerUnable : [o.employerUnable];
  const decisions: EmployerUnableFact[] = rawDecisions.map((d, i) => {
    const path = Array.isArray(o.employerUnable) ? `/officer/employerUnable/${i}/decidedOn` : "/officer/employerUnable/decidedOn";
    const decidedOn = optionalDay(d.decidedOn, path);
    return { index: i, decidedOn, documented: decidedOn !== null && text(d.reason) !== null };
  });
  const contactDays = (o.contactDays ?? []).map((c, i) => ({
    date: day(c.date, `/officer/contactDays/${i}/date`),
    district: c.district ?? null,
    studentsPresent: c.studentsPresent,
  }));
  contactDays.sort((a, b) => a.date - b.date);
  return {
    ctx,
    officer: {
      assignments,
      courses,
      decisions,
      policyReviewedOn: optionalDay(o.policyReviewedOn, "/officer/policyReviewedOn"),
      certificateOnFile: optionalDay(o.certificateOnFile, "/officer/certificateOnFile"),
      contactDays,
    },
  };
}

export function parseIncident(req: IncidentRequestJson): { ctx: Context; incident: IncidentFacts } {
  const ctx = context(day(req.asOf, "/asOf"), req.policies, req.options);
  const i = req.incident;
  const date = day(i.date, "/incident/date");
  let force: ForceFacts | null = null;
  if (i.force !== null && i.force !== undefined) {
    const f = i.force;
    const considerations = new Map<number, string | null>();
    for (let n = 1; n <= 14; n += 1) considerations.set(n, text(f.considerations?.[String(n) as keyof typeof f.considerations]));
    force = {
      type: text(f.type),
      prone: f.prone ?? false,
      proneSeconds: f.proneSeconds ?? null,
      restoredNonProne: f.restoredNonProne ?? null,
      neckPressure: f.neckPressure ?? false,
      deadlyForceJustification: text(f.deadlyForceJustification),
      postForceAssessment: f.postForceAssessment ?? null,
      aidRendered: f.aidRendered ?? null,
      considerations,
    };
  }
  const a = i.arrest;
  return {
    // The incident's own date selects the law that governs it (A19).
    ctx: { ...ctx, law: lawInForce(date) },
    incident: {
      date,
      actor: i.actor,
      basis: { criminal: text(i.basis?.criminal), safety: i.basis?.safety ?? false, schoolRule: text(i.basis?.schoolRule) },
      offense: {
        level: i.offense?.level ?? null,
        statusOffense: i.offense?.statusOffense ?? false,
        violent: i.offense?.violent ?? false,
        victimRequestedAssistance: i.offense?.victimRequestedAssistance ?? false,
      },
      conduct: {
        authorityUsedForSchoolRule: i.conduct?.authorityUsedForSchoolRule ?? false,
        disciplineParticipation: i.conduct?.disciplineParticipation ?? false,
        citationIssued: i.conduct?.citationIssued ?? false,
        adminConsulted: i.conduct?.adminConsulted ?? false,
      },
      force,
      student: { educationPlanKnown: i.student?.educationPlanKnown ?? false, educationPlanConsidered: i.student?.educationPlanConsidered ?? null },
      arrest:
        a === null || a === undefined
          ? null
          : {
              custodial: a.custodial ?? false,
              exigency: a.exigency ?? false,
              avoidable: a.avoidable ?? false,
              location: a.location ?? null,
              studentsInView: a.studentsInView ?? false,
              nonCommunalPracticable: a.nonCommunalPracticable ?? false,
              staffNotified: a.staffNotified ?? false,
              notifyPracticable: a.notifyPracticable ?? false,
            },
      alternativesConsidered: i.alternativesConsidered ?? false,
      schoolReferralConsidered: i.schoolReferralConsidered ?? false,
      observers: (i.observers ?? []).map((o) => ({
        role: o.role,
        observedExcessiveForce: o.observedExcessiveForce ?? false,
        intervened: o.intervened ?? false,
        reported: o.reported ?? false,
      })),
    },
  };
}

/**
 * A contract needs no as-of date; without one it is checked against the latest law version (never
 * against "today": the engine is pure, the same request always gets the same answer).
 */
export function parseContract(req: ContractRequestJson): { ctx: Context; contract: ContractFacts } {
  const ctx = context(req.asOf === undefined ? latestLaw().inForceFrom : day(req.asOf, "/asOf"), req.policies, req.options);
  const c = req.contract;
  const nonBlank = (list: readonly string[] | undefined): string[] => (list ?? []).map((s) => s.trim()).filter((s) => s !== "");
  return {
    ctx,
    contract: {
      duties: (c.duties ?? []).map((d) => ({ clause: d.clause, text: text(d.text) })),
      additionalDuties: (c.additionalDuties ?? []).map((d) => ({ text: text(d.text), enforcesSchoolDiscipline: d.enforcesSchoolDiscipline ?? false })),
      attirePolicy: text(c.attirePolicy),
      districtSelectionRole: text(c.districtSelectionRole),
      deescalationResources: text(c.deescalationResources),
      publicNotificationProcess: text(c.publicNotificationProcess),
      dataPractices:
        c.dataPractices === null || c.dataPractices === undefined
          ? null
          : {
              recordsSharedWithAgency: nonBlank(c.dataPractices.recordsSharedWithAgency),
              recordsSharedWithSro: nonBlank(c.dataPractices.recordsSharedWithSro),
              purposes: nonBlank(c.dataPractices.purposes),
            },
    },
  };
}
