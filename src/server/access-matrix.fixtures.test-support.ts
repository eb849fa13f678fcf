import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Role } from "../policies/actor.ts";
import type { Situation, Subject } from "./access-matrix.expected.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { PASSWORD, type Client, type TestApi } from "./test-app.test-support.ts";

/**
 * The world the access matrix runs in (access-matrix.test.ts): two agencies (A own, B other), two
 * districts (D own, E other) with two schools each; officer OA of A serving school D1 under contract,
 * OB of B serving E1, OA2 of A serving D2 (the SRO_OTHER / SUPERVISOR_NOT_OF officer). OA and OB each
 * have an assignment, a course with a certificate, an employer-unable decision, a policy review and a
 * contact day — the records "concerned" of the oracle's header (access-matrix.expected.ts).
 *
 * Every subject holds its roles in A or D; the OWN situation is a record of OA (or A, D, D1), the
 * OTHER situation the same kind of record of OB (or B, E, E1) — "a role in another organization of
 * the same kind, unrelated to the record". The AUDITOR is assigned A and D.
 *
 * Accounts sign in from addresses of their own: the sign-in route allows ten attempts a minute per
 * address, and the matrix needs more accounts than that.
 */
export const PURPOSE = { "x-purpose": "access-matrix test: who may see what" };

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

type Answer = Awaited<ReturnType<Client["call"]>>;

/** A client of a session (the shape of test-app's), for accounts signed in from their own address. */
function sessionClient(app: FastifyInstance, cookie: string, csrf: string): Client {
  const headersFor = (method: string, extra: Record<string, string>): Record<string, string> => ({
    ...extra,
    cookie: `${SESSION_COOKIE}=${cookie}`,
    ...(method === "GET" ? {} : { "x-csrf-token": csrf }),
  });
  const c: Client = {
    cookie,
    csrf,
    async call(method, url, body, headers = {}) {
      const res = await app.inject({ method: method as "GET", url, headers: headersFor(method, headers), ...(body === undefined ? {} : { payload: body as object }) });
      return { status: res.statusCode, body: res.body === "" ? {} : (JSON.parse(res.body) as Answer["body"]), headers: res.headers };
    },
    inject({ method, url, payload, headers = {} }): Promise<LightMyRequestResponse> {
      return app.inject({ method: method as "GET", url, headers: headersFor(method, headers), ...(payload === undefined ? {} : { payload }) });
    },
    async create(plural, body) {
      const res = await c.call("POST", `/api/v1/${plural}`, body);
      if (res.status !== 201) throw new Error(`creating ${plural} gave ${res.status}: ${JSON.stringify(res.body)}`);
      return String(res.body["id"]);
    },
  };
  return c;
}

type MembershipSpec = { organizationId: string; role: Role; schoolId?: string };

/** An account made by the administrator through the API; signed in when it has a password. */
export async function account(api: TestApi, email: string, spec: { memberships: MembershipSpec[]; officerId?: string; supervises?: string[]; password?: boolean }): Promise<string> {
  const res = await api.call("POST", "/api/v1/users", { email, displayName: email, ...(spec.password === true ? { password: PASSWORD } : {}), officerId: spec.officerId ?? null, memberships: spec.memberships });
  if (res.status !== 201) throw new Error(`creating ${email} gave ${res.status}: ${JSON.stringify(res.body)}`);
  const id = String(res.body["id"]);
  for (const officerId of spec.supervises ?? []) {
    const s = await api.call("PUT", `/api/v1/users/${id}/supervisions`, { officerId, supervises: true });
    if (s.status !== 204) throw new Error(`supervision for ${email} gave ${s.status}`);
  }
  return id;
}

let address = 0;
async function signedIn(api: TestApi, email: string, spec: Parameters<typeof account>[2]): Promise<Client> {
  await account(api, email, { ...spec, password: true });
  address += 1;
  const res = await api.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: PASSWORD }, remoteAddress: `10.44.${Math.floor(address / 250)}.${(address % 250) + 1}` });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} gave ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((k) => k.name === SESSION_COOKIE)?.value;
  if (cookie === undefined) throw new Error(`sign-in as ${email} set no session cookie`);
  return sessionClient(api.app, cookie, (JSON.parse(res.body) as { csrfToken: string }).csrfToken);
}

export type ChildPlural = "assignments" | "courses" | "employer-unable-decisions" | "policy-reviews" | "contact-days";

