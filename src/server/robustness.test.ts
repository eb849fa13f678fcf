import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/**
 * A client error is never a 500: every route of the OpenAPI document, with junk path parameters,
 * junk query strings and junk bodies, answers 2xx or 4xx (and every 4xx carries the error shape) —
 * sent by the public, by a system administrator and by an agency's training coordinator, so the
 * junk reaches past sign-in and authorization into validation and the store. NUL bytes in the path,
 * the query and the body of every route are refused with a 400 unless the request stops before.
 */
const JUNK_BODIES: (string | undefined)[] = [
  undefined,
  "",
  "not json",
  "{",
  "[]",
  "null",
  "42",
  '"text"',
  "{}",
  '{"unknown":1}',
  // Fields an update must refuse by name (issue 10 item 9): read-only, the owner, the kind, computed ones.
  JSON.stringify({ id: "00000000-0000-4000-8000-000000000001", createdAt: "2020-01-01T00:00:00Z", updatedAt: "2020-01-01T00:00:00Z" }),
  JSON.stringify({ officerId: "00000000-0000-4000-8000-000000000000", kind: "DISTRICT", organizationId: "00000000-0000-4000-8000-000000000000", actions: ["remove"], "a/b~c": 1 }),
  '{"name":' + '"x'.repeat(1) + 'y".repeat(10)}',
  JSON.stringify({ kind: "AGENCY", name: "x".repeat(5000) }),
  JSON.stringify({ officerId: "not-a-uuid", schoolId: 5, role: [], startOn: "2025-13-45", day: {}, studentsPresent: "yes" }),
  JSON.stringify({ postLicense: null, firstName: 1, lastName: true, agencyId: "00000000-0000-4000-8000-000000000000" }),
  JSON.stringify({ kind: "training", asOf: "2025-02-30" }),
  JSON.stringify([{ kind: "x" }, 1, null]),
];
/** NUL bytes in every field a route might have, and in a key (issue 10, item 11): PostgreSQL refuses them in text. */
const NUL_BODIES = [
  JSON.stringify({ email: "a\u0000b@x.y", password: "pass\u0000word", name: "N\u0000", kind: "AGENCY", sroPolicy: "POST", firstName: "\u0000", lastName: "x", postLicense: "1\u00002", agencyId: "00000000-0000-4000-8000-000000000000", code: "\u0000" }),
  JSON.stringify({ "na\u0000me": "x", reason: "\u0000", provider: "\u0000", contractRef: "\u0000", displayName: "\u0000", memberships: [{ role: "\u0000" }] }),
];
const NUL_QUERIES = ["?q=%00", "?purpose=a%00b", "?statuteStatus=%00&path=%00", "?type=%00&entity=%00&from=%00", "?format=csv&q=%00", "?state=%00&code=%00", "?%00=1"];
/** Numbers not written as whole numbers (issue 10, item 13): refused, never rounded. */
const NOT_WHOLE = ["?limit=1.5", "?limit=true", "?within=2.5", "?afterSeq=0x10"];
const JUNK_IDS = ["00000000-0000-4000-8000-000000000000", "x", "%00", "1".repeat(300)];
const JUNK_QUERIES = ["", "?limit=-1", "?limit=abc", "?offset=1e99", "?asOf=yesterday", "?level=galaxy", "?within=0", "?officerId=zzz", "?unknown=1", "?q=%27%3B%20drop%20table%20officers%3B--", "?headline=GREAT"];

/**
 * The junk queries and bodies a route is sent: each junk query with no body, each junk body with no
 * query, and the two lists zipped (a junk query beside a junk body) — a route checks its query and
 * its body separately, so their full cross product (a quarter of the whole suite's time) found
 * nothing this does not.
 */
