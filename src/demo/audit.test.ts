import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyAudit } from "../audit/verify.ts";
import { operator, type Actor } from "../policies/actor.ts";
import { ClientError } from "../services/errors.ts";
import { queryRows, type Db } from "../store/database.ts";
import { auditEvents } from "../store/schema.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { isEmpty, loadDemo, loadDemoIfEmpty } from "./load.ts";

/** Issue 10, item 3: the demo's records are in the audit trail, written by the operator who loaded them. */
const TODAY = "2026-11-30";
const TABLES = ["organizations", "schools", "officers", "assignments", "courses", "employer_unable_decisions", "policy_reviews", "contact_days"] as const;
const ENTITY: Record<(typeof TABLES)[number], string> = {
  organizations: "organizations", schools: "schools", officers: "officers", assignments: "assignments", courses: "courses",
  employer_unable_decisions: "employer-unable-decisions", policy_reviews: "policy-reviews", contact_days: "contact-days",
};

async function unaudited(db: Db, table: string, entity: string, type = "RECORD_CREATED"): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.raw(table)} t where not exists (select 1 from audit_events e where e.type = ${type} and e.entity = ${entity} and e.entity_id = t.id::text)`,
  );
  return row?.n ?? -1;
}

for (const backend of backends()) {
  describe(`the demo's audit trail on ${backend.name}`, { timeout: 120_000 }, () => {
    it("has one event per record written, by the operator, then DEMO_LOADED, and the chain verifies", async () => {
      await withDatabase(backend, async ({ db }) => {
        const actor = operator("ana@records-pc");
        await loadDemo({ db, actor, today: () => TODAY });
        const plural = async (table: string) => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]?.n ?? 0;
        let records = 0;
        for (const table of TABLES) {
          expect(await unaudited(db, table, ENTITY[table]), table).toBe(0);
          records += await plural(table);
        }
        expect(await unaudited(db, "certificates", "certificates", "CERTIFICATE_UPLOADED")).toBe(0);
        records += await plural("certificates");
        const events = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
        expect(events.length).toBe(records + 1);
        expect(events.at(-1)).toMatchObject({ type: "DEMO_LOADED", after: { organizations: 6, schools: 12, officers: 60, records, relativeTo: TODAY } });
        expect(new Set(events.map((e) => e.actorName))).toEqual(new Set([actor.name]));
        const [certificate] = await db.select().from(auditEvents).where(eq(auditEvents.type, "CERTIFICATE_UPLOADED")).limit(1);
        expect(Object.keys(certificate?.after as object)).not.toContain("content");
        expect((await verifyAudit(db)).ok).toBe(true);
      });
    });

    it("is loaded by the installation's operator only (at first start too): anyone else is refused, audited, and nothing is added", async () => {
      await withDatabase(backend, async ({ db }) => {
        const admin: Actor = { kind: "user", id: "u-admin", name: "admin@example.org", isAdmin: true, memberships: [], officerId: null, supervisedOfficerIds: [] };
        const refused = await loadDemo({ db, actor: admin, today: () => TODAY }).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(ClientError);
        expect(refused).toMatchObject({ code: "FORBIDDEN" });
        expect(await isEmpty(db)).toBe(true);
        expect((await db.select().from(auditEvents)).map((e) => [e.type, e.actorName])).toEqual([["ACCESS_DENIED", "admin@example.org"]]);
        // The load at first start (`sroc start` on an empty database) is the same load, audited the same way.
        expect(await loadDemoIfEmpty({ db, actor: operator("ana@records-pc"), today: () => TODAY })).not.toBeNull();
        expect(await unaudited(db, "officers", "officers")).toBe(0);
        expect((await verifyAudit(db)).ok).toBe(true);
      });
    });
  });
}
