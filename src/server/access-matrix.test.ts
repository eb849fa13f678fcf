import { describe, expect, it } from "vitest";
import { EXPECTED, PUBLIC_REFUSAL, type Operation, type Situation, type Subject } from "./access-matrix.expected.ts";
import { account, buildWorld, childBody, concerned, PURPOSE, upload, type ChildPlural, type Concerned, type World } from "./access-matrix.fixtures.test-support.ts";
import { backends, withApi, type Client } from "./test-app.test-support.ts";

/**
 * Issue 4's access-control matrix: every route of the OpenAPI document × every subject of the
 * hand-written oracle (access-matrix.expected.ts) × OWN / OTHER organization, each a real HTTP call
 * whose outcome is held against the oracle — never against the policy files. The world is in
 * access-matrix.fixtures.test-support.ts.
 *
 * How an outcome is read (the oracle's header): a list is ALLOWED when it contains the record
 * concerned; a read or a write when it answers 2xx; 401, 403 and 404 are refusals; anything else
 * (400, 409, 500) is inconclusive — a write body the application rejects would hide its decision —
 * and fails the test too. Private reads always carry a purpose. Reads run first, on the fixture as
 * built; writes then update the records concerned with their own values, create new records that
 * change no one's reach, and remove records made for the one call. Each record read also returns the
 * actions the caller may take: they must agree with the oracle's update and remove cells.
 *
 * The full matrix runs on every backend (about a minute each on two cores).
 */
type Access = "ALLOW" | "DENY";
type Outcome = { access: Access; status: number; actions?: unknown } | { unexpected: string };
interface Cell { c: Client; subject: Subject; situation: Situation; t: Concerned; w: World }
type Probe = (cell: Cell) => Promise<Outcome>;
interface Route { op: Operation; probe: Probe; actionsOf?: { update: Operation; remove?: Operation } }

const SUBJECTS: readonly Subject[] = [
  "PUBLIC", "ADMIN", "CHIEF", "TRAINING_COORDINATOR", "SUPERVISOR_OF", "SUPERVISOR_NOT_OF", "SRO_SELF", "SRO_OTHER",
  "SUPERINTENDENT", "SAFETY_COORDINATOR", "PRINCIPAL_OF", "PRINCIPAL_OTHER", "AUDITOR",
];
const SITUATIONS: readonly Situation[] = ["OWN", "OTHER"];

/** Routes outside the matrix, each with the reason; any other route of the document must have a probe. */
const OUTSIDE: Record<string, string> = {
  "GET /healthz": "health check: no data, no session",
  "GET /api/v1/session": "the caller's own session and CSRF token",
  "POST /api/v1/session": "signing in (sign-in, lockout and session tests)",
  "DELETE /api/v1/session": "signing out of one's own session",
  "POST /api/v1/session/second-factor": "the second step of signing in",
  "POST /api/v1/account/second-factor": "one's own account: second-factor enrolment",
  "POST /api/v1/account/second-factor/confirm": "one's own account: second-factor enrolment",
  "POST /api/v1/account/password": "one's own account: password change",
  "GET /api/v1/session/oidc": "single sign-on: whether it is configured (oidc.test.ts)",
  "GET /api/v1/session/oidc/start": "single sign-on round trip (oidc.test.ts)",
  "GET /api/v1/session/oidc/callback": "single sign-on round trip (oidc.test.ts)",
  "GET /api/v1/dashboard/substitutes": "a subset of GET /api/v1/statuses (exempt substitutes) in the same SQL reach (officerScope); the matrix's officers are not substitutes — reach tested in dashboard.test.ts",
  "GET /api/v1/audit/vocabulary": "the audit trail's words (the catalogue's sentences, organization names: public, decision (a)); refused as audit.list — tested in audit.test.ts",
  "GET /api/v1/roles": "the roles in words: the same for everyone signed in, naming no one (user-administration.test.ts)",
  "GET /api/v1/dashboard/relieved-duties": "a subset of GET /api/v1/statuses (duties not yet required) in the same SQL reach (officerScope) — reach tested in dashboard.test.ts",
};

