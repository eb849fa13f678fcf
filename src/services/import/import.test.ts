import { operator } from "../../policies/actor.ts";
import { stringify } from "csv-stringify/sync";
import { asc, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../importer/table.ts";
import { arrayLiteral, queryRows, type Db } from "../../store/database.ts";
import { assignments, contactDays, courses, officers, officerStatus, organizations, schools } from "../../store/schema.ts";
import { backends, withDatabase } from "../../store/test-database.test-support.ts";
import type { ServiceContext } from "../context.ts";
import { importTable, type ImportOptions, type ImportProgress } from "./index.ts";

const TODAY = "2025-11-20";
const context = (db: Db): ServiceContext => ({ db, actor: operator("test"), today: () => TODAY });

const ROSTER = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on", "end_on"];
type Cells = Record<string, string>;
function rosterRow(license: string, o: Cells = {}): string[] {
  const r: Cells = { post_license: license, first_name: "Ana", last_name: `Officer ${license}`, agency: "Edina PD", district: "ISD 273", school: "Edina High", role: "REGULAR", start_on: "2025-09-02", end_on: "", ...o };
  return ROSTER.map((h) => r[h] ?? "");
}
const file = (records: string[][]) => readCsv(stringify(records));

async function seed(db: Db): Promise<{ agency: string; district: string; school: string }> {
  const [agency] = await db.insert(organizations).values({ kind: "AGENCY", name: "Edina PD", sroPolicy: "POST" }).returning();
  const [district] = await db.insert(organizations).values({ kind: "DISTRICT", name: "ISD 273", sroPolicy: "EDINA" }).returning();
  await db.insert(organizations).values({ kind: "DISTRICT", name: "Richfield" });
  const [school] = await db.insert(schools).values({ organizationId: district?.id ?? "", name: "Edina High" }).returning();
  await db.insert(schools).values({ organizationId: district?.id ?? "", name: "Valley View" });
  return { agency: agency?.id ?? "", district: district?.id ?? "", school: school?.id ?? "" };
}

async function countOf(db: Db, table: typeof officers | typeof assignments | typeof courses | typeof contactDays | typeof organizations | typeof schools | typeof officerStatus): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe("arrayLiteral", () => {
  it("quotes every element and escapes quotes and backslashes; null is NULL", () => {
    expect(arrayLiteral(["a", 'b"c', "d\\e", null, "", "{x,y}"])).toBe('{"a","b\\"c","d\\\\e",NULL,"","{x,y}"}');
    expect(arrayLiteral([1, 2.5, true, false])).toBe("{1,2.5,true,false}");
  });
});

for (const backend of backends()) {
  // The first test also builds the migrated PGlite template (over ten seconds, more on a busy machine).
  describe(`import on ${backend.name}`, { timeout: 120_000 }, () => {
    it("imports a roster: officers with their assignments, and their statuses in the same transaction", async () => {
      await withDatabase(backend, async ({ db }) => {
        const ids = await seed(db);
        const progress: ImportProgress[] = [];
        const result = await importTable(context(db), "roster", file([ROSTER, rosterRow("1001"), rosterRow("1001", { school: "Valley View", role: "SUBSTITUTE" }), rosterRow("1002", { end_on: "2026-06-30" })]), {
          onProgress: (p) => progress.push(p),
        });
        expect(result).toMatchObject({ kind: "roster", rows: 3, written: true, stoppedBy: null, invalidRows: 0, skippedRows: 0, importedRows: 3, problems: [] });
        expect(result.counts).toMatchObject({ officersCreated: 2, officersUpdated: 0, assignmentsCreated: 3, organizationsCreated: 0, schoolsCreated: 0, statusesRefreshed: 2 });
        const stored = await db.select().from(officers).orderBy(asc(officers.postLicense));
        expect(stored.map((o) => [o.postLicense, o.firstName, o.lastName, o.agencyId])).toEqual([["1001", "Ana", "Officer 1001", ids.agency], ["1002", "Ana", "Officer 1002", ids.agency]]);
        const a = await db.select().from(assignments).where(eq(assignments.officerId, stored[1]?.id ?? ""));
        expect(a).toMatchObject([{ schoolId: ids.school, role: "REGULAR", startOn: "2025-09-02", endOn: "2026-06-30", underContract: true, instructionalDay: true, contractRef: null }]);
        // Each officer has the officer-wide status row and one per district served.
        expect(await countOf(db, officerStatus)).toBe(4);
        const [status] = await db.select().from(officerStatus).where(eq(officerStatus.officerId, stored[0]?.id ?? "")).limit(1);
        expect(status?.asOf).toBe(TODAY);
        expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(["validating", "writing", "status"]));
        expect(progress.at(-1)).toEqual({ phase: "status", step: "officers", done: 2, total: 2 });
      });
    });

    it("writes nothing when any row is invalid, and reports every problem of the file, references included", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const result = await importTable(context(db), "roster", file([
          ROSTER,
          rosterRow("1001"),
          rosterRow("1002", { start_on: "2025-02-30" }),
          rosterRow("1003", { school: "Nowhere High" }),
          rosterRow("1004", { agency: "ISD 273" }),
          rosterRow("1005", { district: "Edina PD" }),
          rosterRow("1006", { district: "Richfield", school: "Edina High" }),
          rosterRow("1007", { agency: "Bloomington PD", start_on: "someday" }),
        ]));
        expect(result).toMatchObject({ written: false, stoppedBy: "invalid rows", invalidRows: 6, skippedRows: 0, importedRows: 0 });
        expect(result.problems).toEqual([
          { row: 3, column: "start_on", message: "2025-02-30 is not a calendar date" },
          { row: 4, column: "school", message: 'no school named "Nowhere High" in this district (add it first, or import with --create-missing)' },
          { row: 5, column: "agency", message: '"ISD 273" is a school district, not a law enforcement agency' },
          { row: 6, column: "district", message: '"Edina PD" is a law enforcement agency, not a school district or charter school' },
          { row: 7, column: "school", message: 'no school named "Edina High" in this district (there is one in ISD 273) (add it first, or import with --create-missing)' },
          { row: 8, column: "agency", message: 'no law enforcement agency named "Bloomington PD" (add it first, or import with --create-missing)' },
          { row: 8, column: "start_on", message: '"someday" is not a date written YYYY-MM-DD' },
        ]);
        expect(await countOf(db, officers)).toBe(0);
        expect(await countOf(db, assignments)).toBe(0);
      });
    });

    it("imports the valid rows with skipInvalid and reports the skipped ones", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const result = await importTable(context(db), "roster", file([ROSTER, rosterRow("1001"), rosterRow("1002", { role: "BOSS" }), rosterRow("1003", { school: "Nowhere" }), rosterRow("1004")]), { skipInvalid: true });
        expect(result).toMatchObject({ written: true, stoppedBy: null, invalidRows: 2, skippedRows: 2, importedRows: 2 });
        expect(result.problems.map((p) => p.row)).toEqual([3, 4]);
        expect((await db.select({ l: officers.postLicense }).from(officers).orderBy(officers.postLicense)).map((o) => o.l)).toEqual(["1001", "1004"]);
      });
    });

    it("stops on wrong columns even with skipInvalid, without touching the database", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const result = await importTable(context(db), "roster", file([[...ROSTER, "badge"], [...rosterRow("1001"), "7"]]), { skipInvalid: true });
        expect(result).toMatchObject({ written: false, stoppedBy: "columns", problems: [{ row: 1, column: "badge" }] });
        expect(await countOf(db, officers)).toBe(0);
      });
    });

    it("creates missing agencies, districts and schools with createMissing, in the same transaction", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const options: ImportOptions = { createMissing: true };
        const records = [
          ROSTER,
          rosterRow("1001", { agency: "Bloomington PD", district: "ISD 271", school: "Jefferson High" }),
          rosterRow("1002", { agency: "bloomington pd", district: "isd 271", school: "Kennedy High" }),
          rosterRow("1003", { district: "Richfield", school: "Edina High" }), // another district's school of the same name
          rosterRow("1004", { school: "edina high" }), // an existing school, ignoring case
        ];
        const result = await importTable(context(db), "roster", file(records), options);
        expect(result.problems).toEqual([]);
        expect(result.counts).toMatchObject({ organizationsCreated: 2, schoolsCreated: 3, officersCreated: 4, assignmentsCreated: 4 });
        const orgs = await db.select({ kind: organizations.kind, name: organizations.name, policy: organizations.sroPolicy }).from(organizations).orderBy(organizations.name);
        expect(orgs).toContainEqual({ kind: "AGENCY", name: "Bloomington PD", policy: null });
        expect(orgs).toContainEqual({ kind: "DISTRICT", name: "ISD 271", policy: null });
        expect(await countOf(db, schools)).toBe(5);
        // A roster that fails does not leave the organizations it would have created.
        const failed = await importTable(context(db), "roster", file([ROSTER, rosterRow("2001", { agency: "Eden Prairie PD" }), rosterRow("2002", { start_on: "x" })]), options);
        expect(failed.written).toBe(false);
        expect(await db.select().from(organizations).where(eq(organizations.name, "Eden Prairie PD"))).toEqual([]);
      });
    });

    it("re-importing the same roster changes nothing; a changed row updates its officer or assignment", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const records = [ROSTER, rosterRow("1001"), rosterRow("1001", { school: "Valley View" }), rosterRow("1002"), rosterRow("1003", { district: "", school: "", role: "", start_on: "" })];
        const first = await importTable(context(db), "roster", file(records));
        expect(first.counts).toMatchObject({ officersCreated: 3, assignmentsCreated: 3 });
        const again = await importTable(context(db), "roster", file(records));
        expect(again.counts).toMatchObject({ officersCreated: 0, officersUpdated: 0, officersUnchanged: 3, assignmentsCreated: 0, assignmentsUpdated: 0, assignmentsUnchanged: 3, statusesRefreshed: 0 });
        expect(await countOf(db, officers)).toBe(3);
        expect(await countOf(db, assignments)).toBe(3);

        const changed = [ROSTER, rosterRow("1001", { end_on: "2026-01-31" }), rosterRow("1002", { first_name: "Anna" }), rosterRow("1002", { first_name: "Anna", start_on: "2026-01-05" })];
        const third = await importTable(context(db), "roster", file(changed));
        expect(third.counts).toMatchObject({ officersCreated: 0, officersUpdated: 1, officersUnchanged: 1, assignmentsCreated: 1, assignmentsUpdated: 1, assignmentsUnchanged: 1, statusesRefreshed: 2 });
        expect(await countOf(db, assignments)).toBe(4);
        const [anna] = await db.select().from(officers).where(eq(officers.postLicense, "1002"));
        expect(anna?.firstName).toBe("Anna");
        const ended = await queryRows<{ end_on: string | null }>(db, sql`select x.end_on::text as end_on from assignments x join officers o on o.id = x.officer_id join schools s on s.id = x.school_id where o.post_license = '1001' and s.name = 'Edina High'`);
        expect(ended).toEqual([{ end_on: "2026-01-31" }]);
      });
    });

    it("moves an existing officer to another agency", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const [other] = await db.insert(organizations).values({ kind: "AGENCY", name: "Hennepin County Sheriff" }).returning();
        await importTable(context(db), "roster", file([ROSTER, rosterRow("1001")]));
        const result = await importTable(context(db), "roster", file([ROSTER, rosterRow("1001", { agency: "Hennepin County Sheriff" })]));
        expect(result.counts).toMatchObject({ officersUpdated: 1, assignmentsUnchanged: 1 });
        const [o] = await db.select().from(officers);
        expect(o?.agencyId).toBe(other?.id);
      });
    });

    it("imports courses for known officers only; re-importing changes nothing", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        await importTable(context(db), "roster", file([ROSTER, rosterRow("1001"), rosterRow("1002")]));
        const header = ["post_license", "type", "completed_on", "post_approved", "provider", "post_course_number", "credits"];
        const unknown = await importTable(context(db), "courses", file([header, ["1001", "POST_SRO_BASIC", "2025-08-01", "yes", "MN POST", "P-1", "16"], ["9999", "OTHER", "2025-08-01", "", "", "", ""]]));
        expect(unknown).toMatchObject({ stoppedBy: "invalid rows", problems: [{ row: 3, column: "post_license", message: "no officer with POST license 9999 (import the roster first)" }] });
        expect(await countOf(db, courses)).toBe(0);

        const records = [header, ["1001", "POST_SRO_BASIC", "2025-08-01", "yes", "MN POST", "P-1", "16.5"], ["1002", "NASRO_BASIC", "2024-06-01", "", "", "", ""], ["1002", "POST_SRO_REFRESHER", "2025-06-01", "true", "", "", "4"]];
        const first = await importTable(context(db), "courses", file(records));
        expect(first.counts).toMatchObject({ coursesCreated: 3, statusesRefreshed: 2 });
        const again = await importTable(context(db), "courses", file(records));
        expect(again.counts).toMatchObject({ coursesCreated: 0, coursesUpdated: 0, coursesUnchanged: 3, statusesRefreshed: 0 });
        const changed = await importTable(context(db), "courses", file([header, ["1002", "NASRO_BASIC", "2024-06-01", "yes", "", "", ""]]));
        expect(changed.counts).toMatchObject({ coursesUpdated: 1, statusesRefreshed: 1 });
        const stored = await queryRows<{ post_approved: boolean; credits: string | null }>(db, sql`select post_approved, credits::text as credits from courses order by completed_on`);
        expect(stored).toEqual([{ post_approved: true, credits: null }, { post_approved: true, credits: "4.00" }, { post_approved: true, credits: "16.50" }]);
        // The course changed the officer's cached status in the same transaction.
        const [status] = await queryRows<{ path: string | null }>(db, sql`select s.path from officer_status s join officers o on o.id = s.officer_id where o.post_license = '1001' and s.view = 'officer'`);
        expect(status?.path).not.toBeNull();
      });
    });

    it("imports contact days; a changed students_present updates the day", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        await importTable(context(db), "roster", file([ROSTER, rosterRow("1001", { role: "SUBSTITUTE" })]));
        const header = ["post_license", "school", "district", "day", "students_present"];
        const records = [header, ["1001", "Edina High", "ISD 273", "2025-10-01", "yes"], ["1001", "Edina High", "ISD 273", "2025-10-02", "no"], ["1001", "Valley View", "ISD 273", "2025-10-02", "1"]];
        const first = await importTable(context(db), "contact-days", file(records));
        expect(first.counts).toMatchObject({ contactDaysCreated: 3, statusesRefreshed: 1 });
        const again = await importTable(context(db), "contact-days", file([header, ["1001", "Edina High", "ISD 273", "2025-10-01", "yes"], ["1001", "Edina High", "ISD 273", "2025-10-02", "yes"]]));
        expect(again.counts).toMatchObject({ contactDaysCreated: 0, contactDaysUpdated: 1, contactDaysUnchanged: 1 });
        expect(await countOf(db, contactDays)).toBe(3);
        const bad = await importTable(context(db), "contact-days", file([header, ["1001", "Nowhere", "ISD 273", "2025-10-03", "yes"], ["1001", "Edina High", "ISD 999", "2025-10-03", "yes"]]));
        expect(bad.problems.map((p) => [p.row, p.column])).toEqual([[2, "school"], [3, "district"]]);
      });
    });

    it("imports a few thousand rows in set-based statements of up to 10 000 rows", async () => {
      await withDatabase(backend, async ({ db }) => {
        await seed(db);
        const records = [ROSTER, ...Array.from({ length: 12_000 }, (_, i) => rosterRow(String(100_000 + i), { school: i % 2 === 0 ? "Edina High" : "Valley View" }))];
        const steps: ImportProgress[] = [];
        const result = await importTable(context(db), "roster", file(records), { onProgress: (p) => steps.push(p) });
        expect(result.counts).toMatchObject({ officersCreated: 12_000, assignmentsCreated: 12_000, statusesRefreshed: 12_000 });
        expect(steps.filter((p) => p.phase === "writing" && p.step === "officers").map((p) => p.done)).toEqual([10_000, 12_000]);
        expect(await countOf(db, officerStatus)).toBe(24_000);
      });
    }, 120_000);
  });
}
