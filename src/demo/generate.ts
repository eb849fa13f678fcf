import type { OfficerRecords } from "../status/records.ts";
import { day, schoolDaysBefore, schoolDaysOf, schoolYearOf } from "./calendar.ts";
import { OfficerBuilder, organizationId, schoolId, type DemoData } from "./data.ts";
import { ORGANIZATIONS, SCHOOLS } from "./organizations.ts";
import { demoPeople } from "./people.ts";
import { Random, seedOf } from "./random.ts";
import { SCENARIOS } from "./scenarios.ts";

/**
 * `generateDemo(today)`: the demo dataset as of `today` — the same organizations, schools and
 * people every day, their dates placed relative to `today` so each situation of scenarios.ts exists
 * whatever day it is loaded. Pure and deterministic: the same `today` gives the same rows, ids and
 * certificate bytes.
 */
export const EARLIEST_DEMO_DAY = "2025-10-01";

export interface GenerateOptions {
  /** Who the certificates are recorded as uploaded by. */
  uploadedBy?: string;
}

export function generateDemo(today: string, options: GenerateOptions = {}): DemoData {
  const t = day(today);
  if (today < EARLIEST_DEMO_DAY) {
    throw new RangeError(`the demo needs a month of the 2025-09-01 mandate behind it: today must be ${EARLIEST_DEMO_DAY} or later, not ${today}`);
  }
  const data: DemoData = {
    today,
    organizations: ORGANIZATIONS.map((o) => ({ id: organizationId(o.key), kind: o.kind, name: o.name, sroPolicy: o.sroPolicy, policyVersion: o.policyVersion, policyAdoptedOn: o.policyAdoptedOn })),
    schools: SCHOOLS.map((s) => ({ id: schoolId(s.key), organizationId: organizationId(s.owner), name: s.name })),
    officers: [],
    assignments: [],
    courses: [],
    certificates: [],
    decisions: [],
    reviews: [],
    contactDays: [],
    situations: [],
  };
  const before = schoolDaysBefore(t);
  const previousYear = schoolDaysOf(schoolYearOf(t) - 1);
  const people = demoPeople(SCENARIOS.length);
  SCENARIOS.forEach((scenario, i) => {
    const person = people[i];
    if (person === undefined) throw new Error("demo: fewer people than scenarios");
    const officer = new OfficerBuilder(data, person, scenario.agency, t, options.uploadedBy ?? "sroc demo");
    const expected = scenario.build(officer, { today: t, rnd: new Random(seedOf(`officer ${i}`)), before, previousYear });
    data.situations.push({ officerId: officer.id, name: `${person.lastName}, ${person.firstName}`, agency: scenario.agency, key: scenario.key, situation: scenario.situation, expected });
  });
  return data;
}

/**
 * The dataset as the status layer reads an officer's records (what store/officer-records.ts loads
 * after the rows are inserted), so the engine can be asked about the demo without a database.
 */
export function demoOfficerRecords(data: DemoData): OfficerRecords[] {
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const schoolOwner = new Map(data.schools.map((s) => [s.id, s.organizationId]));
  const certified = new Set(data.certificates.map((c) => c.courseId));
  const byStart = <T extends { startOn: string }>(a: T, b: T) => a.startOn.localeCompare(b.startOn);
  return data.officers.map((o) => {
    const agency = orgs.get(o.agencyId);
    const districtOf = (school: string): string => schoolOwner.get(school) ?? "";
    return {
      officerId: o.id,
      name: `${o.lastName}, ${o.firstName}`,
      agencyId: o.agencyId,
      agencyPolicy: agency?.sroPolicy ?? null,
      agencyPolicyAdoptedOn: agency?.policyAdoptedOn ?? null,
      assignments: data.assignments
        .filter((a) => a.officerId === o.id)
        .sort(byStart)
        .map((a) => ({
          id: a.id,
          schoolId: a.schoolId,
          districtId: districtOf(a.schoolId),
          districtPolicy: orgs.get(districtOf(a.schoolId))?.sroPolicy ?? null,
          role: a.role,
          startOn: a.startOn,
          endOn: a.endOn ?? null,
          plannedContactDays: a.plannedContactDays ?? null,
          underContract: a.underContract ?? true,
          instructionalDay: a.instructionalDay ?? true,
        })),
      courses: data.courses
        .filter((c) => c.officerId === o.id)
        .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
        .map((c) => ({ id: c.id, type: c.type, completedOn: c.completedOn, postApproved: c.postApproved ?? false, hasCertificate: certified.has(c.id) })),
      decisions: data.decisions.filter((d) => d.officerId === o.id).map((d) => ({ decidedOn: d.decidedOn, reason: d.reason })),
      reviews: data.reviews.filter((r) => r.officerId === o.id).map((r) => ({ organizationId: r.organizationId, reviewedOn: r.reviewedOn })),
      contactDays: data.contactDays
        .filter((c) => c.officerId === o.id)
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((c) => ({ day: c.day, schoolId: c.schoolId, districtId: districtOf(c.schoolId), studentsPresent: c.studentsPresent })),
    };
  });
}

