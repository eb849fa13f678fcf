import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, queryRows } from "./database.ts";
import { DataFolderLocked } from "./lock.ts";
import { officers, organizations } from "./schema.ts";
import { backends, withDatabase } from "./test-database.test-support.ts";

for (const backend of backends()) {
  describe(`the store on ${backend.name}`, () => {
    it("applies the migration history, and applying it again changes nothing", async () => {
      await withDatabase(backend, async (database) => {
        await database.migrate();
        const tables = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
        expect(tables[0]?.n).toBe(16);
        const views = await queryRows<{ name: string }>(database.db, sql`select table_name as name from information_schema.views where table_schema = 'public'`);
        expect(views.map((v) => v.name)).toEqual(["sroc_officer_records_v"]);
      });
    });

    it("returns counts as numbers on both drivers", async () => {
      await withDatabase(backend, async ({ db }) => {
        await db.insert(organizations).values([{ kind: "AGENCY", name: "A" }, { kind: "DISTRICT", name: "D" }]);
        const [row] = await db.select({ n: count() }).from(organizations);
        expect(row?.n).toBe(2);
        const raw = await queryRows<{ n: number }>(db, sql`select count(*) as n from organizations`);
        expect(raw[0]?.n).toBe(2);
      });
    });

    it("refuses a policy that does not fit the organization, and an assignment ending before it starts", async () => {
      await withDatabase(backend, async ({ db }) => {
        await expect(db.insert(organizations).values({ kind: "AGENCY", name: "A", sroPolicy: "MSBA" })).rejects.toThrow();
        await expect(db.execute(sql`insert into assignments (officer_id, school_id, role, start_on, end_on) values (gen_random_uuid(), gen_random_uuid(), 'REGULAR', '2025-10-01', '2025-09-01')`)).rejects.toThrow();
      });
    });

    it("rolls a transaction back whole: nothing half-written", async () => {
      await withDatabase(backend, async ({ db }) => {
        const [agency] = await db.insert(organizations).values({ kind: "AGENCY", name: "A" }).returning();
        await expect(
          db.transaction(async (tx) => {
            await tx.insert(officers).values({ postLicense: "1", firstName: "A", lastName: "B", agencyId: agency?.id ?? "" });
            await tx.insert(officers).values({ postLicense: "1", firstName: "C", lastName: "D", agencyId: agency?.id ?? "" }); // duplicate license
          }),
        ).rejects.toThrow();
        expect(await db.select().from(officers).where(eq(officers.postLicense, "1"))).toEqual([]);
      });
    });
  });
}

describe("the embedded data folder", () => {
  it("is locked: a second opener is refused with a clear message, and the lock goes with the first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sroc-data-"));
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataFolderLocked);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by another SRO Compliance process/);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