function judge(status: number, body: unknown): Outcome {
  if (status >= 200 && status < 300) return { access: "ALLOW", status };
  if (status === 401 || status === 403 || status === 404) return { access: "DENY", status };
  return { unexpected: `HTTP ${status} ${(typeof body === "string" ? body : JSON.stringify(body)).slice(0, 240)}` };
}

/** A list call: allowed when it answers 200 and holds the record concerned. */
function listed(res: { status: number; body: unknown }, holds: (body: Record<string, unknown>) => boolean): Outcome {
  if (res.status === 200) return { access: holds(res.body as Record<string, unknown>) ? "ALLOW" : "DENY", status: 200 };
  return judge(res.status, res.body);
}

const items = (body: Record<string, unknown>, key: string): unknown[] => (Array.isArray(body[key]) ? (body[key] as unknown[]) : []);
const hasItem = (body: Record<string, unknown>, field: string, value: unknown, key = "items") => items(body, key).some((i) => (i as Record<string, unknown>)[field] === value);
const get = (cell: Cell, url: string) => cell.c.call("GET", url, undefined, PURPOSE);
const send = async (cell: Cell, method: string, url: string, body?: unknown) => {
  const res = await cell.c.call(method, url, body, PURPOSE);
  return judge(res.status, res.body);
};
const opOf = (name: string): Operation => {
  if (!(name in EXPECTED)) throw new Error(`no operation ${name} in the oracle`);
  return name as Operation;
};

/** The record kinds of /api/v1/{plural}: the record concerned and valid bodies. */
interface KindSpec {
  target(cell: Cell): string;
  create(cell: Cell, n: number): Record<string, unknown>;
  update(cell: Cell): Record<string, unknown>;
}
const child = (plural: ChildPlural, update: Record<string, unknown>): KindSpec => ({
  target: (cell) => cell.t.officer.records[plural],
  create: (cell, n) => childBody(plural, cell.t.officer, n),
  update: () => update,
});
const KINDS: Record<string, KindSpec> = {
  organizations: {
    target: (cell) => cell.t.org,
    create: (cell, n) => ({ kind: cell.t.orgKind, name: `Matrix organization ${n}` }),
    update: (cell) => ({ name: cell.w.names.get(cell.t.org) }),
  },
  schools: {
    target: (cell) => cell.t.school,
    create: (cell, n) => ({ organizationId: cell.t.district, name: `Matrix school ${n}` }),
    update: (cell) => ({ name: cell.w.names.get(cell.t.school) }),
  },
  officers: {
    target: (cell) => cell.t.officer.officerId,
    create: (cell, n) => ({ postLicense: `MN${n}`, firstName: "New", lastName: `Officer ${n}`, agencyId: cell.t.officer.agencyId }),
    update: (cell) => ({ firstName: cell.t.officer.firstName }),
  },
  assignments: child("assignments", { contractRef: "SRO-2026-1" }),
  courses: child("courses", { provider: "Regional training academy" }),
  "employer-unable-decisions": child("employer-unable-decisions", { reason: "no seat in an approved course" }),
  "policy-reviews": child("policy-reviews", { reviewedOn: "2026-09-25" }),
  "contact-days": child("contact-days", { studentsPresent: true }),
};

