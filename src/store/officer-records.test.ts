import { operator } from "../policies/actor.ts";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadDemo } from "../demo/load.ts";
import { queryRows } from "./database.ts";
import { loadOfficerForStatus, loadOfficerRecords } from "./officer-records.ts";
import { backends, withDatabase } from "./test-database.test-support.ts";

/**
 * The two ways the records are read — set-based for many officers, the prepared view for one — must
 * give the same records, or a status page would disagree with the lists. Held on the demo data.
 */
for (const backend of backends()) {
  describe(`officer records on ${backend.name}`, () => {
    it("are the same whether read for many officers or for one", { timeout: 120_000 }, async () => {
      await withDatabase(backend, async ({ db }) => {
        await loadDemo({ db, actor: operator("test"), today: () => "2026-11-30" });
        await db.execute(sql`insert into settings (key, value) values ('readings', '{"roll645_15": false}')`);
        const all = await loadOfficerRecords(db, "all");
        expect(all.length).toBeGreaterThan(50);
        const five = [all[3], all[17], all[0], all[40], all[9]].map((r) => r?.officerId ?? "");
        const some = await loadOfficerRecords(db, five);
        expect(some).toEqual(all.filter((r) => five.includes(r.officerId)));
        for (const records of all) {
          const one = await loadOfficerForStatus(db, records.officerId);
          expect(one).toEqual({ records, readings: { roll645_15: false } });
        }
        const [missing] = await queryRows<{ id: string }>(db, sql`select gen_random_uuid()::text as id`);
        expect(await loadOfficerForStatus(db, missing?.id ?? "")).toBeNull();
        expect(await loadOfficerForStatus(db, "not-a-uuid")).toBeNull();
      });
    });
  });
}
