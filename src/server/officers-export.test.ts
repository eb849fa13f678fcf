import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { backends, basicSetup, withApi } from "./test-app.test-support.ts";

/** GET /api/v1/statuses/export: the officers list's rows, with its filters and order, as a file. */
function csvNames(body: string): string[] {
  return body.trim().split("\n").slice(1).map((line) => (line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(",")[0] ?? ""));
}

for (const backend of backends()) {
  describe(`the officers export on ${backend.name}`, () => {
    it("holds the list's rows, filtered and ordered alike, as CSV and XLSX, within the caller's reach", async () => {
      await withApi(backend, async (api) => {
        const { agencyId, officerId, schoolId, coordinator } = await basicSetup(api);
        const second = await coordinator.create("officers", { postLicense: "67890", firstName: "Ben", lastName: "Bauer", agencyId });
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-09-08" });
        await coordinator.create("assignments", { officerId: second, schoolId, role: "REGULAR", startOn: "2026-10-01" });

        const list = await coordinator.call("GET", "/api/v1/statuses?sort=name&limit=10000");
        const shown = (list.body["items"] as { name: string }[]).map((i) => i.name);
        expect(shown).toEqual(["Alvarez, Ana", "Bauer, Ben"]);
        const reversed = await coordinator.call("GET", "/api/v1/statuses?sort=name&order=desc&limit=10000");
        expect((reversed.body["items"] as { name: string }[]).map((i) => i.name)).toEqual(["Bauer, Ben", "Alvarez, Ana"]);
        const reversedCsv = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv&sort=name&order=desc" });
        expect(reversedCsv.body.split("\n")[1]).toMatch(/^"?Bauer, Ben/);

        const csv = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv&sort=name" });
        expect(csv.statusCode).toBe(200);
        expect(csv.headers["content-type"]).toContain("text/csv");
        expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="officers-2026-11-30\.csv"/);
        expect(csv.body.split("\n")[0]).toBe("name,post_license,agency,schools,headline,headline_label,statute_status,policy_status,path,action_due_on,deadline_effective,refresher_due,substitute_contact_days,flags,as_of");
        expect(csvNames(csv.body)).toEqual(shown);

        const searched = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv&q=6789" });
        expect(csvNames(searched.body)).toEqual(["Bauer, Ben"]);

        const xlsx = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=xlsx&sort=name" });
        expect(xlsx.statusCode).toBe(200);
        expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect([2, 3].map((r) => sheet?.getRow(r).getCell(1).value)).toEqual(shown);

        // Someone of another agency sees none of them; nobody signed in gets nothing.
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Other Police Department" });
        const stranger = await api.as({ email: "chief@other.example", memberships: [{ organizationId: otherAgency, role: "CHIEF" }] });
        expect((await stranger.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv" })).body.trim()).toBe(csv.body.split("\n")[0]);
        expect((await api.anonymous().inject({ method: "GET", url: "/api/v1/statuses/export?format=csv" })).statusCode).toBe(401);
      });
    });

    it("shows the schools each officer serves now, in the list and in both files, and filters by school", async () => {
      await withApi(backend, async (api) => {
        const { districtId, officerId, schoolId, coordinator, agencyId } = await basicSetup(api);
        const middle = await api.create("schools", { organizationId: districtId, name: "Lakeview Middle School" });
        const old = await api.create("schools", { organizationId: districtId, name: "Old Lakeview School" });
        await coordinator.create("officers", { postLicense: "67890", firstName: "Ben", lastName: "Bauer", agencyId });
        // Ana serves two schools now (one of them twice) and served a third before; Ben serves none.
        await coordinator.create("assignments", { officerId, schoolId, role: "REGULAR", startOn: "2026-09-08" });
        await coordinator.create("assignments", { officerId, schoolId: middle, role: "SUBSTITUTE", startOn: "2026-09-08", plannedContactDays: 3 });
        await coordinator.create("assignments", { officerId, schoolId, role: "SUBSTITUTE", startOn: "2026-10-01", plannedContactDays: 2 });
        await coordinator.create("assignments", { officerId, schoolId: old, role: "REGULAR", startOn: "2025-09-02", endOn: "2026-06-10" });

        const list = await coordinator.call("GET", "/api/v1/statuses?sort=name");
        expect(list.status).toBe(200);
        const items = list.body["items"] as { name: string; schools: { id: string; name: string; districtId: string; districtName: string }[] }[];
        expect(items.map((i) => [i.name, i.schools.map((s) => s.name)])).toEqual([
          ["Alvarez, Ana", ["Lakeview High School", "Lakeview Middle School"]],
          ["Bauer, Ben", []],
        ]);
        expect(items[0]?.schools[0]).toEqual({ id: schoolId, name: "Lakeview High School", districtId, districtName: "Lakeview ISD" });

        const atMiddle = await coordinator.call("GET", `/api/v1/statuses?schoolId=${middle}`);
        expect((atMiddle.body["items"] as { name: string }[]).map((i) => i.name)).toEqual(["Alvarez, Ana"]);
        // A school the officer left is not one they serve.
        expect((await coordinator.call("GET", `/api/v1/statuses?schoolId=${old}`)).body["total"]).toBe(0);

        const csv = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv&sort=name" });
        const [header, ana, ben] = csv.body.trim().split("\n");
        expect(header?.split(",")[3]).toBe("schools");
        expect(ana).toContain(",Lakeview High School; Lakeview Middle School,");
        expect(ben?.split(",")[4]).toBe("");
        const xlsx = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=xlsx&sort=name" });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        expect(workbook.worksheets[0]?.getRow(1).getCell(4).value).toBe("schools");
        expect(workbook.worksheets[0]?.getRow(2).getCell(4).value).toBe("Lakeview High School; Lakeview Middle School");
      });
    });

    it("names the field of a bad request", async () => {
      await withApi(backend, async (api) => {
        const bad = await api.call("GET", "/api/v1/statuses/export?format=pdf");
        expect(bad.status).toBe(400);
        expect(bad.body.error?.path).toBe("/format");
        expect((await api.call("GET", "/api/v1/statuses/export")).body.error?.path).toBe("/format");
        expect((await api.call("GET", "/api/v1/statuses/export?format=csv&schoolId=nope")).body.error?.path).toBe("/schoolId");
      });
    });
  });
}
