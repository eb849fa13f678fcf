import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { appendAudit } from "./append.ts";
import { allEvents, appendMany, recordCreated, tamper } from "./audit.test-support.ts";
import { auditHash, GENESIS_HASH, type AuditEvent } from "./hash.ts";
import { verifyAudit } from "./verify.ts";

function kinds(result: Awaited<ReturnType<typeof verifyAudit>>): [number, string][] {
  return result.problems.map((p) => [p.seq, p.kind]);
}

/** Swaps two events' seq values (the primary key is checked row by row: through a free value). */
function swap(a: number, b: number) {
  return [
    sql`update audit_events set seq = -1 where seq = ${a}`,
    sql`update audit_events set seq = ${a} where seq = ${b}`,
    sql`update audit_events set seq = ${b} where seq = -1`,
  ];
}

for (const backend of backends()) {
  describe(`the audit trail on ${backend.name}: verifying`, () => {
    it("finds an empty trail intact", async () => {
      await withDatabase(backend, async ({ db }) => {
        expect(await verifyAudit(db)).toEqual({ ok: true, events: 0, problems: [], head: null });
      });
    });

    it("detects tampering with one event in the database: an edited `after` is EDITED at its seq, and only that", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 6);
        await tamper(db, sql`update audit_events set after = jsonb_set(after, '{hours}', '40') where seq = 4`);
        for (const pageSize of [1000, 2, 3]) {
          const result = await verifyAudit(db, { pageSize });
          expect(result.ok).toBe(false);
          expect(result.events).toBe(6);
          expect(kinds(result)).toEqual([[4, "EDITED"]]);
        }
        const [problem] = (await verifyAudit(db)).problems;
        expect(problem?.message).toMatch(/^event #4 \(RECORD_CREATED at .+ by Alice Auditor\) was changed after it was written: its content no longer matches its hash/);
      });
    });

    it("detects an edit of any field, down to a microsecond of its time", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 17);
        await tamper(
          db,
          sql`update audit_events set actor_name = 'Mallory' where seq = 2`,
          sql`update audit_events set at = at + interval '1 microsecond' where seq = 4`,
          sql`update audit_events set type = 'RECORD_UPDATED' where seq = 6`,
          sql`update audit_events set entity_id = null where seq = 8`,
          sql`update audit_events set before = '{}' where seq = 10`,
          sql`update audit_events set ip = '10.0.0.1' where seq = 12`,
          sql`update audit_events set organization_id = gen_random_uuid() where seq = 14`,
          sql`update audit_events set hash = repeat('a', 64) where seq = 16`,
        );
        expect(kinds(await verifyAudit(db, { pageSize: 5 }))).toEqual([2, 4, 6, 8, 10, 12, 14, 16].map((seq) => [seq, "EDITED"]));
      });
    });

    it("detects an edit whose hash was recomputed: the next event's link breaks", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 5);
        const three = (await allEvents(db))[2] as AuditEvent;
        const forged = { ...three, actor: { id: "user:mallory", name: "Mallory" } };
        await tamper(db, sql`update audit_events set actor_id = 'user:mallory', actor_name = 'Mallory', hash = ${auditHash(forged)} where seq = 3`);
        const result = await verifyAudit(db);
        expect(kinds(result)).toEqual([[4, "BROKEN_LINK"]]);
        expect(result.problems[0]?.message).toMatch(/^event #4 does not follow event #3: .* event #3 was rewritten \(its hash recomputed\) or replaced$/);
      });
    });

    it("detects a deleted event: MISSING at its seq (the next event's link to it is not reported again)", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 6);
        await tamper(db, sql`delete from audit_events where seq = 3`);
        const result = await verifyAudit(db, { pageSize: 2 });
        expect(result).toMatchObject({ ok: false, events: 5 });
        expect(kinds(result)).toEqual([[3, "MISSING"]]);
        expect(result.problems[0]?.message).toBe("event #3 is missing: it was deleted from the database, or its sequence number was changed (event #4 follows #2)");
      });
    });

    it("detects deleted runs of events, the first one included", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 9);
        await tamper(db, sql`delete from audit_events where seq = 1 or seq between 4 and 6`);
        const result = await verifyAudit(db);
        expect(kinds(result)).toEqual([
          [1, "MISSING"],
          [4, "MISSING"],
        ]);
        expect(result.problems[0]?.message).toBe("event #1 is missing: it was deleted from the database, or its sequence number was changed (the trail starts there)");
        expect(result.problems[1]?.message).toBe("events #4–#6 (3 events) are missing: they were deleted from the database, or their sequence numbers were changed (event #7 follows #3)");
      });
    });

    it("detects reordered events: two swapped seqs are each REORDERED, saying where they belong", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 8);
        await tamper(db, ...swap(3, 6));
        const result = await verifyAudit(db, { pageSize: 3 });
        expect(kinds(result)).toEqual([
          [3, "REORDERED"],
          [6, "REORDERED"],
        ]);
        expect(result.problems[0]?.message).toMatch(/^event #3 \(.+\) is out of place: it was written as event #6 and its sequence number was changed; its content is intact — put it back at #6$/);
        expect(result.problems[1]?.message).toMatch(/it was written as event #3/);
      });
    });

    it("detects neighbours swapped, and the first event moved", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 6);
        await tamper(db, ...swap(4, 5));
        expect(kinds(await verifyAudit(db))).toEqual([
          [4, "REORDERED"],
          [5, "REORDERED"],
        ]);
      });
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 4);
        await tamper(db, ...swap(1, 2));
        const result = await verifyAudit(db);
        expect(kinds(result)).toEqual([
          [1, "REORDERED"],
          [2, "REORDERED"],
        ]);
        expect(result.problems[0]?.message).toMatch(/written as event #2/);
      });
    });

    it("detects an event moved to the end: MISSING where it was, REORDERED where it is", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 5);
        await tamper(db, sql`update audit_events set seq = 9 where seq = 2`);
        const result = await verifyAudit(db);
        expect(kinds(result)).toEqual([
          [2, "MISSING"],
          [6, "MISSING"],
          [9, "REORDERED"],
        ]);
        expect(result.problems[2]?.message).toMatch(/written as event #2/);
      });
    });

    it("detects a replaced first link", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 2);
        const first = (await allEvents(db))[0] as AuditEvent;
        await tamper(db, sql`update audit_events set prev_hash = ${"f".repeat(64)}, hash = ${auditHash({ ...first, prevHash: "f".repeat(64) })} where seq = 1`);
        const result = await verifyAudit(db);
        expect(kinds(result)).toEqual([
          [1, "BROKEN_LINK"],
          [2, "BROKEN_LINK"],
        ]);
        expect(result.problems[0]?.message).toMatch(/^event #1 does not start the chain/);
      });
    });

    it("detects events deleted from the end, or a recomputed trail, against an anchor", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 5);
        const { head } = await verifyAudit(db);
        if (head === null) throw new Error("no head");
        expect(await verifyAudit(db, { anchor: head })).toMatchObject({ ok: true, events: 5 });
        await tamper(db, sql`delete from audit_events where seq >= 4`);
        expect((await verifyAudit(db)).ok).toBe(true); // a chain alone cannot see its end cut off
        const cut = await verifyAudit(db, { anchor: head });
        expect(kinds(cut)).toEqual([[5, "MISSING"]]);
        expect(cut.problems[0]?.message).toBe("event #5, the anchor, is missing (the trail now ends at #3): events were deleted from the end of the trail");
      });
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 3);
        const { head } = await verifyAudit(db);
        if (head === null) throw new Error("no head");
        // Rewrite the whole trail with recomputed hashes: internally consistent, but not the anchored one.
        let prev = GENESIS_HASH;
        const statements = [];
        for (const e of await allEvents(db)) {
          const rewritten = { ...e, actor: { id: e.actor.id, name: "Mallory" }, prevHash: prev };
          prev = auditHash(rewritten);
          statements.push(sql`update audit_events set actor_name = 'Mallory', prev_hash = ${rewritten.prevHash}, hash = ${prev} where seq = ${e.seq}`);
        }
        await tamper(db, ...statements);
        expect((await verifyAudit(db)).ok).toBe(true);
        expect(kinds(await verifyAudit(db, { anchor: head }))).toEqual([[3, "EDITED"]]);
      });
    });

    it("keeps verifying what is appended after tampering, and reports each problem once", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 10);
        await tamper(db, sql`update audit_events set after = '{"hours": 0}' where seq = 2`, sql`delete from audit_events where seq = 5`, ...swap(7, 9));
        await appendAudit(db, recordCreated(11));
        const result = await verifyAudit(db, { pageSize: 4 });
        expect(result.events).toBe(10);
        expect(kinds(result)).toEqual([
          [2, "EDITED"],
          [5, "MISSING"],
          [7, "REORDERED"],
          [9, "REORDERED"],
        ]);
      });
    });
  });
}
