import { stringify } from "csv-stringify/sync";
import { and, count, desc, eq, gt } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zipBombBytes } from "../importer/zip-bomb.test-support.ts";
import { assignments, auditEvents, courses, officers } from "../store/schema.ts";
import { backends, basicSetup, withApi, type Client, type TestApi } from "./test-app.test-support.ts";

/** POST /api/v1/imports/check and /api/v1/imports: a roster (or courses) uploaded, checked, committed. */
const ROSTER = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on"];
const AGENCY = "Breitung Police Department";
const row = (license: string, last: string, o: Partial<Record<string, string>> = {}) =>
  ROSTER.map((h) => ({ post_license: license, first_name: "Cleo", last_name: last, agency: AGENCY, district: "Lakeview ISD", school: "Lakeview High School", role: "REGULAR", start_on: "2026-09-08", ...o })[h] ?? "");
const csv = (records: string[][]) => Buffer.from(stringify(records));

async function send(c: Client, url: string, fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = "----sroc-import-test";
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file !== undefined) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.content, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await c.inject({ method: "POST", url, payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; path?: string; message: string } } };
}
const check = (c: Client, kind: string, name: string, content: Buffer) => send(c, "/api/v1/imports/check", { kind }, { name, content });

async function officerCount(api: TestApi): Promise<number> {
  const [r] = await api.db.select({ n: count() }).from(officers);
  return r?.n ?? 0;
}