/** An officer and the records concerned by the officer-bound operations. */
export interface OfficerSide {
  officerId: string;
  postLicense: string;
  firstName: string;
  agencyId: string;
  districtId: string;
  /** The school served under contract (and of the contact day). */
  schoolId: string;
  records: Record<ChildPlural, string> & { certificate: string };
  /** The agency's training coordinator, who keeps the officer's records for the fixture. */
  keeper: Client;
}

export interface World {
  api: TestApi;
  subjects: Record<Subject, Client>;
  officer: Record<Situation, OfficerSide>;
  org: { A: string; B: string; D: string; E: string };
  school: { D1: string; D2: string; E1: string; E2: string };
  /** Names of the organizations and schools (an update sends the name back unchanged). */
  names: Map<string, string>;
  /** An account holding a role in each organization (users.*). */
  userOf: Map<string, string>;
  /** The audit event of each organization's creation (audit.*). */
  auditSeqOf: Map<string, number>;
  /** A number not used before (unique names, licenses, days). */
  next(): number;
}

/** A new child record of the officer, made by its agency's coordinator (for removes). */
export function childBody(plural: ChildPlural, officer: OfficerSide, n: number): Record<string, unknown> {
  const officerId = officer.officerId;
  switch (plural) {
    case "assignments":
      return { officerId, schoolId: officer.schoolId, role: "REGULAR", startOn: "2026-10-01" };
    case "courses":
      // One course per officer, type and date (decision 0017): each new one a day earlier.
      return { officerId, type: "OTHER", completedOn: dayBefore("2026-08-20", n % 1000) };
    case "employer-unable-decisions":
      return { officerId, decidedOn: "2026-09-20", reason: "no seat in an approved course" };
    case "policy-reviews":
      return { officerId, reviewedOn: "2026-09-25" };
    case "contact-days":
      return { officerId, schoolId: officer.schoolId, day: dayBefore("2026-11-29", n % 1000), studentsPresent: true };
  }
}

function dayBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

