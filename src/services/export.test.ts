import { operator } from "../policies/actor.ts";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../importer/kinds.ts";
import { readCsv, readXlsx } from "../importer/table.ts";
import { toCsv, toXlsxBuffer } from "../importer/write.ts";
import { HEADLINES } from "../status/headline.ts";
import type { Db } from "../store/database.ts";
import { organizations, schools } from "../store/schema.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import type { ServiceContext } from "./context.ts";
import { exportTable } from "./export.ts";
import { importTable } from "./import/index.ts";

const TODAY = "2025-11-20";
const context = (db: Db): ServiceContext => ({ db, actor: operator("test"), today: () => TODAY });
const file = (records: string[][]) => readCsv(stringify(records));

const ROSTER = [
  ["POST License", "First Name", "Last Name", "Agency", "District", "School", "Role", "Start On", "End On", "Contract Ref", "Planned Contact Days", "Under Contract", "Instructional Day"],
  ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02", "", "C-1", "", "yes", "yes"],
  ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Valley View", "SUBSTITUTE", "2025-10-01", "2026-06-30", "", "20", "no", "yes"],
  ["1002", "Bo", "Dahl", "Edina PD", "", "", "", "", "", "", "", "", ""],
  ["1003", "Cy", "Ek", "Edina PD", "Minnesota Math Academy", "MMA Campus", "REGULAR", "2024-08-26", "", "", "", "", "n"],
];
const COURSES = [
  ["post_license", "type", "completed_on", "post_approved", "provider", "post_course_number", "credits"],
  ["1001", "POST_SRO_BASIC", "2025-08-15", "yes", "MN POST", "P-77", "16.5"],
  ["1003", "NASRO_BASIC", "2023-06-01", "", "", "", ""],
];
const CONTACT_DAYS = [
  ["post_license", "school", "district", "day", "students_present"],
  ["1001", "Valley View", "ISD 273", "2025-10-01", "yes"],
  ["1001", "Valley View", "ISD 273", "2025-10-04", "no"],
];

async function seeded(db: Db): Promise<ServiceContext> {
  const [district] = await db.insert(organizations).values({ kind: "DISTRICT", name: "ISD 273", sroPolicy: "EDINA" }).returning();
  const [charter] = await db.insert(organizations).values({ kind: "CHARTER_SCHOOL", name: "Minnesota Math Academy" }).returning();
  await db.insert(organizations).values({ kind: "AGENCY", name: "Edina PD", sroPolicy: "POST" });
  await db.insert(schools).values([{ organizationId: district?.id ?? "", name: "Edina High" }, { organizationId: district?.id ?? "", name: "Valley View" }, { organizationId: charter?.id ?? "", name: "MMA Campus" }]);
  const ctx = context(db);
  for (const [kind, records] of [["roster", ROSTER], ["courses", COURSES], ["contact-days", CONTACT_DAYS]] as const) {
    const result = await importTable(ctx, kind, file(records));
    expect(result.problems).toEqual([]);
  }
  return ctx;
}

for (const backend of backends()) {
  describe(`export on ${backend.name}`, () => {
    it("exports the roster with the import's columns, an officer with no assignment as one row", async () => {
      await withDatabase(backend, async ({ db }) => {
        const table = await exportTable(await seeded(db), "roster");
        expect(table.columns.map((c) => c.name)).toEqual(COLUMNS.roster.map((c) => c.name));
        expect(table.rows).toEqual([
          ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02", null, "C-1", null, true, true],
          ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Valley View", "SUBSTITUTE", "2025-10-01", "2026-06-30", null, 20, false, true],
          ["1002", "Bo", "Dahl", "Edina PD", null, null, null, null, null, null, null, null, null],
          ["1003", "Cy", "Ek", "Edina PD", "Minnesota Math Academy", "MMA Campus", "REGULAR", "2024-08-26", null, null, null, true, false],
        ]);
      });
    });

    it("exports courses and contact days with the import's columns", async () => {
      await withDatabase(backend, async ({ db }) => {
        const ctx = await seeded(db);
        const courses = await exportTable(ctx, "courses");
        expect(courses.columns.map((c) => c.name)).toEqual(COLUMNS.courses.map((c) => c.name));
        expect(courses.rows).toEqual([["1001", "POST_SRO_BASIC", "2025-08-15", true, "MN POST", "P-77", 16.5], ["1003", "NASRO_BASIC", "2023-06-01", false, null, null, null]]);
        const days = await exportTable(ctx, "contact-days");
        expect(days.columns.map((c) => c.name)).toEqual(COLUMNS["contact-days"].map((c) => c.name));
        expect(days.rows).toEqual([["1001", "Valley View", "ISD 273", "2025-10-01", true], ["1001", "Valley View", "ISD 273", "2025-10-04", false]]);
      });
    });

    it("re-imports its own CSV and XLSX exports without a change", async () => {
      await withDatabase(backend, async ({ db }) => {
        const ctx = await seeded(db);
        for (const kind of ["roster", "courses", "contact-days"] as const) {
          const table = await exportTable(ctx, kind);
          for (const read of [readCsv(toCsv(table)), await readXlsx(await toXlsxBuffer(table))]) {
            const result = await importTable(ctx, kind, read);
            expect(result.problems).toEqual([]);
            const c = result.counts;
            expect([c.officersCreated, c.officersUpdated, c.assignmentsCreated, c.assignmentsUpdated, c.coursesCreated, c.coursesUpdated, c.contactDaysCreated, c.contactDaysUpdated]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
            expect(c.organizationsCreated + c.schoolsCreated + c.statusesRefreshed).toBe(0);
          }
        }
      });
    });

    it("exports every officer's current status", async () => {
      await withDatabase(backend, async ({ db }) => {
        const table = await exportTable(await seeded(db), "statuses");
        expect(table.columns.map((c) => c.name)).toEqual([
          "post_license", "first_name", "last_name", "agency", "schools", "headline", "headline_label", "statute_status", "policy_status", "path",
          "deadline", "deadline_effective", "refresher_due", "action_due_on", "as_of",
        ]);
        expect(table.rows).toHaveLength(3);
        for (const row of table.rows) {
          expect(HEADLINES).toContain(row[5]);
          expect(typeof row[6]).toBe("string");
          expect(row[14]).toBe(TODAY);
        }
        expect(table.rows.map((r) => r[0]).sort()).toEqual(["1001", "1002", "1003"]);
        const bo = table.rows.find((r) => r[0] === "1002");
        expect(bo?.[5]).toBe("NOT_AN_SRO");
        // The schools each serves today: Ana both of hers, Bo none.
        expect(table.rows.find((r) => r[0] === "1001")?.[4]).toBe("Edina High; Valley View");
        expect(bo?.[4]).toBe("");
        expect(table.rows.find((r) => r[0] === "1003")?.[4]).toBe("MMA Campus");
      });
    });
  });
}
