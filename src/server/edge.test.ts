import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../store/database.ts";
import { withDatabase } from "../store/test-database.test-support.ts";
import { buildApp } from "./app.ts";
import { PDF, upload } from "./access-matrix.fixtures.test-support.ts";
import { backends, basicSetup, withApi } from "./test-app.test-support.ts";

/**
 * Issue 10, items 4, 11 and 13 at the edge of the API: NUL bytes refused with the field named,
 * paging numbers refused unless they are whole numbers as written, validation messages in the
 * route's own words, `Cache-Control: no-store` on every private answer, a purpose for reading the
 * accounts and the audit trail (logged), every refusal audited, and no SQL parameter in the log.
 */
const PURPOSE = { "x-purpose": "edge test" };

for (const backend of backends()) {
  describe(`the API's edge on ${backend.name}`, () => {
    it("refuses a NUL byte anywhere with a 400 naming the field, signed out or in", async () => {
      await withApi(backend, async (api) => {
        const signIn = await api.anonymous().call("POST", "/api/v1/session", { email: "a\u0000b@x.y", password: "whatever it is" });
        expect(signIn.status).toBe(400);
        expect(signIn.body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/email", in: "body" });
        const query = await api.call("GET", "/api/v1/statuses?q=%00", undefined, PURPOSE);
        expect(query.status).toBe(400);
        expect(query.body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/q", in: "querystring" });
        const field = await api.call("POST", "/api/v1/organizations", { kind: "AGENCY", name: "Breitung\u0000 Police", sroPolicy: "POST" });
        expect(field.status).toBe(400);
        expect(field.body.error).toMatchObject({ path: "/name", in: "body", message: expect.stringMatching(/NUL/) as unknown });
        const nested = await api.call("POST", "/api/v1/users", { email: "n@x.example", displayName: "N", memberships: [{ organizationId: "00000000-0000-4000-8000-000000000000", role: "CHIEF\u0000" }] });
        expect(nested.body.error).toMatchObject({ path: "/memberships/0/role", in: "body" });
        // Node's HTTP parser refuses a NUL in a header; any other way in (here, inject) meets the same check.
        const header = await api.call("GET", "/api/v1/policy-reviews", undefined, { "x-purpose": "a\u0000b" });
        expect(header.body.error).toMatchObject({ path: "/x-purpose", in: "headers" });
        const asQuery = await api.call("GET", "/api/v1/policy-reviews?purpose=a%00b");
        expect(asQuery.body.error).toMatchObject({ path: "/purpose", in: "querystring" });
        expect(Number((await queryRows<{ n: string | number }>(api.db, sql`select count(*) as n from organizations`))[0]?.n)).toBe(0);
      });
    });

    it("refuses half of a UTF-16 pair (a lone surrogate) the same way, rather than storing a changed name", async () => {
      await withApi(backend, async (api) => {
        const raw = '{"kind":"AGENCY","name":"Breitung \\ud800 Police","sroPolicy":"POST"}';
        const field = await api.inject({ method: "POST", url: "/api/v1/organizations", payload: raw, headers: { "content-type": "application/json" } });
        expect(field.statusCode).toBe(400);
        expect(JSON.parse(field.body)).toMatchObject({ error: { path: "/name", in: "body", message: expect.stringMatching(/half of a character/) as unknown } });
        const query = await api.call("GET", "/api/v1/statuses?q=%ED%A0%80", undefined, PURPOSE);
        expect(query.status).toBeLessThan(500);
        expect(Number((await queryRows<{ n: string | number }>(api.db, sql`select count(*) as n from organizations`))[0]?.n)).toBe(0);
      });
    });

    it("refuses limit=1.5, limit=true and other numbers not written as whole numbers, naming the field", async () => {
      await withApi(backend, async (api) => {
        for (const url of ["/api/v1/statuses", "/api/v1/officers", "/api/v1/audit", "/api/v1/dashboard/substitutes"]) {
          for (const bad of ["1.5", "true", "1e2", "0x10", "%207"]) {
            const res = await api.call("GET", `${url}?limit=${bad}`, undefined, PURPOSE);
            expect(res.status, `${url}?limit=${bad}`).toBe(400);
            expect(res.body.error).toMatchObject({ path: "/limit", in: "querystring", message: "querystring /limit: must be a whole number" });
          }
          expect((await api.call("GET", `${url}?limit=3`, undefined, PURPOSE)).status).toBe(200);
        }
        expect((await api.call("GET", "/api/v1/deadlines?within=2.5", undefined, PURPOSE)).body.error).toMatchObject({ path: "/within" });
      });
    });

    it("speaks of the route's own fields, not the engine contract's", async () => {
      await withApi(backend, async (api) => {
        const unknown = await api.call("GET", "/api/v1/certificates?limit=5", undefined, PURPOSE);
        expect(unknown.status).toBe(400);
        expect(unknown.body.error).toMatchObject({ path: "/limit", in: "querystring" });
        expect(unknown.body.error?.message).toBe("querystring /limit: is not a parameter of this request (check the spelling)");
        const field = await api.call("POST", "/api/v1/organizations", { kind: "AGENCY", name: "A", sroPolicy: "POST", color: "red" });
        expect(field.body.error?.message).toBe("body /color: is not a field of this request (check the spelling)");
        const id = await api.call("GET", "/api/v1/officers/not-an-id", undefined, PURPOSE);
        expect(id.body.error).toMatchObject({ path: "/id", in: "params", message: "params /id: must be an id (a UUID)" });
        const day = await api.call("GET", "/api/v1/summaries?asOf=2025-02-30", undefined, PURPOSE);
        expect(day.body.error?.message).toBe("querystring /asOf: must be a real calendar date written YYYY-MM-DD");
        const code = await api.call("POST", "/api/v1/account/second-factor/confirm", { code: "12ab" });
        expect(code.body.error?.message).not.toMatch(/MM-DD/);
      });
    });

    it("marks every private answer Cache-Control: no-store, certificate files included, and leaves public ones as they were", async () => {
      await withApi(backend, async (api) => {
        const { coordinator, officerId } = await basicSetup(api);
        const courseId = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-08-01" });
        const up = await upload(coordinator, courseId);
        expect(up.statusCode).toBe(201);
        const certificate = (JSON.parse(up.body) as { id: string }).id;
        const file = await coordinator.inject({ method: "GET", url: `/api/v1/certificates/${certificate}/content`, headers: PURPOSE });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.subarray(0, 4).toString()).toBe(PDF.subarray(0, 4).toString());
        expect(file.headers["cache-control"]).toBe("no-store");
        for (const url of ["/api/v1/officers", `/api/v1/officers/${officerId}/status`, "/api/v1/statuses", "/api/v1/law", "/api/v1/nothing-here"]) {
          const res = await coordinator.inject({ method: "GET", url, headers: PURPOSE });
          expect(res.headers["cache-control"], url).toBe("no-store");
        }
        expect((await coordinator.inject({ method: "POST", url: "/api/v1/courses", payload: "{}", headers: { "content-type": "application/json" } })).headers["cache-control"]).toBe("no-store");
        expect((await api.anonymous().inject({ method: "GET", url: "/api/v1/officers" })).headers["cache-control"]).toBe("no-store");
        for (const url of ["/healthz", "/api/v1/session", "/api/v1/session/oidc"]) {
          expect((await api.anonymous().inject({ method: "GET", url })).headers["cache-control"], url).toBeUndefined();
        }
      });
    });

    it("reading the accounts or the audit trail needs a purpose and is logged with it", async () => {
      await withApi(backend, async (api) => {
        for (const url of ["/api/v1/users", "/api/v1/audit", "/api/v1/audit/export?format=json"]) {
          const bare = await api.call("GET", url);
          expect(bare.status, url).toBe(400);
          expect(bare.body.error).toMatchObject({ path: "/purpose" });
        }
        expect((await api.call("GET", "/api/v1/users", undefined, { "x-purpose": "quarterly access review" })).status).toBe(200);
        expect((await api.call("GET", "/api/v1/audit?purpose=incident%20inquiry")).status).toBe(200);
        const reads = await queryRows<{ entity: string; purpose: string; legal_basis: string | null }>(api.db, sql`select entity, purpose, legal_basis from audit_events where type = 'PRIVATE_DATA_READ' order by seq`);
        expect(reads.map((r) => [r.entity, r.purpose])).toEqual([["users", "quarterly access review"], ["audit_events", "incident inquiry"]]);
        expect(reads.every((r) => (r.legal_basis ?? "") !== "")).toBe(true);
      });
    });

    it("audits every refusal of a signed-in person, wherever it is decided", async () => {
      await withApi(backend, async (api) => {
        const { coordinator, officerId } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Other Police Department", sroPolicy: "POST" });
        const stranger = await api.as({ email: "chief@other.example", memberships: [{ organizationId: otherAgency, role: "CHIEF" }] });
        const refusals: [typeof coordinator, string, string, unknown?][] = [
          [coordinator, "GET", "/api/v1/users"],
          [coordinator, "GET", "/api/v1/audit"],
          [coordinator, "GET", "/api/v1/audit/verify"],
          [coordinator, "POST", "/api/v1/users", { email: "x@y.example", displayName: "X" }],
          [coordinator, "PUT", "/api/v1/settings/readings", {}],
          [stranger, "GET", `/api/v1/officers/${officerId}/status`],
          [stranger, "GET", `/api/v1/officers/${officerId}`],
        ];
        for (const [who, method, url, body] of refusals) {
          const before = Number((await queryRows<{ n: string | number }>(api.db, sql`select count(*) as n from audit_events where type = 'ACCESS_DENIED'`))[0]?.n);
          const res = await who.call(method, url, body, PURPOSE);
          expect(res.status, `${method} ${url}`).toBe(403);
          const after = Number((await queryRows<{ n: string | number }>(api.db, sql`select count(*) as n from audit_events where type = 'ACCESS_DENIED'`))[0]?.n);
          expect(after, `${method} ${url} audited`).toBe(before + 1);
        }
      });
    });
  });
}

describe("the log of a failed query", () => {
  const [first] = backends();
  it("names no SQL parameter (a name, a password) and the answer is a plain 500", async () => {
    if (first === undefined) throw new Error("no backend");
    await withDatabase(first, async (database) => {
      let logged = "";
      const stream = new Writable({ write(chunk: Buffer, _enc, done) { logged += chunk.toString(); done(); } });
      const app = await buildApp({ database, zone: "America/Chicago", logger: { level: "error", stream }, web: false });
      const secret = "Hunter2-secret-passphrase";
      app.get("/healthz/failing-query", { config: { public: true } }, async () => {
        await database.db.execute(sql`select ${secret}::integer`);
        return {};
      });
      try {
        const res = await app.inject({ method: "GET", url: "/healthz/failing-query" });
        expect(res.statusCode).toBe(500);
        expect(res.body).not.toContain(secret);
        expect(logged).toContain("request failed");
        expect(logged).not.toContain(secret);
      } finally {
        await app.close();
      }
    });
  });
});