function junkPairs(bodies: readonly (string | undefined)[]): [string, string | undefined][] {
  const pairs: [string, string | undefined][] = JUNK_QUERIES.map((q) => [q, bodies[0]]);
  for (const body of bodies.slice(1)) pairs.push(["", body]);
  for (let i = 1; i < Math.max(JUNK_QUERIES.length, bodies.length); i++) {
    const body = bodies[i % bodies.length];
    if (bodies.length > 1) pairs.push([JUNK_QUERIES[i % JUNK_QUERIES.length] ?? "", body]);
  }
  return pairs;
}

/** `{"error": {"code", "message"}}`, or for a batch of engine requests an array of answers and errors. */
function hasErrorShape(body: unknown): boolean {
  if (Array.isArray(body)) return body.every((a) => typeof a === "object" && a !== null && ("kind" in a || hasErrorShape(a)));
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof e?.code === "string" && typeof e.message === "string";
}

for (const backend of backends()) {
  describe(`every route on ${backend.name}`, () => {
    it("answers junk with a 4xx, never a 500", { timeout: 600_000 }, async () => {
      await withApi(backend, async (api) => {
        const { coordinator } = await basicSetup(api);
        const senders = { public: api.anonymous(), admin: api as Client, coordinator };
        const doc = (await api.call("GET", "/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
        let checked = 0;
        const failures: string[] = [];
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const method of Object.keys(methods)) {
            for (const id of path.includes("{id}") ? JUNK_IDS : [""]) {
              const url = path.replace("{id}", encodeURIComponent(id));
              for (const [query, body] of junkPairs(method === "get" || method === "delete" ? [undefined] : JUNK_BODIES)) {
                for (const [who, sender] of Object.entries(senders)) {
                  // Signing out would leave the rest of the run unauthenticated; session.test.ts covers it.
                  if (method === "delete" && path === "/api/v1/session" && who !== "public") continue;
                  const res = await sender.inject({
                    method: method.toUpperCase(),
                    url: url + query,
                    ...(body === undefined ? {} : { payload: body, headers: { "content-type": "application/json" } }),
                  });
                  checked += 1;
                  if (res.statusCode >= 500 || (res.statusCode >= 400 && !hasErrorShape(JSON.parse(res.body)))) failures.push(`${who}: ${method.toUpperCase()} ${url}${query} ${String(body).slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
                }
              }
            }
          }
        }
        // NUL bytes and numbers not written as numbers: each once per route and sender. A NUL is
        // refused (400) unless the request stops before: 401 signed out, a throttle, a redirect.
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const method of Object.keys(methods)) {
            const m = method.toUpperCase();
            const plain = path.replace("{id}", "00000000-0000-4000-8000-000000000000");
            const cases: { url: string; body?: string; nul: boolean }[] = [
              ...(path.includes("{id}") ? [{ url: path.replace("{id}", "%00"), nul: true }] : []),
              ...NUL_QUERIES.map((q) => ({ url: plain + q, nul: true })),
              ...NOT_WHOLE.map((q) => ({ url: plain + q, nul: false })),
              ...(m === "GET" || m === "DELETE" ? [] : NUL_BODIES.map((body) => ({ url: plain, body, nul: true }))),
            ];
            for (const c of cases) {
              for (const [who, sender] of Object.entries(senders)) {
                if (m === "DELETE" && path === "/api/v1/session" && who !== "public") continue;
                const res = await sender.inject({ method: m, url: c.url, ...(c.body === undefined ? {} : { payload: c.body, headers: { "content-type": "application/json" } }) });
                checked += 1;
                const nulPassed = c.nul && ![400, 401, 302, 429].includes(res.statusCode);
                if (nulPassed || res.statusCode >= 500 || (res.statusCode >= 400 && !hasErrorShape(JSON.parse(res.body)))) failures.push(`${who}: ${m} ${c.url} ${String(c.body).slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
              }
            }
          }
        }
        console.log(`robustness: ${checked} junk requests across ${Object.keys(doc.paths).length} paths on ${backend.name}`);
        expect(failures).toEqual([]);
        expect(checked).toBeGreaterThan(1000);
      });
    });
  });
}
