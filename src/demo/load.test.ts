import { operator } from "../policies/actor.ts";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mediaTypeOf } from "../services/certificates.ts";
import type { ServiceContext } from "../services/context.ts";
import { ClientError } from "../services/errors.ts";
import { statusRows } from "../services/status.ts";
import type { OfficerRecords } from "../status/records.ts";
import type { Db } from "../store/database.ts";
import { loadOfficerRecords } from "../store/officer-records.ts";
import { certificates, contactDays, officers, officerStatus, organizations, schools } from "../store/schema.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { demoOfficerRecords, generateDemo } from "./generate.ts";
import { isEmpty, loadDemo, loadDemoIfEmpty } from "./load.ts";

const TODAY = "2026-11-30";
const context = (db: Db): ServiceContext => ({ db, actor: operator("demo-test"), today: () => TODAY });

async function rows(db: Db, table: typeof organizations | typeof officers | typeof schools | typeof contactDays | typeof officerStatus): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** Records in a canonical order (the store orders by date; ties, such as two assignments begun the same day, are free). */
function canonical(records: OfficerRecords[]): OfficerRecords[] {
  const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return [...records]
    .sort((a, b) => a.officerId.localeCompare(b.officerId))
    .map((r) => ({ ...r, assignments: sorted(r.assignments), courses: sorted(r.courses), decisions: sorted(r.decisions), reviews: sorted(r.reviews), contactDays: sorted(r.contactDays) }));
}

for (const backend of backends()) {
  // The first test also builds the migrated PGlite template (over ten seconds, more on a busy machine).
  describe(`loading the demo on ${backend.name}`, { timeout: 120_000 }, () => {
    it("writes every record and every officer's status, the same as the engine gives for the generated records", async () => {
      await withDatabase(backend, async ({ db }) => {
        expect(await isEmpty(db)).toBe(true);
        const loaded = await loadDemo(context(db));
        expect(loaded).toEqual({ organizations: 6, schools: 12, officers: 60 });
        expect(await isEmpty(db)).toBe(false);

        const data = generateDemo(TODAY, { uploadedBy: "Demo test" });
        expect(await rows(db, contactDays)).toBe(data.contactDays.length);
        expect(canonical(await loadOfficerRecords(db, "all"))).toEqual(canonical(demoOfficerRecords(data)));

        const expected = demoOfficerRecords(data).flatMap((r) => statusRows(r, TODAY, {})).map((r) => [r.officerId, r.view, r.headline, r.statuteStatus, r.path]);
        const stored = await db.select().from(officerStatus);
        expect(stored.map((r) => [r.officerId, r.view, r.headline, r.statuteStatus, r.path]).sort()).toEqual(expected.sort());
        expect(stored.every((r) => r.asOf === TODAY)).toBe(true);

        const [certificate] = await db.select().from(certificates).limit(1);
        expect(certificate?.uploadedBy).toBe("sroc (demo-test)");
        expect(await mediaTypeOf(certificate?.content ?? new Uint8Array())).toBe("application/pdf");
      });
    });

    it("refuses a database that is not empty, adding nothing", async () => {
      await withDatabase(backend, async ({ db }) => {
        await db.insert(organizations).values({ kind: "AGENCY", name: "Existing Police Department", sroPolicy: "POST" });
        await expect(loadDemo(context(db))).rejects.toThrow(ClientError);
        await expect(loadDemo(context(db))).rejects.toThrow(/not empty \(1 organization\(s\) and 0 officer\(s\)\).*nothing was added/);
        expect(await loadDemoIfEmpty(context(db))).toBeNull();
        expect(await rows(db, organizations)).toBe(1);
        expect(await rows(db, schools)).toBe(0);
      });
    });

    it("adds the demo beside existing records with force, and a second time adds nothing", async () => {
      await withDatabase(backend, async ({ db }) => {
        await db.insert(organizations).values({ kind: "DISTRICT", name: "Existing Public Schools", sroPolicy: "MSBA" });
        expect(await loadDemo(context(db), { force: true })).toEqual({ organizations: 6, schools: 12, officers: 60 });
        expect(await rows(db, organizations)).toBe(7);
        await expect(loadDemo(context(db), { force: true })).rejects.toThrow(/loaded already\), so nothing was added/);
        expect(await rows(db, organizations)).toBe(7);
        expect(await rows(db, officers)).toBe(60);
      });
    });

    it("is all or nothing: a clash in the officers leaves no organization, school or status behind", async () => {
      await withDatabase(backend, async ({ db }) => {
        const taken = generateDemo(TODAY).officers[30]?.postLicense ?? "";
        const [agency] = await db.insert(organizations).values({ kind: "AGENCY", name: "Another Police Department" }).returning();
        await db.insert(officers).values({ postLicense: taken, firstName: "Pat", lastName: "Example", agencyId: agency?.id ?? "" });
        await expect(loadDemo(context(db), { force: true })).rejects.toThrow(/same postLicense exists\), so nothing was added/);
        expect(await rows(db, organizations)).toBe(1);
        expect(await rows(db, schools)).toBe(0);
        expect(await rows(db, officers)).toBe(1);
        expect(await rows(db, contactDays)).toBe(0);
        expect(await rows(db, officerStatus)).toBe(0);
        expect(await db.select().from(officers).where(eq(officers.postLicense, taken))).toHaveLength(1);
      });
    });

    it("loads when empty for `npm start`, and only then", async () => {
      await withDatabase(backend, async ({ db }) => {
        expect(await loadDemoIfEmpty(context(db))).toEqual({ organizations: 6, schools: 12, officers: 60 });
        expect(await loadDemoIfEmpty(context(db))).toBeNull();
        expect(await rows(db, officers)).toBe(60);
      });
    });
  });
}
