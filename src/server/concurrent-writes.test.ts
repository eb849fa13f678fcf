import { describe, expect, it } from "vitest";
import { staleCachedStatuses } from "../../test/status-cache.ts";
import { backends, basicSetup, TODAY, withApi } from "./test-app.test-support.ts";

/**
 * Issue 10 item 8: parallel writes for one officer must all succeed and leave the cached status equal
 * to a fresh evaluation of everything committed. On PostgreSQL the requests run on separate
 * connections at once; the two-process version is bench/concurrent-writes.ts (`npm run check:concurrency`).
 */
for (const backend of backends()) {
  describe(`concurrent writes on ${backend.name}`, () => {
    it("eight parallel course writes per officer all succeed and the cached status is current", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, schoolId, officerId, coordinator } = await basicSetup(api);
        const officers = [officerId];
        for (const n of [1]) officers.push(await coordinator.create("officers", { postLicense: `6000${n}`, firstName: "Pat", lastName: `Parallel ${n}`, agencyId }));
        for (const id of officers) await coordinator.create("assignments", { officerId: id, schoolId, role: "REGULAR", startOn: "2025-10-06" });
        // Completion dates on both sides of the assignment's start: which course decides the status
        // depends on all of them, so a status computed without one of them is visible.
        const writes = officers.flatMap((id) =>
          Array.from({ length: 8 }, (_, k) =>
            coordinator.call("POST", "/api/v1/courses", { officerId: id, type: "POST_SRO_BASIC", completedOn: `2025-${k % 2 === 0 ? "11" : "09"}-${String(10 + k).padStart(2, "0")}`, postApproved: true }),
          ),
        );
        const answers = await Promise.all(writes);
        expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${JSON.stringify(a.body.error)}`)).toEqual([]);
        const courses = await api.call("GET", `/api/v1/courses?limit=100`);
        expect(courses.body["total"]).toBe(officers.length * 8);
        expect(await staleCachedStatuses(api.db, TODAY)).toEqual([]);
      });
    }, 120_000);
  });
}
