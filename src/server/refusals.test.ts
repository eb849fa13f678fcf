import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, type Db } from "../store/database.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { backends, basicSetup, withApi } from "./test-app.test-support.ts";

/**
 * Issue 11, item 3: every refusal, in every route, goes through one helper that audits it
 * (`refuseAccess`, services/errors.ts). Two checks: no code but that helper makes a 403 (one
 * documented exception), and over HTTP each kind of refusal — a role's, in every area of the API, and
 * the edge's CSRF check — appends one ACCESS_DENIED event and writes nothing else.
 */
const SRC = fileURLToPath(new URL("../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "web" ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|\.test-support\.ts$/.test(e.name) ? [path] : [];
  });
}

/**
 * Where a 403 may be made other than by refuseAccess (at most this many times): a session owed a new password or a second factor
 * is refused until it has done so — the session's state, like the 401, not a refusal of a role, and
 * recorded when the person does it (server/auth.ts; docs/decisions/0019 and 0023).
 */
const NOT_THROUGH_THE_HELPER: Record<string, number> = { "server/auth.ts": 1 };

async function denials(db: Db): Promise<{ entity: string | null; entity_id: string | null; reason: string | null }[]> {
  return queryRows(db, sql`select entity, entity_id, after->>'reason' as reason from audit_events where type = 'ACCESS_DENIED' order by seq`);
}

describe("refusals go through refuseAccess", () => {
  it("no code but services/errors.ts makes a 403 (FORBIDDEN) or answers one by hand", () => {
    const found: Record<string, number> = {};
    for (const file of sources(SRC)) {
      const text = readFileSync(file, "utf8");
      const name = relative(SRC, file).split("\\").join("/");
      const made = (text.match(/"FORBIDDEN"/g) ?? []).length + (text.match(/\.code\(\s*403\s*\)|statusCode\s*=\s*403/g) ?? []).length;
      if (made > 0 && name !== "services/errors.ts") found[name] = made;
    }
    const beyond = Object.entries(found).filter(([name, n]) => n > (NOT_THROUGH_THE_HELPER[name] ?? 0)).map(([name]) => name);
    expect(beyond).toEqual([]);
  });
});

for (const backend of backends()) {
  describe(`every refusal is audited (${backend.name})`, () => {
    it(
      "a role's refusal in each area of the API, and a request without its CSRF token, each append one ACCESS_DENIED",
      async () => {
        await withApi(backend, async (api) => {
          const { agencyId, districtId, schoolId, officerId, coordinator } = await basicSetup(api);
          const sro = await api.as({ email: "sro@breitung.example", officerId, memberships: [{ organizationId: agencyId, role: "SRO" }] });
          const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Other Police Department", sroPolicy: "POST" });
          const purpose = { "x-purpose": "refusals test" };
          const refused: [string, string, unknown?][] = [
            ["POST", "/api/v1/organizations", { kind: "AGENCY", name: "New Police Department", sroPolicy: "POST" }],
            ["PATCH", `/api/v1/organizations/${agencyId}`, { name: "Renamed" }],
            ["POST", "/api/v1/schools", { organizationId: districtId, name: "New School" }],
            ["POST", "/api/v1/officers", { postLicense: "777", firstName: "N", lastName: "O", agencyId: otherAgency }],
            ["POST", "/api/v1/courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2026-01-05", postApproved: true }],
            ["POST", "/api/v1/assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-09-01" }],
            ["PUT", "/api/v1/settings/readings", {}],
            ["GET", "/api/v1/users"],
            ["POST", "/api/v1/users", { email: "x@y.example", displayName: "X" }],
            ["GET", "/api/v1/audit"],
            ["GET", "/api/v1/audit/verify"],
          ];
          for (const [method, url, body] of refused) {
            const before = (await denials(api.db)).length;
            const res = await sro.call(method, url, body, purpose);
            expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(403);
            expect(res.body.error?.code).toBe("FORBIDDEN");
            expect((await denials(api.db)).length, `${method} ${url} audited once`).toBe(before + 1);
          }

          // The edge's CSRF check: the coordinator may write the course, but not without the token.
          const before = (await denials(api.db)).length;
          const courses = async () => Number((await queryRows<{ n: string | number }>(api.db, sql`select count(*) as n from courses`))[0]?.n);
          const coursesBefore = await courses();
          const forged = await api.app.inject({
            method: "POST", url: "/api/v1/courses", headers: { cookie: `${SESSION_COOKIE}=${coordinator.cookie ?? ""}` },
            payload: { officerId, type: "POST_SRO_BASIC", completedOn: "2026-01-05", postApproved: true },
          });
          expect(forged.statusCode).toBe(403);
          expect(forged.body).toMatch(/CSRF/);
          expect(await courses()).toBe(coursesBefore);
          const after = await denials(api.db);
          expect(after.length).toBe(before + 1);
          expect(after.at(-1)).toMatchObject({ entity: "request", entity_id: "POST /api/v1/courses", reason: expect.stringMatching(/CSRF/) as unknown });
        });
      },
      120_000,
    );
  });
}
