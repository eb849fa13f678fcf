import { stringify } from "csv-stringify/sync";
import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyAudit } from "../../audit/verify.ts";
import { operator, type Actor } from "../../policies/actor.ts";
import { queryRows, type Db } from "../../store/database.ts";
import { auditEvents, organizations } from "../../store/schema.ts";
import { backends, withDatabase } from "../../store/test-database.test-support.ts";
import type { ServiceContext } from "../context.ts";
import { ClientError } from "../errors.ts";
import { importContent } from "./upload.ts";

/** Issue 10, item 3: every record an import writes has its audit event, whichever door it came through. */
const TODAY = "2025-11-20";
const ROSTER = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on"];
const csv = (records: string[][]) => ({ fileName: "roster.csv", content: Buffer.from(stringify(records)) });
const ctx = (db: Db, actor: Actor = operator("ana@records-pc")): ServiceContext => ({ db, actor, today: () => TODAY, origin: { ip: null, userAgent: "sroc command line (ana@records-pc)" } });

/** Every row of a table against the RECORD_CREATED events of its entity. */
async function unaudited(db: Db, table: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select t.id::text as id from ${sql.raw(table)} t where not exists (select 1 from audit_events e where e.type = 'RECORD_CREATED' and e.entity = ${table} and e.entity_id = t.id::text)`,
  );
  return rows.map((r) => r.id);
}

for (const backend of backends()) {
  describe(`import audit events on ${backend.name}`, { timeout: 120_000 }, () => {
    it("records one event per officer, assignment, organization and school created, then the import; a re-import records only what changed", async () => {
      await withDatabase(backend, async ({ db }) => {
        const file = csv([ROSTER, ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"], ["1002", "Bo", "Dahl", "Edina PD", "ISD 273", "Valley View", "SUBSTITUTE", "2025-10-01"]]);
        const { result } = await importContent(ctx(db), "roster", file, { createMissing: true });
        expect(result.counts).toMatchObject({ organizationsCreated: 2, schoolsCreated: 2, officersCreated: 2, assignmentsCreated: 2 });
        for (const table of ["organizations", "schools", "officers", "assignments"]) expect(await unaudited(db, table)).toEqual([]);

        const events = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
        expect(events.map((e) => e.type)).toEqual([...Array<string>(8).fill("RECORD_CREATED"), "IMPORT_COMPLETED"]);
        expect(new Set(events.map((e) => e.actorName))).toEqual(new Set(["sroc (ana@records-pc)"]));
        expect(new Set(events.map((e) => e.userAgent))).toEqual(new Set(["sroc command line (ana@records-pc)"]));
        const officer = events.find((e) => e.entity === "officers" && (e.after as { postLicense?: string }).postLicense === "1001");
        const [agency] = await db.select().from(organizations).where(eq(organizations.name, "Edina PD"));
        expect(officer).toMatchObject({ organizationId: agency?.id, after: { postLicense: "1001", firstName: "Ana", lastName: "Berg", agencyId: agency?.id } });
        expect(events.at(-1)?.after).toMatchObject({ fileName: "roster.csv", format: "csv", encoding: "utf-8", importedRows: 2 });

        const changed = csv([ROSTER, ["1001", "Ana", "Berg-Lund", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"], ["1002", "Bo", "Dahl", "Edina PD", "ISD 273", "Valley View", "SUBSTITUTE", "2025-10-01"]]);
        await importContent(ctx(db), "roster", changed);
        const [update] = await db.select().from(auditEvents).where(eq(auditEvents.type, "RECORD_UPDATED"));
        expect(update).toMatchObject({ entity: "officers", before: { lastName: "Berg" }, after: { lastName: "Berg-Lund" } });
        expect((await db.select().from(auditEvents)).length).toBe(events.length + 2);
        expect((await verifyAudit(db)).ok).toBe(true);
      });
    });

    it("asks the same policy as the upload: a district role is refused, audited, and nothing is written", async () => {
      await withDatabase(backend, async ({ db }) => {
        const [district] = await db.insert(organizations).values({ kind: "DISTRICT", name: "ISD 273" }).returning();
        const superintendent: Actor = { kind: "user", id: "u-1", name: "super@isd273.example", isAdmin: false, memberships: [{ organizationId: district?.id ?? "", organizationKind: "DISTRICT", role: "SUPERINTENDENT", schoolId: null }], officerId: null, supervisedOfficerIds: [] };
        const file = csv([ROSTER, ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"]]);
        const refused = await importContent(ctx(db, superintendent), "roster", file).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(ClientError);
        expect(refused).toMatchObject({ code: "FORBIDDEN", message: "only an agency's chief or training coordinator imports officers' records" });
        const createMissing = await importContent(ctx(db, { ...superintendent, memberships: [] , isAdmin: true }), "roster", file, { createMissing: true }).catch((e: unknown) => e);
        expect(createMissing).toMatchObject({ code: "FORBIDDEN" });
        expect((await db.select().from(auditEvents)).map((e) => [e.type, e.entity])).toEqual([["ACCESS_DENIED", "imports"], ["ACCESS_DENIED", "imports"]]);
      });
    });
  });
}