export async function upload(c: Client, courseId: string): Promise<LightMyRequestResponse> {
  const boundary = "----sroc-matrix";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="courseId"\r\n\r\n${courseId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="certificate.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.inject({ method: "POST", url: "/api/v1/certificates", payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
}

async function officerWithRecords(keeper: Client, n: number, names: { first: string; last: string }, agencyId: string, districtId: string, schoolId: string): Promise<OfficerSide> {
  const postLicense = `MX${n}`;
  const officerId = await keeper.create("officers", { postLicense, firstName: names.first, lastName: names.last, agencyId });
  const side: OfficerSide = { officerId, postLicense, firstName: names.first, agencyId, districtId, schoolId, keeper, records: {} as OfficerSide["records"] };
  for (const plural of ["assignments", "courses", "employer-unable-decisions", "policy-reviews", "contact-days"] as const) side.records[plural] = await keeper.create(plural, childBody(plural, side, 0));
  const up = await upload(keeper, side.records.courses);
  if (up.statusCode !== 201) throw new Error(`certificate upload gave ${up.statusCode}: ${up.body}`);
  side.records.certificate = (JSON.parse(up.body) as { id: string }).id;
  return side;
}

export async function buildWorld(api: TestApi): Promise<World> {
  let counter = 1000;
  const next = () => ++counter;
  const names = new Map<string, string>();
  const org = async (kind: "AGENCY" | "DISTRICT", name: string) => {
    const id = await api.create("organizations", kind === "AGENCY" ? { kind, name, sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" } : { kind, name, sroPolicy: "MSBA" });
    names.set(id, name);
    return id;
  };
  const school = async (organizationId: string, name: string) => {
    const id = await api.create("schools", { organizationId, name });
    names.set(id, name);
    return id;
  };
  const A = await org("AGENCY", "Agency A Police Department");
  const B = await org("AGENCY", "Agency B Sheriff's Office");
  const D = await org("DISTRICT", "District D ISD");
  const E = await org("DISTRICT", "District E ISD");
  const D1 = await school(D, "D1 High School");
  const D2 = await school(D, "D2 Middle School");
  const E1 = await school(E, "E1 High School");
  const E2 = await school(E, "E2 Middle School");

  const keeperA = await signedIn(api, "keeper-a@matrix.example", { memberships: [{ organizationId: A, role: "TRAINING_COORDINATOR" }] });
  const keeperB = await signedIn(api, "keeper-b@matrix.example", { memberships: [{ organizationId: B, role: "TRAINING_COORDINATOR" }] });
  const OA = await officerWithRecords(keeperA, next(), { first: "Ana", last: "Alvarez" }, A, D, D1);
  const OB = await officerWithRecords(keeperB, next(), { first: "Bo", last: "Berg" }, B, E, E1);
  const OA2 = await keeperA.create("officers", { postLicense: `MX${next()}`, firstName: "Cy", lastName: "Carlson", agencyId: A });
  await keeperA.create("assignments", { officerId: OA2, schoolId: D2, role: "REGULAR", startOn: "2026-10-01" });

  const as = (name: string, memberships: MembershipSpec[], extra: { officerId?: string; supervises?: string[] } = {}) => signedIn(api, `${name}@matrix.example`, { memberships, ...extra });
  const subjects: Record<Subject, Client> = {
    PUBLIC: api.anonymous(),
    ADMIN: api,
    CHIEF: await as("chief", [{ organizationId: A, role: "CHIEF" }]),
    TRAINING_COORDINATOR: await as("coordinator", [{ organizationId: A, role: "TRAINING_COORDINATOR" }]),
    SUPERVISOR_OF: await as("supervisor-of", [{ organizationId: A, role: "SUPERVISOR" }], { supervises: [OA.officerId] }),
    SUPERVISOR_NOT_OF: await as("supervisor-not-of", [{ organizationId: A, role: "SUPERVISOR" }], { supervises: [OA2] }),
    SRO_SELF: await as("sro-self", [{ organizationId: A, role: "SRO" }], { officerId: OA.officerId }),
    SRO_OTHER: await as("sro-other", [{ organizationId: A, role: "SRO" }], { officerId: OA2 }),
    SUPERINTENDENT: await as("superintendent", [{ organizationId: D, role: "SUPERINTENDENT" }]),
    SAFETY_COORDINATOR: await as("safety", [{ organizationId: D, role: "SAFETY_COORDINATOR" }]),
    PRINCIPAL_OF: await as("principal-of", [{ organizationId: D, role: "PRINCIPAL", schoolId: D1 }]),
    PRINCIPAL_OTHER: await as("principal-other", [{ organizationId: D, role: "PRINCIPAL", schoolId: D2 }]),
    AUDITOR: await as("auditor", [{ organizationId: A, role: "AUDITOR" }, { organizationId: D, role: "AUDITOR" }]),
  };

  const userOf = new Map<string, string>();
  for (const [label, id, role] of [["a", A, "SUPERVISOR"], ["b", B, "SUPERVISOR"], ["d", D, "SAFETY_COORDINATOR"], ["e", E, "SAFETY_COORDINATOR"]] as const) {
    userOf.set(id, await account(api, `member-${label}@matrix.example`, { memberships: [{ organizationId: id, role }] }));
  }
  const auditSeqOf = new Map<string, number>();
  for (const id of [A, B, D, E]) {
    const res = await api.call("GET", `/api/v1/audit?entity=organizations&entityId=${id}&type=RECORD_CREATED`, undefined, PURPOSE);
    const [event] = res.body["items"] as { seq: number }[];
    if (event === undefined) throw new Error(`no audit event for the creation of ${id}`);
    auditSeqOf.set(id, event.seq);
  }
  return { api, subjects, officer: { OWN: OA, OTHER: OB }, org: { A, B, D, E }, school: { D1, D2, E1, E2 }, names, userOf, auditSeqOf, next };
}

const DISTRICT_SUBJECTS = new Set<Subject>(["SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL_OF", "PRINCIPAL_OTHER"]);

/** What an operation concerns for a subject in a situation (the oracle's header). */
export interface Concerned {
  /** The organization: the subject's own (OWN) or another of the same kind (OTHER). */
  org: string;
  orgKind: "AGENCY" | "DISTRICT";
  /** A school of the subject's district, its agency's officers' or its assigned district's — or an unrelated one. */
  school: string;
  /** The district of `school`. */
  district: string;
  officer: OfficerSide;
}

export function concerned(world: World, subject: Subject, situation: Situation): Concerned {
  const own = situation === "OWN";
  const district = DISTRICT_SUBJECTS.has(subject);
  return {
    org: district ? (own ? world.org.D : world.org.E) : own ? world.org.A : world.org.B,
    orgKind: district ? "DISTRICT" : "AGENCY",
    school: own ? (subject === "PRINCIPAL_OTHER" ? world.school.D2 : world.school.D1) : world.school.E1,
    district: own ? world.org.D : world.org.E,
    officer: world.officer[situation],
  };
}
