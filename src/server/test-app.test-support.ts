import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { operator, type Role } from "../policies/actor.ts";
import { createUser, setSupervision } from "../services/accounts/users.ts";
import { sql } from "drizzle-orm";
import { arrayLiteral, queryRows, type Db } from "../store/database.ts";
import { backends, withDatabase, type Backend } from "../store/test-database.test-support.ts";
import { buildApp } from "./app.ts";
import { SESSION_COOKIE } from "./auth.ts";

/**
 * The API on a fresh database of a backend, "today" pinned, for tests through app.inject — signed in
 * as a system administrator unless a test signs in as someone else (`api.as(...)`). Unsafe requests
 * carry the session's CSRF token, as the web pages do.
 */
export const TODAY = "2026-11-30";
export const PASSWORD = "correct horse battery staple";

type Answer = { status: number; body: Record<string, unknown> & { error?: { code: string; path?: string; message: string } }; headers: LightMyRequestResponse["headers"] };

export interface Client {
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  create(plural: string, body: Record<string, unknown>): Promise<string>;
  /** A raw request (multipart, junk bodies) with this client's session and CSRF token. */
  inject(opts: { method: string; url: string; payload?: string | Buffer; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  cookie: string | null;
  csrf: string | null;
}

export interface TestApi extends Client {
  app: FastifyInstance;
  db: Db;
  /** A client signed in as a new account with these roles. */
  as(spec: { email: string; isAdmin?: boolean; officerId?: string | null; memberships?: { organizationId: string; role: Role; schoolId?: string | null }[]; supervises?: string[] }): Promise<Client>;
  /** A client with no session (the public). */
  anonymous(): Client;
}

/**
 * Issue 4: "every write in the API test suite left an audit event (assert it)". Each unsafe request a
 * test client sends carries a user agent of its own; withApi checks at the end of every test that
 * each one that succeeded is named by an audit event (the trail keeps the user agent).
 */
interface WriteLog {
  next: number;
  succeeded: { label: string; userAgent: string }[];
}

/** Unsafe methods that change nothing: the engine evaluates what it is sent; an import check rolls back. */
const NOT_WRITES = [/^POST \/api\/v1\/evaluate(\?|$)/, /^POST \/api\/v1\/imports\/check(\?|$)/];

function client(app: FastifyInstance, cookie: string | null, csrf: string | null, writes?: WriteLog): Client {
  const track = async (method: string, url: string, headers: Record<string, string>, send: (h: Record<string, string>) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> => {
    const label = `${method.toUpperCase()} ${url}`;
    // Without a session nothing can be written (signing out of no session is a no-op), so only a
    // signed-in client's unsafe requests are held to the rule.
    if (writes === undefined || c.cookie === null || method.toUpperCase() === "GET" || NOT_WRITES.some((r) => r.test(label))) return send(headers);
    writes.next += 1;
    const userAgent = headers["user-agent"] ?? `sroc-test-write-${writes.next}`;
    const res = await send({ ...headers, "user-agent": userAgent });
    if (res.statusCode >= 200 && res.statusCode < 300) writes.succeeded.push({ label, userAgent });
    return res;
  };
  const sessionHeaders = (method: string, headers: Record<string, string>): Record<string, string> => {
    const h: Record<string, string> = { ...headers };
    if (c.cookie !== null) h["cookie"] = `${SESSION_COOKIE}=${c.cookie}`;
    if (c.csrf !== null && method !== "GET") h["x-csrf-token"] = c.csrf;
    return h;
  };
  const c: Client = {
    cookie,
    csrf,
    async call(method, url, body, headers = {}) {
      const res = await track(method, url, sessionHeaders(method, headers), (h) => app.inject({ method: method as "GET", url, headers: h, ...(body === undefined ? {} : { payload: body as object }) }));
      return { status: res.statusCode, body: res.body === "" ? {} : (JSON.parse(res.body) as Answer["body"]), headers: res.headers };
    },
    inject({ method, url, payload, headers = {} }) {
      return track(method, url, sessionHeaders(method, headers), (h) => app.inject({ method: method as "GET", url, headers: h, ...(payload === undefined ? {} : { payload }) }));
    },
    async create(plural, body) {
      const res = await c.call("POST", `/api/v1/${plural}`, body);
      if (res.status !== 201) throw new Error(`creating ${plural} gave ${res.status}: ${JSON.stringify(res.body)}`);
      return String(res.body["id"]);
    },
  };
  return c;
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD, writes?: WriteLog): Promise<Client> {
  const res = await app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} gave ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((k) => k.name === SESSION_COOKIE)?.value ?? null;
  return client(app, cookie, (JSON.parse(res.body) as { csrfToken: string }).csrfToken, writes);
}

export async function withApi<T>(backend: Backend, fn: (api: TestApi) => Promise<T>, today = TODAY): Promise<T> {
  return withDatabase(backend, async (database) => {
    const app = await buildApp({ database, zone: "America/Chicago", today: () => today });
    const ctx = { db: database.db, actor: operator("test"), today: () => today };
    try {
      await createUser(ctx, { email: "admin@test.example", displayName: "Test Administrator", password: PASSWORD, isAdmin: true });
      const writes: WriteLog = { next: 0, succeeded: [] };
      const admin = await signIn(app, "admin@test.example", PASSWORD, writes);
      const api: TestApi = {
        ...admin,
        app,
        db: database.db,
        async as(spec) {
          const { id } = await createUser(ctx, { email: spec.email, displayName: spec.email, password: PASSWORD, isAdmin: spec.isAdmin ?? false, officerId: spec.officerId ?? null, memberships: spec.memberships ?? [] });
          for (const officerId of spec.supervises ?? []) await setSupervision(ctx, id, officerId, true);
          return signIn(app, spec.email, PASSWORD, writes);
        },
        anonymous: () => client(app, null, null, writes),
      };
      const result = await fn(api);
      await expectEveryWriteAudited(database.db, writes);
      return result;
    } finally {
      await app.close();
    }
  });
}

async function expectEveryWriteAudited(db: Db, writes: WriteLog): Promise<void> {
  if (writes.succeeded.length === 0) return;
  const agents = writes.succeeded.map((w) => w.userAgent);
  const rows = await queryRows<{ user_agent: string }>(db, sql`select distinct user_agent from audit_events where user_agent = any(${arrayLiteral(agents)}::text[])`);
  const audited = new Set(rows.map((r) => r.user_agent));
  const missing = writes.succeeded.filter((w) => !audited.has(w.userAgent)).map((w) => w.label);
  if (missing.length > 0) throw new Error(`writes that left no audit event: ${missing.join("; ")}`);
}

export { backends };

/**
 * An agency on POST, an MSBA district with a school, an officer of the agency, and the agency's
 * training coordinator — who keeps the officer's records (a system administrator may not; see
 * docs/decisions/0008) — signed in as `coordinator`.
 */
export async function basicSetup(api: TestApi): Promise<{ agencyId: string; districtId: string; schoolId: string; officerId: string; coordinator: Client }> {
  const agencyId = await api.create("organizations", { kind: "AGENCY", name: "Breitung Police Department", sroPolicy: "POST", policyVersion: "2024", policyAdoptedOn: "2024-11-19" });
  const districtId = await api.create("organizations", { kind: "DISTRICT", name: "Lakeview ISD", sroPolicy: "MSBA" });
  const schoolId = await api.create("schools", { organizationId: districtId, name: "Lakeview High School" });
  const coordinator = await api.as({ email: "coordinator@breitung.example", memberships: [{ organizationId: agencyId, role: "TRAINING_COORDINATOR" }] });
  const officerId = await coordinator.create("officers", { postLicense: "12345", firstName: "Ana", lastName: "Alvarez", agencyId });
  return { agencyId, districtId, schoolId, officerId, coordinator };
}
