/**
 * Requests that must be rejected: {"error": {"code": "INVALID_REQUEST", "path": ...}} (engine-contract.md
 * introduction and §1). Each request below carries exactly one defect, so the path is unambiguous.
 * Paths are JSON Pointers (RFC 6901) as in the contract's example "/officer/courses/0/completedOn";
 * the whole request is the empty pointer "".
 */
import type { LawCase } from "./case.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A valid training request: a clean, trained regular SRO with every optional member present. */
const TRAINING: Json = {
  kind: "training",
  asOf: "2025-10-06",
  policies: { agency: "POST", district: "MSBA", agencyAdoptedOn: "2024-11-19" },
  options: {
    roll645_15: true,
    schoolYearStartMonthDay: "07-01",
    incumbentGrace: false,
    substituteCountScope: "OFFICER",
    clockScope: "OFFICER",
  },
  officer: {
    assignments: [{ district: "D1", role: "REGULAR", start: "2025-10-06", end: null, plannedContactDays: null, inScope: true }],
    courses: [{ type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true }],
    employerUnable: null,
    policyReviewedOn: "2025-10-01",
    certificateOnFile: "2025-09-19",
    contactDays: [{ date: "2025-10-06", district: "D1", school: "S1", studentsPresent: true }],
  },
};

/** A valid incident request: SRO, safety basis, clean force record, exigent arrest. */
const INCIDENT: Json = {
  kind: "incident",
  asOf: "2026-02-10",
  policies: { agency: "POST", district: "MSBA" },
  incident: {
    date: "2026-02-10",
    actor: "SRO",
    basis: { criminal: null, safety: true, schoolRule: null },
    offense: { level: null, statusOffense: false, violent: false, victimRequestedAssistance: false },
    conduct: { authorityUsedForSchoolRule: false, disciplineParticipation: false, citationIssued: false, adminConsulted: false },
    force: {
      type: "escort hold",
      prone: false,
      proneSeconds: null,
      restoredNonProne: null,
      neckPressure: false,
      deadlyForceJustification: null,
      postForceAssessment: true,
      aidRendered: true,
      considerations: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [String(i + 1), "recorded"])),
    },
    student: { educationPlanKnown: false, educationPlanConsidered: null },
    arrest: {
      custodial: true,
      exigency: true,
      avoidable: false,
      location: "NON_COMMUNAL",
      studentsInView: false,
      nonCommunalPracticable: true,
      staffNotified: true,
      notifyPracticable: true,
    },
    alternativesConsidered: true,
    schoolReferralConsidered: true,
    observers: [],
  },
};

/** A valid contract request (no asOf: optional for contracts). */
const CONTRACT: Json = {
  kind: "contract",
  policies: { agency: null, district: "MSBA" },
  contract: {
    duties: [
      { clause: 1, text: "fostering a positive school climate through relationship building and open communication" },
      { clause: 2, text: "protecting students, staff, and visitors to the school grounds from criminal activity" },
      { clause: 3, text: "serving as a liaison from law enforcement to school officials" },
      { clause: 4, text: "providing advice on safety drills" },
      { clause: 5, text: "identifying vulnerabilities in school facilities and safety protocols" },
      { clause: 6, text: "educating and advising students and staff on law enforcement topics" },
      { clause: 7, text: "enforcement of criminal laws" },
    ],
    additionalDuties: [],
    attirePolicy: null,
    districtSelectionRole: null,
    deescalationResources: null,
    publicNotificationProcess: null,
    dataPractices: null,
  },
};

/** The member `key` of an object or array node. */
function child(node: Json, key: string): Json {
  if (Array.isArray(node)) {
    const value = node[Number(key)];
    if (value !== undefined) return value;
  } else if (node !== null && typeof node === "object") {
    const value = node[key];
    if (value !== undefined) return value;
  }
  throw new Error(`no member ${key}`);
}

/**
 * A copy of `base` with the member at JSON Pointer `pointer` set to `value`, or removed when `value` is
 * undefined. Setting index n of an array of length n appends.
 */
function edit(base: Json, pointer: string, value: Json | undefined): Json {
  const root = structuredClone(base);
  const keys = pointer.split("/").slice(1);
  const last = keys.pop() ?? "";
  let node = root;
  for (const key of keys) node = child(node, key);
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (node !== null && typeof node === "object") {
    if (value === undefined) Reflect.deleteProperty(node, last);
    else node[last] = value;
  } else {
    throw new Error(`cannot edit ${pointer}`);
  }
  return root;
}