for (const backend of backends()) {
  describe(`imports over HTTP on ${backend.name}`, () => {
    it("checks a valid roster with its counts and writes nothing; the commit writes all of it with one audit event", async () => {
      await withApi(backend, async (api) => {
        const { coordinator } = await basicSetup(api);
        const file = csv([ROSTER, row("20001", "Nguyen"), row("20002", "Ortiz", { role: "SUBSTITUTE" }), row("12345", "Alvarez", { first_name: "Ana" })]);
        const before = await officerCount(api);
        const checked = await check(coordinator, "roster", "roster.csv", file);
        expect(checked.status).toBe(200);
        expect(checked.body).toMatchObject({ kind: "roster", format: "csv", committed: false, stoppedBy: null, rows: 3, invalidRows: 0, importedRows: 3, problems: [] });
        expect(checked.body["counts"]).toMatchObject({ officersCreated: 2, officersUnchanged: 1, assignmentsCreated: 3, statusesRefreshed: 3 });
        expect(await officerCount(api)).toBe(before);
        expect(await api.db.select().from(assignments)).toEqual([]);

        const committed = await send(coordinator, "/api/v1/imports", { kind: "roster", checkedSha256: String(checked.body["sha256"]) }, { name: "roster.csv", content: file });
        expect(committed.status).toBe(201);
        expect(committed.body).toMatchObject({ committed: true, importedRows: 3, counts: checked.body["counts"] as object });
        expect(await officerCount(api)).toBe(before + 2);
        expect(await api.db.select().from(assignments)).toHaveLength(3);
        const events = await api.db.select().from(auditEvents).where(eq(auditEvents.type, "IMPORT_COMPLETED"));
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ entity: "roster", actorName: "coordinator@breitung.example" });
        expect(events[0]?.after).toMatchObject({ fileName: "roster.csv", sha256: checked.body["sha256"] as string, importedRows: 3 });

        // The new officers' statuses were computed with the import.
        const listed = await coordinator.call("GET", "/api/v1/statuses?q=Nguyen");
        expect((listed.body["items"] as { name: string }[]).map((i) => i.name)).toEqual(["Nguyen, Cleo"]);

        // A different file than the one checked is refused.
        const other = await send(coordinator, "/api/v1/imports", { kind: "roster", checkedSha256: String(checked.body["sha256"]) }, { name: "roster.csv", content: csv([ROSTER, row("20003", "Park")]) });
        expect(other).toMatchObject({ status: 409, body: { error: { path: "/checkedSha256" } } });
      });
    });

    it("reports a bad roster row by row, naming the column; its commit is refused and writes nothing", async () => {
      await withApi(backend, async (api) => {
        const { coordinator } = await basicSetup(api);
        const unknownColumn = await check(coordinator, "roster", "r.csv", csv([[...ROSTER, "badge"], [...row("20001", "Nguyen"), "7"]]));
        expect(unknownColumn.body).toMatchObject({ stoppedBy: "columns", problems: [{ row: 1, column: "badge", message: expect.stringContaining("unknown column") as string }] });

        const file = csv([ROSTER, row("20001", "Nguyen"), row("20002", "Ortiz", { start_on: "2026-02-30" }), row("20003", "", {}), row("20004", "Park", { agency: "Elsewhere PD" })]);
        const checked = await check(coordinator, "roster", "r.csv", file);
        expect(checked.status).toBe(200);
        expect(checked.body).toMatchObject({ committed: false, stoppedBy: "invalid rows", rows: 4, invalidRows: 3 });
        expect(checked.body["problems"]).toEqual([
          { row: 3, column: "start_on", message: expect.stringContaining("2026-02-30") as string },
          { row: 4, column: "last_name", message: "is required" },
          { row: 5, column: "agency", message: expect.stringContaining("Elsewhere PD") as string },
        ]);
        const before = await officerCount(api);
        const commit = await send(coordinator, "/api/v1/imports", { kind: "roster" }, { name: "r.csv", content: file });
        expect(commit).toMatchObject({ status: 400, body: { error: { path: "/file", message: expect.stringContaining("row 3, column start_on") as string } } });
        expect(await officerCount(api)).toBe(before);
        expect(await api.db.select().from(auditEvents).where(eq(auditEvents.type, "IMPORT_COMPLETED"))).toEqual([]);
      });
    });

    it("imports courses from an XLSX workbook, for the agency's own officers only", async () => {
      await withApi(backend, async (api) => {
        const { officerId, coordinator } = await basicSetup(api);
        const otherAgency = await api.create("organizations", { kind: "AGENCY", name: "Other Police Department" });
        const otherChief = await api.as({ email: "chief@other.example", memberships: [{ organizationId: otherAgency, role: "CHIEF" }] });
        await otherChief.create("officers", { postLicense: "99999", firstName: "Olga", lastName: "Other", agencyId: otherAgency });
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("courses");
        sheet.addRow(["post_license", "type", "completed_on", "post_approved"]);
        sheet.addRow(["12345", "POST_SRO_BASIC", new Date(Date.UTC(2026, 8, 19)), "yes"]);
        const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
        const checked = await check(coordinator, "courses", "courses.xlsx", xlsx);
        expect(checked.body).toMatchObject({ format: "xlsx", stoppedBy: null, counts: { coursesCreated: 1 } });
        expect((await send(coordinator, "/api/v1/imports", { kind: "courses" }, { name: "courses.xlsx", content: xlsx })).status).toBe(201);
        expect(await api.db.select().from(courses).where(and(eq(courses.officerId, officerId), eq(courses.completedOn, "2026-09-19")))).toHaveLength(1);

        // Another agency's officer is not found, in the same words as an unknown license.
        const foreign = await check(coordinator, "courses", "c.csv", csv([["post_license", "type", "completed_on"], ["99999", "POST_SRO_BASIC", "2026-09-19"]]));
        expect(foreign.body["problems"]).toEqual([{ row: 2, column: "post_license", message: expect.stringContaining("no officer of your agency") as string }]);
        // …nor moved by a roster.
        const moved = await check(coordinator, "roster", "r.csv", csv([ROSTER, row("99999", "Other", { first_name: "Olga" })]));
        expect(moved.body["problems"]).toEqual([{ row: 2, column: "post_license", message: expect.stringContaining("another agency") as string }]);
      });
    });

    it("refuses district roles, SROs, the administrator and the public", async () => {
      await withApi(backend, async (api) => {
        const { districtId, officerId, agencyId } = await basicSetup(api);
        const file = csv([ROSTER, row("20001", "Nguyen")]);
        const superintendent = await api.as({ email: "super@lakeview.example", memberships: [{ organizationId: districtId, role: "SUPERINTENDENT" }] });
        const sro = await api.as({ email: "sro@breitung.example", officerId, memberships: [{ organizationId: agencyId, role: "SRO" }] });
        for (const who of [superintendent, sro, api]) {
          expect((await check(who, "roster", "r.csv", file)).status).toBe(403);
          expect((await send(who, "/api/v1/imports", { kind: "roster" }, { name: "r.csv", content: file })).body.error?.code).toBe("FORBIDDEN");
        }
        expect((await check(api.anonymous(), "roster", "r.csv", file)).status).toBe(401);
        expect((await api.db.select().from(auditEvents).where(eq(auditEvents.type, "ACCESS_DENIED"))).length).toBeGreaterThanOrEqual(6);
      });
    });

    it("one door with the command line: an audit event per record, the same reader's verdicts, formulas exported as text (issue 10)", { timeout: 120_000 }, async () => {
      await withApi(backend, async (api) => {
        const { coordinator } = await basicSetup(api);
        // An event per record created, besides the import's own.
        const [last] = await api.db.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
        const committed = await send(coordinator, "/api/v1/imports", { kind: "roster" }, { name: "r.csv", content: csv([ROSTER, row("20001", "Nguyen"), row("20002", "=cmd|' /C calc'!A0")]) });
        expect(committed.status).toBe(201);
        const created = await api.db.select().from(auditEvents).where(and(eq(auditEvents.type, "RECORD_CREATED"), gt(auditEvents.seq, last?.seq ?? 0)));
        expect(created.filter((e) => e.entity === "officers").map((e) => (e.after as { postLicense: string }).postLicense).sort()).toEqual(["20001", "20002"]);
        expect(created.filter((e) => e.entity === "assignments")).toHaveLength(2);
        expect(new Set(created.map((e) => e.actorName))).toEqual(new Set(["coordinator@breitung.example"]));

        // The officers list's CSV writes the name as text, not a formula.
        const exported = await coordinator.inject({ method: "GET", url: "/api/v1/statuses/export?format=csv" });
        expect(exported.body).toContain("'=cmd|' /C calc'!A0");
        expect(exported.body).not.toMatch(/(^|,)=cmd/m);

        // UTF-16 is text (never "audio/mpeg"); Windows-1252 names read as written; a header alone is refused.
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stringify([ROSTER, row("20003", "Åberg", { first_name: "Zoë" })]), "utf16le")]);
        expect(await check(coordinator, "roster", "u.csv", utf16)).toMatchObject({ status: 200, body: { format: "csv", stoppedBy: null, importedRows: 1 } });
        const latin = Buffer.from(stringify([ROSTER, row("20004", "Muñoz", { first_name: "José" })]), "latin1");
        expect((await send(coordinator, "/api/v1/imports", { kind: "roster" }, { name: "l.csv", content: latin })).status).toBe(201);
        expect((await api.db.select().from(officers).where(eq(officers.postLicense, "20004")))[0]).toMatchObject({ firstName: "José", lastName: "Muñoz" });
        expect(await check(coordinator, "roster", "h.csv", csv([ROSTER]))).toMatchObject({ status: 400, body: { error: { path: "/file", message: "/file: the file has no rows below its header: nothing to import" } } });

        // A 3 MB workbook that unpacks to 1 GiB is refused before it is unpacked, naming the limit.
        const bomb = await zipBombBytes();
        expect(await check(coordinator, "roster", "bomb.xlsx", bomb)).toMatchObject({
          status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", path: "/file", message: "/file: the file expands to more than 100 MB when unpacked (the limit is 100 MB): split it into several files" } },
        });
      });
    });

    it("refuses a file that is not CSV or XLSX by its content, and names the field of a bad request", async () => {
      await withApi(backend, async (api) => {
        const { coordinator } = await basicSetup(api);
        const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
        expect(await check(coordinator, "roster", "roster.csv", PNG)).toMatchObject({ status: 415, body: { error: { code: "UNSUPPORTED_MEDIA_TYPE", path: "/file" } } });
        const XLS = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(2048)]);
        expect(await check(coordinator, "roster", "roster.xlsx", XLS)).toMatchObject({ status: 415, body: { error: { path: "/file", message: expect.stringContaining(".xls") as string } } });
        expect(await check(coordinator, "roster", "roster.csv", Buffer.alloc(0))).toMatchObject({ status: 400, body: { error: { path: "/file" } } });
        expect(await check(coordinator, "roster", "roster.csv", csv([ROSTER]))).toMatchObject({ status: 400, body: { error: { path: "/file" } } });
        expect(await check(coordinator, "payroll", "r.csv", csv([ROSTER, row("1", "A")]))).toMatchObject({ status: 400, body: { error: { path: "/kind" } } });
        expect(await send(coordinator, "/api/v1/imports/check", { kind: "roster" })).toMatchObject({ status: 400, body: { error: { path: "/file" } } });
        expect(await send(coordinator, "/api/v1/imports", { kind: "roster", checkedSha256: "abc" }, { name: "r.csv", content: csv([ROSTER, row("1", "A")]) })).toMatchObject({ status: 400, body: { error: { path: "/checkedSha256" } } });
        const big = await check(coordinator, "roster", "big.csv", Buffer.alloc(10 * 1024 * 1024 + 10, 0x61));
        expect(big).toMatchObject({ status: 413, body: { error: { path: "/file" } } });
        const columns = await coordinator.call("GET", "/api/v1/imports/columns");
        expect(columns.body["kinds"]).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "roster", columns: expect.arrayContaining([{ name: "post_license", required: true }]) as unknown })]));
      });
    });
  });
}
