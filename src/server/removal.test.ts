import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../store/database.ts";
import { loadOfficerRecords } from "../store/officer-records.ts";
import { upload } from "./access-matrix.fixtures.test-support.ts";
import { backends, basicSetup, withApi } from "./test-app.test-support.ts";

const PURPOSE = { "x-purpose": "training file review" };

/**
 * Issue 11 item 6 (docs/decisions/0017): training evidence is never deleted — removing a course (or a
 * policy review) stamps it removed: it counts for no status, leaves the normal list, keeps its
 * certificate, can be listed and restored by whoever may remove it, and both steps are audited. The
 * same course (officer, type, completion date) is recorded once.
 */
for (const backend of backends()) {
  describe(`reversible removal and duplicate courses on ${backend.name}`, () => {
    it("removes a course reversibly: hidden, not counted, kept with its certificate, restorable, audited", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const id = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true });
        expect((await upload(coordinator, id)).statusCode).toBe(201);
        const counted = async () => (await loadOfficerRecords(api.db, [officerId]))[0]?.courses.map((c) => c.id);
        expect(await counted()).toEqual([id]);

        expect((await coordinator.call("DELETE", `/api/v1/courses/${id}`)).status).toBe(204);
        expect(await counted()).toEqual([]);
        expect((await coordinator.call("GET", `/api/v1/courses?officerId=${officerId}`)).body["items"]).toEqual([]);
        const history = await coordinator.call("GET", `/api/v1/courses?officerId=${officerId}&removed=include`);
        expect(history.body["items"]).toEqual([expect.objectContaining({ id, removedBy: "coordinator@breitung.example", actions: ["read", "restore"] })]);
        expect((await coordinator.call("GET", `/api/v1/courses?officerId=${officerId}&removed=only`)).body["total"]).toBe(1);
        const [kept] = await queryRows<{ n: number }>(api.db, sql`select count(*)::int as n from certificates where course_id = ${id}`);
        expect(kept?.n).toBe(1);
        // Removed: read, not corrected, not removed twice, no new certificate.
        expect((await coordinator.call("PATCH", `/api/v1/courses/${id}`, { provider: "MnSSC" })).status).toBe(409);
        expect((await coordinator.call("DELETE", `/api/v1/courses/${id}`)).status).toBe(409);
        expect((await upload(coordinator, id)).statusCode).toBe(409);

        const restored = await coordinator.call("POST", `/api/v1/courses/${id}/restore`);
        expect(restored.status).toBe(200);
        expect(restored.body).toMatchObject({ id, removedAt: null, removedBy: null, actions: ["read", "update", "remove"] });
        expect(await counted()).toEqual([id]);
        expect((await coordinator.call("POST", `/api/v1/courses/${id}/restore`)).status).toBe(409);

        const events = await api.call("GET", `/api/v1/audit?entity=courses&entityId=${id}`, undefined, PURPOSE);
        expect((events.body["items"] as { type: string }[]).map((e) => e.type)).toEqual(expect.arrayContaining(["RECORD_CREATED", "RECORD_REMOVED", "RECORD_RESTORED"]));
      });
    }, 120_000);

    it("lets only those who may remove a course restore it, and a policy review is removed the same way", async () => {
      await withApi(backend, async (api) => {
        const { officerId, agencyId, coordinator } = await basicSetup(api);
        const id = await coordinator.create("courses", { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true });
        expect((await coordinator.call("DELETE", `/api/v1/courses/${id}`)).status).toBe(204);
        const sro = await api.as({ email: "sro@breitung.example", officerId, memberships: [{ organizationId: agencyId, role: "SRO" }] });
        expect((await sro.call("POST", `/api/v1/courses/${id}/restore`)).status).toBe(403);
        const review = await coordinator.create("policy-reviews", { officerId, reviewedOn: "2025-10-01" });
        expect((await coordinator.call("DELETE", `/api/v1/policy-reviews/${review}`)).status).toBe(204);
        expect((await loadOfficerRecords(api.db, [officerId]))[0]?.reviews).toEqual([]);
        expect((await coordinator.call("GET", `/api/v1/policy-reviews?officerId=${officerId}&removed=only`, undefined, PURPOSE)).body["total"]).toBe(1);
        expect((await coordinator.call("POST", `/api/v1/policy-reviews/${review}/restore`)).status).toBe(200);
        expect((await loadOfficerRecords(api.db, [officerId]))[0]?.reviews).toHaveLength(1);
      });
    }, 120_000);

    it("refuses the same course twice with a 409 at the completion date, in words; a removed copy does not count", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const course = { officerId, type: "POST_SRO_BASIC", completedOn: "2025-09-19", postApproved: true };
        const first = await coordinator.create("courses", course);
        const again = await coordinator.call("POST", "/api/v1/courses", course);
        expect({ status: again.status, error: again.body.error }).toEqual({
          status: 409,
          error: { code: "CONFLICT", path: "/completedOn", in: "body", message: "/completedOn: this officer already has this course on record for this date: correct that record instead of adding it again" },
        });
        // Another type the same day, or the same type another day, is another course.
        await coordinator.create("courses", { ...course, type: "POST_SRO_SUPPLEMENTAL" });
        const other = await coordinator.create("courses", { ...course, completedOn: "2025-09-20" });
        expect((await coordinator.call("PATCH", `/api/v1/courses/${other}`, { completedOn: "2025-09-19" })).status).toBe(409);
        // Once the first is removed the course may be recorded again — and then the first cannot come back beside it.
        expect((await coordinator.call("DELETE", `/api/v1/courses/${first}`)).status).toBe(204);
        await coordinator.create("courses", course);
        const back = await coordinator.call("POST", `/api/v1/courses/${first}/restore`);
        expect({ status: back.status, path: back.body.error?.path }).toEqual({ status: 409, path: "/completedOn" });
      });
    }, 120_000);
  });
}