function invalid(id: string, rule: string, title: string, request: unknown, path: string): LawCase {
  return { id, rule, title, request, expect: { error: { path } } };
}

export const invalidCases: LawCase[] = [
  // ── the request itself and its kind ──
  invalid("INV-01", "engine-contract §1", "Request is a string, not an object", "training", ""),
  invalid("INV-02", "engine-contract §1", "Unknown kind", edit(TRAINING, "/kind", "audit"), "/kind"),
  invalid("INV-03", "engine-contract §1 (required)", "Missing kind", edit(TRAINING, "/kind", undefined), "/kind"),

  // ── required members ──
  invalid("INV-04", "engine-contract §1 (required)", "Training request without asOf", edit(TRAINING, "/asOf", undefined), "/asOf"),
  invalid("INV-05", "engine-contract §1 (required)", "Incident request without asOf", edit(INCIDENT, "/asOf", undefined), "/asOf"),
  invalid("INV-06", "engine-contract §1 (required)", "Training request without officer", edit(TRAINING, "/officer", undefined), "/officer"),
  invalid(
    "INV-07",
    "engine-contract §1 (required)",
    "Officer without assignments",
    edit(TRAINING, "/officer/assignments", undefined),
    "/officer/assignments",
  ),
  invalid("INV-08", "engine-contract §1 (required)", "Incident request without incident", edit(INCIDENT, "/incident", undefined), "/incident"),
  invalid(
    "INV-09",
    "engine-contract §1 (required)",
    "Incident without date",
    edit(INCIDENT, "/incident/date", undefined),
    "/incident/date",
  ),
  invalid(
    "INV-10",
    "engine-contract §1 (required)",
    "Incident without actor",
    edit(INCIDENT, "/incident/actor", undefined),
    "/incident/actor",
  ),
  invalid("INV-11", "engine-contract §1 (required)", "Contract request without contract", edit(CONTRACT, "/contract", undefined), "/contract"),

  // ── dates must be real ISO calendar dates ──
  invalid("INV-12", "engine-contract (dates)", "asOf 2025-02-30 does not exist", edit(TRAINING, "/asOf", "2025-02-30"), "/asOf"),
  invalid(
    "INV-13",
    "engine-contract (dates)",
    "Assignment start in month 13",
    edit(TRAINING, "/officer/assignments/0/start", "2026-13-01"),
    "/officer/assignments/0/start",
  ),
  invalid(
    "INV-14",
    "engine-contract (dates)",
    "Course date not zero-padded (2025-9-1)",
    edit(TRAINING, "/officer/courses/0/completedOn", "2025-9-1"),
    "/officer/courses/0/completedOn",
  ),
  invalid(
    "INV-15",
    "engine-contract §1.1",
    "Assignment ends before it starts",
    edit(TRAINING, "/officer/assignments/1", {
      district: "D2",
      role: "REGULAR",
      start: "2025-11-03",
      end: "2025-11-02",
      plannedContactDays: null,
      inScope: true,
    }),
    "/officer/assignments/1/end",
  ),

  // ── unknown enum values ──
  invalid(
    "INV-16",
    "engine-contract §1.1",
    "Unknown assignment role",
    edit(TRAINING, "/officer/assignments/0/role", "TEMPORARY"),
    "/officer/assignments/0/role",
  ),
  invalid(
    "INV-17",
    "engine-contract §1.1",
    "Unknown course type",
    edit(TRAINING, "/officer/courses/0/type", "FTO"),
    "/officer/courses/0/type",
  ),
  invalid("INV-18", "engine-contract §1.2", "Unknown actor", edit(INCIDENT, "/incident/actor", "PRINCIPAL"), "/incident/actor"),
  invalid("INV-19", "engine-contract §1", "Agency policy 'MSBA' is not an agency policy", edit(TRAINING, "/policies/agency", "MSBA"), "/policies/agency"),
  invalid("INV-20", "engine-contract §1", "Unknown district policy", edit(TRAINING, "/policies/district", "ANOKA"), "/policies/district"),
  invalid("INV-21", "engine-contract §1", "Unknown clockScope", edit(TRAINING, "/options/clockScope", "DISTRICT"), "/options/clockScope"),
  invalid(
    "INV-22",
    "engine-contract §1",
    "Unknown substituteCountScope",
    edit(TRAINING, "/options/substituteCountScope", "SCHOOL"),
    "/options/substituteCountScope",
  ),
  invalid(
    "INV-23",
    "engine-contract §1.2",
    "Unknown arrest location",
    edit(INCIDENT, "/incident/arrest/location", "HALLWAY"),
    "/incident/arrest/location",
  ),

  // ── unknown keys at several depths ──
  invalid("INV-24", "engine-contract (unknown keys)", "Top-level typo 'asof' beside asOf", edit(TRAINING, "/asof", "2025-10-06"), "/asof"),
  invalid(
    "INV-25",
    "engine-contract (unknown keys)",
    "Unknown key in officer",
    edit(TRAINING, "/officer/certificate", "2025-09-19"),
    "/officer/certificate",
  ),
  invalid(
    "INV-26",
    "engine-contract (unknown keys)",
    "Unknown key in a course",
    edit(TRAINING, "/officer/courses/0/approved", true),
    "/officer/courses/0/approved",
  ),
  invalid(
    "INV-27",
    "engine-contract (unknown keys)",
    "Unknown key in policies",
    edit(TRAINING, "/policies/adoptedOn", "2024-11-19"),
    "/policies/adoptedOn",
  ),
  invalid("INV-28", "engine-contract (unknown keys)", "Unknown key in options", edit(TRAINING, "/options/roll", false), "/options/roll"),
  invalid(
    "INV-29",
    "engine-contract §1.2 (considerations 1–14)",
    "Consideration number 15 does not exist",
    edit(INCIDENT, "/incident/force/considerations/15", "extra"),
    "/incident/force/considerations/15",
  ),
  invalid(
    "INV-30",
    "engine-contract (unknown keys)",
    "Unknown key in a contract duty",
    edit(CONTRACT, "/contract/duties/0/clauseNo", 1),
    "/contract/duties/0/clauseNo",
  ),

  // ── employerUnable shape (A16, engine-contract §1.1) ──
  invalid(
    "INV-31",
    "engine-contract §1.1, A16",
    "employerUnable is a string",
    edit(TRAINING, "/officer/employerUnable", "yes"),
    "/officer/employerUnable",
  ),
  invalid(
    "INV-32",
    "engine-contract §1.1, A16",
    "employerUnable array entry is a string",
    edit(TRAINING, "/officer/employerUnable", [{ decidedOn: "2025-08-20", reason: "no seat" }, "2025-09-01"]),
    "/officer/employerUnable/1",
  ),
  invalid(
    "INV-33",
    "A16 (decidedOn present but not a real date)",
    "employerUnable array entry with decidedOn 2025-02-30",
    edit(TRAINING, "/officer/employerUnable", [{ decidedOn: "2025-02-30", reason: "no seat" }]),
    "/officer/employerUnable/0/decidedOn",
  ),
  invalid(
    "INV-34",
    "A16 (decidedOn present but not a real date)",
    "employerUnable object with decidedOn in month 13",
    edit(TRAINING, "/officer/employerUnable", { decidedOn: "2025-13-01", reason: "no seat" }),
    "/officer/employerUnable/decidedOn",
  ),

  // ── contact days (A2) ──
  invalid(
    "INV-35",
    "engine-contract §1.1 (studentsPresent required)",
    "Contact day without studentsPresent",
    edit(TRAINING, "/officer/contactDays/0/studentsPresent", undefined),
    "/officer/contactDays/0/studentsPresent",
  ),
  invalid(
    "INV-36",
    "engine-contract §1.1 (studentsPresent boolean)",
    "Contact day with studentsPresent \"yes\"",
    edit(TRAINING, "/officer/contactDays/1", { date: "2025-10-07", district: "D1", school: "S1", studentsPresent: "yes" }),
    "/officer/contactDays/1/studentsPresent",
  ),

  // ── policies.agencyAdoptedOn (A19) ──
  invalid(
    "INV-37",
    "engine-contract §1 (agencyAdoptedOn)",
    "agencyAdoptedOn 2024-11-31 does not exist",
    edit(INCIDENT, "/policies/agencyAdoptedOn", "2024-11-31"),
    "/policies/agencyAdoptedOn",
  ),
];
