import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi } from "./test-app.test-support.ts";

/** The dashboard's lists: exempt substitutes by contact days, and the SROs relieved of clauses (4)/(5). */
for (const backend of backends()) {
  describe(`dashboard lists on ${backend.name}`, () => {
    it("list an SRO in the six months of subd. 3(c) and an exempt substitute, within the caller's reach only", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, schoolId, officerId, coordinator } = await basicSetup(api);
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-10-01" });
        await coordinator.create("employer-unable-decisions", { officerId, decidedOn: "2026-09-20", reason: "no seat in an approved course" });
        const substituteId = await coordinator.create("officers", { postLicense: "23456", firstName: "Bo", lastName: "Berg", agencyId });
        await coordinator.create("assignments", { officerId: substituteId, schoolId, role: "SUBSTITUTE", startOn: "2026-09-01" });
        for (const day of ["2026-10-05", "2026-10-06", "2026-10-07"]) await coordinator.create("contact-days", { officerId: substituteId, schoolId, day, studentsPresent: true });

        const relieved = await coordinator.call("GET", `/api/v1/dashboard/relieved-duties?districtId=${districtId}`);
        expect(relieved.status).toBe(200);
        expect(relieved.body["clauses"]).toEqual([4, 5]);
        expect(relieved.body["items"]).toEqual([
          expect.objectContaining({ officerId, name: "Alvarez, Ana", notRequiredDuties: [4, 5], statuteStatus: "IN_GRACE", path: "GRACE", deadlineEffective: "2027-04-01" }),
          expect.objectContaining({ officerId: substituteId, notRequiredDuties: [4, 5], statuteStatus: "SUBSTITUTE_EXEMPT" }),
        ]);
        expect((relieved.body["items"] as { reason: string }[])[0]?.reason).toContain("clauses (4) and (5)");

        const substitutes = await coordinator.call("GET", "/api/v1/dashboard/substitutes?limit=5");
        expect(substitutes.body).toMatchObject({ threshold: 60, total: 1, items: [{ officerId: substituteId, name: "Berg, Bo", substituteCount: 3 }] });

        // Someone of another district sees neither.
        const otherDistrict = await api.create("organizations", { kind: "DISTRICT", name: "Elsewhere ISD", sroPolicy: "MSBA" });
        const outsider = await api.as({ email: "safety@elsewhere.example", memberships: [{ organizationId: otherDistrict, role: "SAFETY_COORDINATOR" }] });
        expect((await outsider.call("GET", `/api/v1/dashboard/relieved-duties?districtId=${districtId}`)).body["items"]).toEqual([]);
        expect((await outsider.call("GET", "/api/v1/dashboard/substitutes")).body["items"]).toEqual([]);
      });
    });

    it("refuses the public and names a wrong parameter", async () => {
      await withApi(backend, async (api) => {
        expect((await api.anonymous().call("GET", "/api/v1/dashboard/substitutes")).status).toBe(401);
        const wrong = await api.call("GET", "/api/v1/dashboard/relieved-duties?districtId=not-a-uuid");
        expect(wrong.status).toBe(400);
        expect(wrong.body.error?.path).toContain("districtId");
        expect((await api.call("GET", "/api/v1/dashboard/substitutes?limit=0")).status).toBe(400);
      });
    });
  });
}
