import { describe, expect, it } from "vitest";
import { operator } from "../policies/actor.ts";
import { ClientError } from "../services/errors.ts";
import { RECORD_KINDS, updateRecord } from "../services/records/index.ts";
import { backends, basicSetup, TODAY, withApi, type Client } from "./test-app.test-support.ts";

/** Create, read, update, list and remove for every record kind, and the client errors of each. */
for (const backend of backends()) {
  describe(`records API on ${backend.name}`, () => {
    it("creates, reads, updates, lists and removes an assignment", async () => {
      await withApi(backend, async (api) => {
        const { officerId, schoolId, coordinator } = await basicSetup(api);
        const id = await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2025-10-06", contractRef: "JPA-2025-7" });
        const read = await coordinator.call("GET", `/api/v1/assignments/${id}`);
        expect(read.body).toMatchObject({ id, officerId, schoolId, role: "REGULAR", startOn: "2025-10-06", endOn: null, underContract: true, instructionalDay: true, contractRef: "JPA-2025-7" });
        const patched = await coordinator.call("PATCH", `/api/v1/assignments/${id}`, { endOn: "2026-06-05" });
        expect(patched.status).toBe(200);
        expect(patched.body["endOn"]).toBe("2026-06-05");
        const list = await api.call("GET", `/api/v1/assignments?officerId=${officerId}`);
        expect(list.body).toMatchObject({ total: 1, limit: 100, offset: 0 });
        expect(await coordinator.call("DELETE", `/api/v1/assignments/${id}`)).toMatchObject({ status: 204 });
        expect((await api.call("GET", `/api/v1/assignments/${id}`)).status).toBe(404);
      });
    });

    it("lists an organization's assignments and officers: by the officer's agency or the school's district", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, officerId, schoolId, coordinator } = await basicSetup(api);
        const otherDistrict = await api.create("organizations", { kind: "DISTRICT", name: "Far ISD", sroPolicy: "MSBA" });
        const farSchool = await api.create("schools", { organizationId: otherDistrict, name: "Far High School" });
        const here = await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2025-10-06" });
        const there = await coordinator.create("assignments", { officerId, schoolId: farSchool, role: "SUBSTITUTE", startOn: "2025-10-06" });
        const unassigned = await coordinator.create("officers", { postLicense: "77777", firstName: "Bo", lastName: "Berg", agencyId });
        const ids = async (url: string) => ((await api.call("GET", url)).body["items"] as { id: string }[]).map((r) => r.id).sort();
        expect(await ids(`/api/v1/assignments?agencyId=${agencyId}`)).toEqual([here, there].sort());
        expect(await ids(`/api/v1/assignments?districtId=${districtId}`)).toEqual([here]);
        expect(await ids(`/api/v1/assignments?districtId=${otherDistrict}`)).toEqual([there]);
        expect(await ids(`/api/v1/officers?districtId=${districtId}`)).toEqual([officerId]);
        expect(await ids(`/api/v1/officers?agencyId=${agencyId}`)).toEqual([officerId, unassigned].sort());
        const bad = await api.call("GET", "/api/v1/assignments?districtId=nope");
        expect(bad.status).toBe(400);
        expect(bad.body.error).toMatchObject({ path: "/districtId" });
      });
    });

    it("serves every record kind", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId, schoolId, coordinator } = await basicSetup(api);
        const made = {
          courses: await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true, provider: "MnSSC", postCourseNumber: "SRO-101", credits: 40 }),
          "employer-unable-decisions": await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2025-08-20", reason: "no seat in an approved course" }),
          "policy-reviews": await coordinator.create("policy-reviews", { officerId, reviewedOn: "2025-10-01" }),
          "contact-days": await coordinator.create("contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: true }),
        };
        // Private personnel data is read only with a purpose, which the audit trail keeps.
        const purpose = { "x-purpose": "annual training audit" };
        expect((await api.call("GET", `/api/v1/courses/${made.courses}`)).body).toMatchObject({ credits: 40, postApproved: true });
        expect((await api.call("GET", `/api/v1/employer-unable-decisions/${made["employer-unable-decisions"]}`)).body.error).toMatchObject({ code: "INVALID_REQUEST", path: "/purpose" });
        expect((await api.call("GET", `/api/v1/employer-unable-decisions/${made["employer-unable-decisions"]}`, undefined, purpose)).body).toMatchObject({ decidedBy: "coordinator@breitung.example" });
        // A review defaults to the employing agency's policy, with its version.
        expect((await api.call("GET", `/api/v1/policy-reviews/${made["policy-reviews"]}`, undefined, purpose)).body).toMatchObject({ organizationId: agencyId, policy: "POST", policyVersion: "2024" });
        for (const plural of ["organizations", "schools", "officers", ...Object.keys(made)]) {
          expect((await api.call("GET", `/api/v1/${plural}`, undefined, purpose)).body["total"]).toBeGreaterThan(0);
        }
        const reads = await api.call("GET", "/api/v1/audit?type=PRIVATE_DATA_READ", undefined, purpose); // the trail is read with a purpose too
        expect(reads.body["items"]).toEqual(expect.arrayContaining([expect.objectContaining({ entity: "employer-unable-decisions", purpose: "annual training audit" })]));
      });
    });

    it("answers client errors with a 4xx naming the field", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, officerId, schoolId, coordinator } = await basicSetup(api);
        const cases: [string, string, unknown, number, string][] = [
          ["POST", "/api/v1/officers", { postLicense: "9", firstName: "B", lastName: "C", agencyId, badge: 1 }, 400, "/badge"],
          // Only the named agency's staff may place an officer with it: a district is no one's agency here.
          ["POST", "/api/v1/officers", { postLicense: "9", firstName: "B", lastName: "C", agencyId: districtId }, 403, ""],
          ["POST", "/api/v1/officers", { postLicense: "12345", firstName: "B", lastName: "C", agencyId }, 409, "/postLicense"],
          ["POST", "/api/v1/assignments", { officerId, schoolId, role: "REGULAR", startOn: "2025-02-30" }, 400, "/startOn"],
          ["POST", "/api/v1/assignments", { officerId, schoolId, role: "REGULAR", startOn: "2025-10-01", endOn: "2025-09-01" }, 400, "/endOn"],
          ["POST", "/api/v1/assignments", { officerId: "00000000-0000-4000-8000-000000000000", schoolId, role: "REGULAR", startOn: "2025-10-01" }, 400, "/officerId"],
          ["POST", "/api/v1/assignments", { officerId, schoolId, role: "CHIEF", startOn: "2025-10-01" }, 400, "/role"],
          ["POST", "/api/v1/courses", { officerId, type: "POST_SRO_BASIC" }, 400, "/completedOn"],
          ["GET", "/api/v1/officers?limit=0", undefined, 400, "/limit"],
          ["GET", "/api/v1/officers/not-a-uuid", undefined, 400, "/id"],
          ["PATCH", "/api/v1/officers/00000000-0000-4000-8000-000000000000", { firstName: "X" }, 404, ""],
        ];
        for (const [method, url, body, status, path] of cases) {
          const res = await coordinator.call(method, url, body);
          expect({ url, status: res.status, path: res.body.error?.path ?? "" }).toEqual({ url, status, path });
          expect(res.body.error?.message).toBeTruthy();
        }
        const academy = await api.call("POST", "/api/v1/schools", { organizationId: agencyId, name: "Police Academy" });
        expect({ status: academy.status, path: academy.body.error?.path }).toEqual({ status: 400, path: "/organizationId" });
        await coordinator.create("contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: true });
        expect((await coordinator.call("POST", "/api/v1/contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: false })).status).toBe(409);
        expect((await coordinator.call("DELETE", `/api/v1/officers/${officerId}`)).status).toBe(404); // officers are kept: no such route
      });
    });

    it("writes nothing when a write fails half-way", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId, coordinator } = await basicSetup(api);
        await coordinator.create("officers", { postLicense: "777", firstName: "Bo", lastName: "Berg", agencyId });
        // An update that the database refuses (a license number already held) leaves the record as it was.
        const res = await coordinator.call("PATCH", `/api/v1/officers/${officerId}`, { firstName: "Changed", postLicense: "777" });
        expect(res.status).toBe(409);
        expect((await coordinator.call("GET", `/api/v1/officers/${officerId}`)).body).toMatchObject({ firstName: "Ana", postLicense: "12345" });
      });
    });

    it("refuses, on every PATCH of every kind, the id, the timestamps, the owner and unknown fields by name, and changes nothing", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId, schoolId, coordinator } = await basicSetup(api);
        const other = await coordinator.create("officers", { postLicense: "55555", firstName: "Bo", lastName: "Berg", agencyId });
        const made: Record<string, { id: string; by: Client; owner?: [string, unknown] }> = {
          organizations: { id: agencyId, by: api, owner: ["kind", "DISTRICT"] },
          schools: { id: schoolId, by: api, owner: ["organizationId", agencyId] },
          // An officer's agency is changed by a transfer, which both agencies' staff must allow (decision 0008).
          officers: { id: officerId, by: coordinator },
          assignments: { id: await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2025-10-06" }), by: coordinator, owner: ["officerId", other] },
          courses: { id: await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true }), by: coordinator, owner: ["officerId", other] },
          "employer-unable-decisions": { id: await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2025-08-20", reason: "no seat" }), by: coordinator, owner: ["officerId", other] },
          "policy-reviews": { id: await coordinator.create("policy-reviews", { officerId, reviewedOn: "2025-10-01" }), by: coordinator, owner: ["officerId", other] },
          "contact-days": { id: await coordinator.create("contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: true }), by: coordinator, owner: ["officerId", other] },
        };
        expect(Object.keys(made).sort()).toEqual(RECORD_KINDS.map((k) => k.plural).sort()); // every kind, none forgotten
        const purpose = { "x-purpose": "checking an update was refused" };
        for (const [plural, { id, by, owner }] of Object.entries(made)) {
          const url = `/api/v1/${plural}/${id}`;
          const before = (await api.call("GET", url, undefined, purpose)).body;
          const attempts: [Record<string, unknown>, string, RegExp][] = [
            [{ id: "00000000-0000-4000-8000-000000000001" }, "/id", /cannot be changed/],
            [{ createdAt: "2020-01-01T00:00:00.000Z" }, "/createdAt", /cannot be changed/],
            [{ updatedAt: "2020-01-01T00:00:00.000Z" }, "/updatedAt", /cannot be changed/],
            [{ badge: 7 }, "/badge", /not a field/],
            ...(owner === undefined ? [] : [[{ [owner[0]]: owner[1] }, `/${owner[0]}`, /cannot be changed/] as [Record<string, unknown>, string, RegExp]]),
          ];
          for (const [body, path, message] of attempts) {
            const res = await by.call("PATCH", url, body);
            expect({ plural, status: res.status, path: res.body.error?.path }).toEqual({ plural, status: 400, path });
            expect(res.body.error?.message).toMatch(message);
          }
          expect((await api.call("GET", url, undefined, purpose)).body).toEqual(before);
        }
        // The service refuses them too, whoever calls it (the command line, an import): not only the route.
        const ctx = { db: api.db, actor: operator("test"), today: () => TODAY };
        const courses = RECORD_KINDS.find((k) => k.plural === "courses");
        if (courses === undefined) throw new Error("no course kind");
        for (const [changes, path] of [[{ officerId: other }, "/officerId"], [{ id: other }, "/id"], [{ nickname: "x" }, "/nickname"]] as const) {
          const refused = await updateRecord(ctx, courses, made["courses"]?.id ?? "", changes).then(() => null, (e: unknown) => e);
          expect(refused).toBeInstanceOf(ClientError);
          expect((refused as ClientError).path).toBe(path);
        }
      });
    }, 120_000);

    it("says which value is taken on a conflict, never the value or another record's data", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, officerId, schoolId, coordinator } = await basicSetup(api);
        // Another agency's officer holds license 33211: agency B's coordinator learns only that it is in use.
        const other = await api.create("organizations", { kind: "AGENCY", name: "Far County Sheriff", sroPolicy: "POST" });
        const far = await api.as({ email: "coordinator@far.example", memberships: [{ organizationId: other, role: "TRAINING_COORDINATOR" }] });
        await far.create("officers", { postLicense: "33211", firstName: "Quinn", lastName: "Quist", agencyId: other });
        await coordinator.create("contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: true });
        const conflicts: [Client, string, string, unknown, string, RegExp, string[]][] = [
          [coordinator, "POST", "/api/v1/officers", { postLicense: "33211", firstName: "B", lastName: "C", agencyId }, "/postLicense", /license number is already in use/, ["33211", "Quinn", "Quist"]],
          [coordinator, "PATCH", `/api/v1/officers/${officerId}`, { postLicense: "33211" }, "/postLicense", /license number is already in use/, ["33211", "Quinn"]],
          [api, "POST", "/api/v1/organizations", { kind: "DISTRICT", name: "Lakeview ISD", sroPolicy: "MSBA" }, "/name", /already in use/, ["Lakeview", districtId]],
          [api, "POST", "/api/v1/schools", { organizationId: districtId, name: "Lakeview High School" }, "/name", /already in use/, ["Lakeview", districtId]],
          [coordinator, "POST", "/api/v1/contact-days", { officerId, schoolId, day: "2025-10-02", studentsPresent: false }, "/day", /already recorded/, ["2025-10-02", officerId, schoolId]],
        ];
        for (const [who, method, url, body, path, message, secrets] of conflicts) {
          const res = await who.call(method, url, body);
          expect({ url, status: res.status, path: res.body.error?.path }).toEqual({ url, status: 409, path });
          expect(res.body.error?.message).toMatch(message);
          for (const secret of secrets) expect(res.body.error?.message).not.toContain(secret);
        }
      });
    }, 120_000);

    it("finds officers by a part of their license number, letters included, whatever their case", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, coordinator } = await basicSetup(api);
        const upper = await coordinator.create("officers", { postLicense: "A12345", firstName: "Lee", lastName: "Lind", agencyId });
        const lower = await coordinator.create("officers", { postLicense: "ab-33211", firstName: "Mo", lastName: "Moss", agencyId });
        const literal = await coordinator.create("officers", { postLicense: "X_1%9", firstName: "Ny", lastName: "Nord", agencyId });
        const found = async (q: string): Promise<string[]> =>
          ((await coordinator.call("GET", `/api/v1/statuses?q=${encodeURIComponent(q)}`)).body["items"] as { officerId: string }[]).map((r) => r.officerId).sort();
        expect(await found("a12")).toEqual([upper]);
        expect(await found("A12")).toEqual([upper]);
        expect(await found("AB-33")).toEqual([lower]);
        expect(await found("b-332")).toEqual([lower]);
        // Wildcards of SQL's LIKE are letters like any other in a search.
        expect(await found("_1%")).toEqual([literal]);
        expect(await found("%")).toEqual([literal]);
      });
    }, 120_000);
  });
}
