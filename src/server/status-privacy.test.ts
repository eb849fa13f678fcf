import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi, type Client } from "./test-app.test-support.ts";

/**
 * Issue 10 item 5: private data only to its parties. A district's superintendent, safety coordinator
 * and principal read an officer's status — the determination — but not the dates of the officer's
 * employer-unable decision and policy review (private personnel data, docs/decisions/0007), and the
 * contact days only as the district's safety coordinator (docs/decisions/0012). Where something is
 * withheld the answer says "not shown to your role", never that there is no record.
 */
const DECIDED = "2026-09-20";
const REVIEWED = "2026-09-25";
const DAYS = ["2026-09-14", "2026-09-15", "2026-09-16"];
const PURPOSE = { "x-purpose": "annual training audit" };

async function body(client: Client, url: string): Promise<{ status: number; json: Record<string, unknown>; text: string }> {
  const res = await client.call("GET", url, undefined, PURPOSE);
  return { status: res.status, json: res.body, text: JSON.stringify(res.body) };
}

for (const backend of backends()) {
  describe(`an officer's private facts on ${backend.name}`, () => {
    it("are withheld from the district's roles wherever the status states them, and shown to the agency", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, districtId, schoolId, officerId, coordinator } = await basicSetup(api);
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-10-01" });
        await coordinator.create("employer-unable-decisions", { officerId, decidedOn: DECIDED, reason: "no seat in an approved course" });
        await coordinator.create("policy-reviews", { officerId, reviewedOn: REVIEWED });
        // A substitute serving the same school, with three contact days.
        const substituteId = await coordinator.create("officers", { postLicense: "54321", firstName: "Bo", lastName: "Berg", agencyId });
        await coordinator.create("assignments", { officerId: substituteId, schoolId, role: "SUBSTITUTE", startOn: "2026-09-01" });
        for (const day of DAYS) await coordinator.create("contact-days", { officerId: substituteId, schoolId, day, studentsPresent: true });

        const chief = await api.as({ email: "chief@breitung.example", memberships: [{ organizationId: agencyId, role: "CHIEF" }] });
        const district = {
          superintendent: await api.as({ email: "super@lakeview.example", memberships: [{ organizationId: districtId, role: "SUPERINTENDENT" }] }),
          safety: await api.as({ email: "safety@lakeview.example", memberships: [{ organizationId: districtId, role: "SAFETY_COORDINATOR" }] }),
          principal: await api.as({ email: "principal@lakeview.example", memberships: [{ organizationId: districtId, role: "PRINCIPAL", schoolId }] }),
        };

        // The agency sees the decision's date in the explanation, and until when the answer holds on the eve of the review.
        const own = await body(chief, `/api/v1/officers/${officerId}/status`);
        expect(own.text).toContain(`documented ${DECIDED}`);
        expect(own.json["notShown"]).toEqual([]);
        expect((await body(chief, `/api/v1/officers/${officerId}/status?asOf=2026-09-21`)).json["validUntil"]).toBe(REVIEWED);
        expect((await body(chief, `/api/v1/policy-reviews?officerId=${officerId}`)).text).toContain(REVIEWED);
        expect((await body(chief, `/api/v1/contact-days?officerId=${substituteId}`)).json["items"]).toHaveLength(3);

        for (const [role, client] of Object.entries(district)) {
          for (const asOf of ["", "?asOf=2026-09-01", "?asOf=2026-09-21", "?asOf=2026-09-24", `?districtId=${districtId}`]) {
            const status = await body(client, `/api/v1/officers/${officerId}/status${asOf}`);
            expect({ role, asOf, status: status.status }).toEqual({ role, asOf, status: 200 });
            expect({ role, asOf, decided: status.text.includes(DECIDED), reviewed: status.text.includes(REVIEWED) }).toEqual({ role, asOf, decided: false, reviewed: false });
          }
          const status = await body(client, `/api/v1/officers/${officerId}/status`);
          // The determination stays whole: the grace path, its deadline, the relieved duties.
          expect(status.json).toMatchObject({ headline: "IN_GRACE", actionDueOn: "2027-04-01" });
          expect(status.json["answer"]).toMatchObject({ statuteStatus: "IN_GRACE", path: "GRACE", assumedDutiesOn: "2026-10-01", deadlineEffective: "2027-04-01", notRequiredDuties: [4, 5] });
          expect(status.text).toContain("documented on a date not shown to your role");
          expect(status.text).not.toMatch(/no (decision|review|record)/i);
          expect(status.json["notShown"]).toEqual(expect.arrayContaining(["policy-reviews", "employer-unable-decisions"]));
          // On the eve of the decision the answer holds until it: that date is withheld too.
          expect((await body(client, `/api/v1/officers/${officerId}/status?asOf=2026-09-01`)).json["validUntil"]).toBeNull();

          // The lists the dashboard and the officers page are built from carry none of them either.
          for (const url of ["/api/v1/statuses", "/api/v1/deadlines?within=1000", "/api/v1/dashboard/substitutes", "/api/v1/dashboard/relieved-duties", `/api/v1/officers/${substituteId}/status`]) {
            const list = await body(client, url);
            expect({ role, url, status: list.status }).toEqual({ role, url, status: 200 });
            expect({ role, url, leaks: [DECIDED, REVIEWED, ...(role === "safety" ? [] : DAYS)].filter((d) => list.text.includes(d)) }).toEqual({ role, url, leaks: [] });
          }
        }

        // Contact days: the district's safety coordinator, who records them, reads them; the superintendent and the principal do not.
        expect((await body(district.safety, `/api/v1/contact-days?officerId=${substituteId}`)).json["items"]).toHaveLength(3);
        expect((await body(district.safety, `/api/v1/officers/${substituteId}/status`)).json["notShown"]).not.toContain("contact-days");
        for (const client of [district.superintendent, district.principal]) {
          expect((await body(client, `/api/v1/contact-days?officerId=${substituteId}`)).json["items"]).toEqual([]);
          const sub = await body(client, `/api/v1/officers/${substituteId}/status`);
          expect(sub.json["notShown"]).toContain("contact-days");
          // The count is the determination: it stays.
          expect(sub.json["answer"]).toMatchObject({ statuteStatus: "SUBSTITUTE_EXEMPT", substituteContactDays: { count: 3 } });
        }
      });
    }, 180_000);
  });
}