const roleFor = (t: Concerned) => (t.orgKind === "AGENCY" ? "SUPERVISOR" : "SAFETY_COORDINATOR");
/** A courses file of one row for the cell's officer, sent as multipart to an import route. */
function importCourse(cell: Cell, url: string) {
  const day = new Date(Date.UTC(2020, 0, 1 + cell.w.next())).toISOString().slice(0, 10);
  const boundary = "----sroc-matrix-import";
  const file = `post_license,type,completed_on\r\n${cell.t.officer.postLicense},POST_SRO_BASIC,${day}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncourses\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="courses.csv"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n--${boundary}--\r\n`),
  ]);
  return cell.c.inject({ method: "POST", url, payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
}

const freshAccount = (cell: Cell) => account(cell.w.api, `fresh-${cell.w.next()}@matrix.example`, { memberships: [{ organizationId: cell.t.org, role: roleFor(cell.t) }] });
const auditQuery = (t: Concerned) => `organizationId=${t.org}&entity=organizations&entityId=${t.org}`;

function routeTable(): Map<string, Route> {
  const routes = new Map<string, Route>();
  const add = (key: string, op: string, probe: Probe, actionsOf?: Route["actionsOf"]) => routes.set(key, { op: opOf(op), probe, ...(actionsOf === undefined ? {} : { actionsOf }) });

  for (const [plural, kind] of Object.entries(KINDS)) {
    const base = `/api/v1/${plural}`;
    const removable = `${plural}.remove` in EXPECTED;
    add(`GET ${base}`, `${plural}.list`, async (cell) => listed(await get(cell, `${base}?limit=10000`), (b) => hasItem(b, "id", kind.target(cell))));
    add(`GET ${base}/{id}`, `${plural}.read`, async (cell) => {
      const res = await get(cell, `${base}/${kind.target(cell)}`);
      const outcome = judge(res.status, res.body);
      return "access" in outcome && outcome.access === "ALLOW" ? { ...outcome, actions: res.body["actions"] } : outcome;
    }, { update: opOf(`${plural}.update`), ...(removable ? { remove: opOf(`${plural}.remove`) } : {}) });
    add(`POST ${base}`, `${plural}.create`, (cell) => send(cell, "POST", base, kind.create(cell, cell.w.next())));
    add(`PATCH ${base}/{id}`, `${plural}.update`, (cell) => send(cell, "PATCH", `${base}/${kind.target(cell)}`, kind.update(cell)));
    if (removable) {
      add(`DELETE ${base}/{id}`, `${plural}.remove`, async (cell) => {
        const fresh = await cell.t.officer.keeper.create(plural, kind.create(cell, cell.w.next()));
        return send(cell, "DELETE", `${base}/${fresh}`);
      });
    }
    // Training evidence is removed reversibly (docs/decisions/0017): whoever may remove it may restore it.
    if (plural === "courses" || plural === "policy-reviews") {
      add(`POST ${base}/{id}/restore`, `${plural}.remove`, async (cell) => {
        const fresh = await cell.t.officer.keeper.create(plural, kind.create(cell, cell.w.next()));
        const removed = await cell.t.officer.keeper.call("DELETE", `${base}/${fresh}`);
        if (removed.status !== 204) throw new Error(`removing a ${plural} record gave ${removed.status}`);
        return send(cell, "POST", `${base}/${fresh}/restore`);
      });
    }
  }

  const cert = (cell: Cell) => cell.t.officer.records.certificate;
  add("GET /api/v1/certificates", "certificates.list", async (cell) => listed(await get(cell, `/api/v1/certificates?officerId=${cell.t.officer.officerId}`), (b) => hasItem(b, "id", cert(cell))));
  add("GET /api/v1/certificates/{id}", "certificates.read", async (cell) => {
    const res = await get(cell, `/api/v1/certificates/${cert(cell)}`);
    return judge(res.status, res.body);
  });
  add("GET /api/v1/certificates/{id}/content", "certificate-files.read", async (cell) => {
    const res = await cell.c.inject({ method: "GET", url: `/api/v1/certificates/${cert(cell)}/content`, headers: PURPOSE });
    return judge(res.statusCode, res.body);
  });
  add("POST /api/v1/certificates", "certificates.upload", async (cell) => {
    const res = await upload(cell.c, cell.t.officer.records.courses);
    return judge(res.statusCode, res.body);
  });

  add("GET /api/v1/officers/{id}/status", "status.read", async (cell) => {
    const res = await get(cell, `/api/v1/officers/${cell.t.officer.officerId}/status`);
    return judge(res.status, res.body);
  });
  add("GET /api/v1/statuses", "statuses.list", async (cell) => listed(await get(cell, "/api/v1/statuses?limit=10000"), (b) => hasItem(b, "officerId", cell.t.officer.officerId)));
  // The officer concerned is the only one at its school: the school's count includes it or nothing.
  // Imports: a file of one course for the officer concerned (a new date each time, so each is new).
  add("GET /api/v1/imports/columns", "imports.columns", async (cell) => {
    const res = await get(cell, "/api/v1/imports/columns");
    return judge(res.status, res.body);
  });
  add("POST /api/v1/imports/check", "imports.run", async (cell) => {
    const res = await importCourse(cell, "/api/v1/imports/check");
    if (res.statusCode !== 200) return judge(res.statusCode, res.body);
    return { access: (JSON.parse(res.body) as { problems: unknown[] }).problems.length === 0 ? "ALLOW" : "DENY", status: 200 };
  });
  add("POST /api/v1/imports", "imports.run", async (cell) => {
    const res = await importCourse(cell, "/api/v1/imports");
    // A row about another agency's officer is a problem of the file: nothing is written (400 at /file).
    if (res.statusCode === 400 && res.body.includes("no officer of your agency")) return { access: "DENY", status: 400 };
    return judge(res.statusCode, res.body);
  });
  // The list as a file: the same reach as the list (the CSV names the officer by POST license).
  add("GET /api/v1/statuses/export", "statuses.list", async (cell) => {
    const res = await cell.c.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv", headers: PURPOSE });
    if (res.statusCode !== 200) return judge(res.statusCode, res.body);
    return { access: res.body.split("\n").some((line) => line.split(",").includes(cell.t.officer.postLicense)) ? "ALLOW" : "DENY", status: 200 };
  });
  add("GET /api/v1/summaries", "summaries.read", async (cell) =>
    listed(await get(cell, "/api/v1/summaries?level=school"), (b) => items(b, "groups").some((g) => (g as { id: unknown; total: number }).id === cell.t.officer.schoolId && (g as { total: number }).total > 0)),
  );
  add("GET /api/v1/deadlines", "deadlines.list", async (cell) => listed(await get(cell, "/api/v1/deadlines?within=1096"), (b) => hasItem(b, "officerId", cell.t.officer.officerId)));

  add("POST /api/v1/evaluate", "evaluate.run", (cell) => send(cell, "POST", "/api/v1/evaluate", { kind: "contract", policies: { agency: "POST", district: "MSBA" }, contract: { duties: [] } }));
  add("GET /api/v1/law", "readings.read", async (cell) => {
    const res = await get(cell, "/api/v1/law");
    return judge(res.status, res.body);
  });
  add("PUT /api/v1/settings/readings", "readings.update", (cell) => send(cell, "PUT", "/api/v1/settings/readings", {}));

  add("GET /api/v1/users", "users.list", async (cell) => listed(await get(cell, "/api/v1/users"), (b) => hasItem(b, "id", cell.w.userOf.get(cell.t.org))));
  // Accounts and roles are one subject in the oracle ("users.create: … writes: the system
  // administrator only"): creating an account, granting and revoking a role, and supervision.
  add("POST /api/v1/users", "users.create", (cell) =>
    send(cell, "POST", "/api/v1/users", { email: `new-${cell.w.next()}@matrix.example`, displayName: "New account", memberships: [{ organizationId: cell.t.org, role: roleFor(cell.t) }] }),
  );
  add("POST /api/v1/users/{id}/memberships", "users.create", async (cell) => send(cell, "POST", `/api/v1/users/${await freshAccount(cell)}/memberships`, { organizationId: cell.t.org, role: "AUDITOR" }));
  add("DELETE /api/v1/memberships/{id}", "users.create", async (cell) => {
    const granted = await cell.w.api.call("POST", `/api/v1/users/${await freshAccount(cell)}/memberships`, { organizationId: cell.t.org, role: "AUDITOR" });
    if (granted.status !== 201) throw new Error(`granting a role gave ${granted.status}`);
    return send(cell, "DELETE", `/api/v1/memberships/${String(granted.body["id"])}`);
  });
  // Disabling, a password reset and the second factor required by role: the administrator's (decision 0019).
  add("PUT /api/v1/users/{id}/disabled", "users.create", async (cell) => send(cell, "PUT", `/api/v1/users/${await freshAccount(cell)}/disabled`, { disabled: true }));
  add("POST /api/v1/users/{id}/password-reset", "users.create", async (cell) => send(cell, "POST", `/api/v1/users/${await freshAccount(cell)}/password-reset`));
  add("GET /api/v1/second-factor-requirement", "users.create", async (cell) => {
    const res = await get(cell, "/api/v1/second-factor-requirement");
    return judge(res.status, res.body);
  });
  add("PUT /api/v1/second-factor-requirement", "users.create", (cell) => send(cell, "PUT", "/api/v1/second-factor-requirement", { roles: [], administrators: false }));
  add("PUT /api/v1/users/{id}/supervisions", "users.create", async (cell) =>
    // a supervisor of the officer's agency: supervision across agencies is refused (users.ts)
    send(cell, "PUT", `/api/v1/users/${await account(cell.w.api, `fresh-${cell.w.next()}@matrix.example`, { memberships: [{ organizationId: cell.t.officer.agencyId, role: "SUPERVISOR" }] })}/supervisions`, { officerId: cell.t.officer.officerId, supervises: true }),
  );

  const seqIn = (events: unknown[], cell: Cell) => events.some((e) => (e as { seq: unknown }).seq === cell.w.auditSeqOf.get(cell.t.org));
  add("GET /api/v1/audit", "audit.list", async (cell) => listed(await get(cell, `/api/v1/audit?${auditQuery(cell.t)}`), (b) => seqIn(items(b, "items"), cell)));
  add("GET /api/v1/audit/verify", "audit.verify", async (cell) => {
    const res = await get(cell, "/api/v1/audit/verify");
    return judge(res.status, res.body);
  });
  add("GET /api/v1/audit/export", "audit.export", async (cell) => {
    const res = await cell.c.inject({ method: "GET", url: `/api/v1/audit/export?format=json&${auditQuery(cell.t)}`, headers: PURPOSE });
    if (res.statusCode !== 200) return judge(res.statusCode, res.body);
    return { access: seqIn(JSON.parse(res.body) as unknown[], cell) ? "ALLOW" : "DENY", status: 200 };
  });
  return routes;
}

const ROUTES = routeTable();

function expectedOf(op: Operation, subject: Subject, situation: Situation): Access {
  const cell = EXPECTED[op][subject];
  if (cell === undefined) throw new Error(`the oracle has no cell for ${op} × ${subject}`);
  return typeof cell === "string" ? cell : cell[situation];
}

async function documentedRoutes(client: Client): Promise<string[]> {
  const res = await client.call("GET", "/api/openapi.json");
  const paths = res.body["paths"] as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
}

interface Report { combinations: number; unauthorizedSuccesses: string[]; wrongfulDenials: string[]; inconclusive: string[]; actionMismatches: string[]; publicNotRefusedAsSignedOut: string[] }

async function runMatrix(w: World, routes: readonly string[]): Promise<Report> {
  const report: Report = { combinations: 0, unauthorizedSuccesses: [], wrongfulDenials: [], inconclusive: [], actionMismatches: [], publicNotRefusedAsSignedOut: [] };
  // Reads first, on the fixture as built; then the writes.
  const ordered = [...routes.filter((r) => r.startsWith("GET ")), ...routes.filter((r) => !r.startsWith("GET "))];
  for (const key of ordered) {
    const route = ROUTES.get(key);
    if (route === undefined) continue;
    for (const subject of SUBJECTS) {
      for (const situation of SITUATIONS) {
        const cell: Cell = { c: w.subjects[subject], subject, situation, t: concerned(w, subject, situation), w };
        const expected = expectedOf(route.op, subject, situation);
        const outcome = await route.probe(cell);
        report.combinations += 1;
        const label = `${route.op} [${key}] ${subject}/${situation}: expected ${expected}`;
        if ("unexpected" in outcome) {
          report.inconclusive.push(`${label}, got ${outcome.unexpected}`);
          continue;
        }
        if (outcome.access !== expected) (expected === "DENY" ? report.unauthorizedSuccesses : report.wrongfulDenials).push(`${label}, got ${outcome.access} (HTTP ${outcome.status})`);
        if (subject === "PUBLIC" && outcome.status !== PUBLIC_REFUSAL) report.publicNotRefusedAsSignedOut.push(`${label}, got HTTP ${outcome.status}`);
        if (route.actionsOf !== undefined && outcome.access === "ALLOW") {
          const want = ["read", ...(expectedOf(route.actionsOf.update, subject, situation) === "ALLOW" ? ["update"] : []), ...(route.actionsOf.remove !== undefined && expectedOf(route.actionsOf.remove, subject, situation) === "ALLOW" ? ["remove"] : [])];
          const got = Array.isArray(outcome.actions) ? [...(outcome.actions as string[])].sort() : outcome.actions;
          if (JSON.stringify(got) !== JSON.stringify([...want].sort())) report.actionMismatches.push(`${route.op} [${key}] ${subject}/${situation}: actions ${JSON.stringify(got)}, the oracle allows ${JSON.stringify(want)}`);
        }
      }
    }
  }
  return report;
}

describe("access matrix: the route table", () => {
  const [first] = backends();
  it("puts every documented route in the matrix or in a short list of routes outside it, with a reason", { timeout: 120_000 }, async () => {
    if (first === undefined) throw new Error("no backend");
    await withApi(first, async (api) => {
      const documented = await documentedRoutes(api.anonymous());
      expect({
        unmapped: documented.filter((r) => !ROUTES.has(r) && !(r in OUTSIDE)),
        probesWithoutRoute: [...ROUTES.keys()].filter((r) => !documented.includes(r)),
        outsideWithoutRoute: Object.keys(OUTSIDE).filter((r) => !documented.includes(r)),
        operationsNotExercised: Object.keys(EXPECTED).filter((op) => ![...ROUTES.entries()].some(([r, route]) => route.op === op && documented.includes(r))),
      }).toEqual({ unmapped: [], probesWithoutRoute: [], outsideWithoutRoute: [], operationsNotExercised: [] });
    });
  });
});

for (const backend of backends()) {
  describe(`access matrix on ${backend.name}`, () => {
    it("allows and denies every role × endpoint × own/other organization exactly as the hand-written table says", { timeout: 600_000 }, async () => {
      await withApi(backend, async (api) => {
        const started = Date.now();
        const world = await buildWorld(api);
        const routes = (await documentedRoutes(api)).filter((r) => ROUTES.has(r));
        const report = await runMatrix(world, routes);
        console.log(
          `access matrix: ${report.combinations} combinations checked on ${backend.name} (${routes.length} routes × ${SUBJECTS.length} subjects × own/other) in ${((Date.now() - started) / 1000).toFixed(1)} s — ` +
            `${report.unauthorizedSuccesses.length} unauthorized successes, ${report.wrongfulDenials.length} wrongful denials, ${report.inconclusive.length} inconclusive, ${report.actionMismatches.length} action mismatches`,
        );
        expect(report.combinations).toBe(routes.length * SUBJECTS.length * SITUATIONS.length);
        const { unauthorizedSuccesses, wrongfulDenials, inconclusive, actionMismatches, publicNotRefusedAsSignedOut } = report;
        expect({ unauthorizedSuccesses, wrongfulDenials, inconclusive, actionMismatches, publicNotRefusedAsSignedOut }).toEqual({ unauthorizedSuccesses: [], wrongfulDenials: [], inconclusive: [], actionMismatches: [], publicNotRefusedAsSignedOut: [] });
      });
    });
  });
}
