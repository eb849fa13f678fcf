import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, type Db } from "../store/database.ts";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/**
 * Issue 10, item 4: a signed-out request to any route that needs an account is answered 401 before
 * anything else — before the body is read, before validation, lookup and policy — and writes
 * nothing, not even an audit event. Only the routes public by design answer the public otherwise.
 */
const PUBLIC_BY_DESIGN = [
  "GET /healthz",
  "GET /api/v1/session",
  "POST /api/v1/session",
  "DELETE /api/v1/session",
  "POST /api/v1/session/second-factor",
  "GET /api/v1/session/oidc",
  "GET /api/v1/session/oidc/start",
  "GET /api/v1/session/oidc/callback",
].sort();

/** Every row of every table, counted: what "nothing written" is measured by. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ table_name: string }>(db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const counts: Record<string, number> = {};
  for (const { table_name: t } of tables) {
    const [row] = await queryRows<{ n: number | string }>(db, sql.raw(`select count(*) as n from "${t}"`));
    counts[t] = Number(row?.n ?? 0);
  }
  return counts;
}

const BODIES = [undefined, "{}", JSON.stringify({ name: "x", kind: "AGENCY", sroPolicy: "POST", email: "a@b.c", password: "p" })];

for (const backend of backends()) {
  describe(`signed out on ${backend.name}`, () => {
    it("every route that needs an account answers 401, writes nothing and audits nothing; the public routes are exactly those public by design", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { officerId } = await basicSetup(api);
        const anonymous = api.anonymous();
        const doc = (await anonymous.call("GET", "/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
        const before = await rowCounts(api.db);
        const open = new Set<string>();
        const wrong: string[] = [];
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const method of Object.keys(methods)) {
            const route = `${method.toUpperCase()} ${path}`;
            for (const id of path.includes("{id}") ? [officerId, "00000000-0000-4000-8000-000000000000", "x"] : [""]) {
              for (const body of method === "get" || method === "delete" ? [undefined] : BODIES) {
                const res = await anonymous.inject({ method: method.toUpperCase(), url: path.replace("{id}", id), ...(body === undefined ? {} : { payload: body, headers: { "content-type": "application/json" } }) });
                if (res.statusCode !== 401) {
                  open.add(route);
                  continue;
                }
                const error = (JSON.parse(res.body) as { error?: { code?: string; message?: string } }).error;
                if (error?.code !== "UNAUTHENTICATED" || error.message !== "sign in first") wrong.push(`${route} (${id}): ${res.body}`);
              }
            }
          }
        }
        expect(wrong).toEqual([]);
        expect([...open].sort()).toEqual(PUBLIC_BY_DESIGN);
        // Sign-in refusals for unknown accounts are recorded (SIGN_IN_FAILED); nothing else is.
        const after = await rowCounts(api.db);
        const signInFailures = await queryRows<{ n: number | string }>(api.db, sql`select count(*) as n from audit_events where type = 'SIGN_IN_FAILED'`);
        expect({ ...after, audit_events: after["audit_events"] ?? 0 }).toEqual({ ...before, audit_events: (before["audit_events"] ?? 0) + Number(signInFailures[0]?.n ?? 0) });
      });
    });

    it("tells the public nothing about what exists: an existing, a missing and a malformed id get the same 401", async () => {
      await withApi(backend, async (api) => {
        const { officerId } = await basicSetup(api);
        const anonymous = api.anonymous();
        const answers = await Promise.all(
          [officerId, "00000000-0000-4000-8000-000000000000", "not-an-id", "2025-02-30"].map((id) => anonymous.inject({ method: "GET", url: `/api/v1/officers/${id}/status` })),
        );
        for (const res of answers) {
          expect(res.statusCode).toBe(401);
          expect(res.body).toBe(answers[0]?.body);
        }
      });
    });

    it("is not fooled by a path written another way: percent-encoded letters reach the same route and get the same 401", async () => {
      await withApi(backend, async (api) => {
        const { officerId } = await basicSetup(api);
        const anonymous = api.anonymous();
        for (const url of [`/%61pi/v1/officers/${officerId}/status`, "/%61pi/v1/officers/not-an-id/status", "/%61pi/v1/officers/2025-02-30/status", "/%61%70%69/v1/statuses?limit=x", "/api/%761/courses/00000000-0000-4000-8000-000000000000"]) {
          const res = await anonymous.inject({ method: "GET", url });
          expect({ url, status: res.statusCode, cache: res.headers["cache-control"] }).toEqual({ url, status: 401, cache: "no-store" });
        }
        const upload = await anonymous.inject({ method: "POST", url: "/%61pi/v1/certificates", payload: Buffer.alloc(12 * 1024 * 1024), headers: { "content-type": "multipart/form-data; boundary=x" } });
        expect(upload.statusCode).toBe(401);
      });
    });

    it("an anonymous write appends no audit event, however many are sent", async () => {
      await withApi(backend, async (api) => {
        const { agencyId } = await basicSetup(api);
        const count = async () => Number((await queryRows<{ n: number | string }>(api.db, sql`select count(*) as n from audit_events`))[0]?.n ?? 0);
        const before = await count();
        const anonymous: Client = api.anonymous();
        for (let i = 0; i < 20; i += 1) {
          const res = await anonymous.call("POST", "/api/v1/officers", { postLicense: `9${i}`, firstName: "A", lastName: "B", agencyId });
          expect(res.status).toBe(401);
        }
        expect(await count()).toBe(before);
      });
    });

    it("refuses an upload or a large body before reading it: 401, not 413", async () => {
      await withApi(backend, async (api) => {
        const anonymous = api.anonymous();
        const boundary = "----sroc-signed-out";
        const big = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`),
          Buffer.alloc(12 * 1024 * 1024, 0x20),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        for (const url of ["/api/v1/certificates", "/api/v1/imports", "/api/v1/imports/check"]) {
          const res = await anonymous.inject({ method: "POST", url, payload: big, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
          expect(res.statusCode, url).toBe(401);
        }
        const json = await anonymous.inject({ method: "POST", url: "/api/v1/organizations", payload: JSON.stringify({ name: "x".repeat(3 * 1024 * 1024) }), headers: { "content-type": "application/json" } });
        expect(json.statusCode).toBe(401);
      });
    });
  });
}
