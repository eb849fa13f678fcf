import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryRows } from "../store/database.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { anonymousActor, appendAudit, appendAuditBatch, AuditError, changedFields, type AuditInput } from "./append.ts";
import { ALICE, allEvents, appendMany, recordCreated } from "./audit.test-support.ts";
import { auditHash, canonicalJson, GENESIS_HASH } from "./hash.ts";
import { verifyAudit } from "./verify.ts";

describe("canonical JSON", () => {
  it("sorts keys recursively, writes no whitespace and keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: null, x: "é" }], c: true } })).toBe('{"a":{"c":true,"d":[3,{"x":"é","y":null}]},"b":1}');
  });

  it("sorts by UTF-16 code units, as RFC 8785 does", () => {
    expect(canonicalJson({ "\u20ac": 1, "\r": 2, "\ud83d\ude00": 3, "1": 4, "10": 5, "": 6 })).toBe('{"":6,"\\r":2,"1":4,"10":5,"\u20ac":1,"\ud83d\ude00":3}');
  });
});

describe("changedFields", () => {
  it("keeps only what changed, compared as stored JSON", () => {
    expect(changedFields({ a: 1, b: { x: 1, y: 2 }, c: "same", d: new Date("2025-01-01T00:00:00Z") }, { a: 2, b: { y: 2, x: 1 }, c: "same", d: "2025-01-01T00:00:00.000Z", e: null, f: 0 })).toEqual({
      before: { a: 1, f: null },
      after: { a: 2, f: 0 },
    });
  });
});

for (const backend of backends()) {
  describe(`the audit trail on ${backend.name}: appending`, () => {
    it("chains each event to the one before, from the genesis value", async () => {
      await withDatabase(backend, async ({ db }) => {
        const written = await appendMany(db, 5);
        expect(written.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(written[0]?.prevHash).toBe(GENESIS_HASH);
        for (let i = 1; i < written.length; i += 1) expect(written[i]?.prevHash).toBe(written[i - 1]?.hash);
        for (const e of written) {
          const { hash, ...rest } = e;
          expect(hash).toMatch(/^[0-9a-f]{64}$/);
          expect(auditHash(rest)).toBe(hash);
          expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        }
        expect(await allEvents(db)).toEqual(written);
        expect(await verifyAudit(db)).toEqual({ ok: true, events: 5, problems: [], head: { seq: 5, hash: written[4]?.hash } });
      });
    });

    it("stores every field, and reads back what it hashed", async () => {
      await withDatabase(backend, async ({ db }) => {
        const e = await appendAudit(db, {
          type: "RECORD_UPDATED",
          actor: { id: "u-1", name: "Ana Berg" },
          organizationId: "6F9619FF-8B86-D011-B42D-00C04FC964FF",
          entity: "officers",
          entityId: "o-1",
          before: { lastName: "Berg", z: [1, 2], a: { c: 1, b: 2 } },
          after: { lastName: "Dahl", when: new Date("2025-09-02T14:03:07.123Z"), gone: undefined },
          purpose: "correct a name",
          legalBasis: "Minn. Stat. § 13.43",
          ip: "203.0.113.7",
          userAgent: "Mozilla/5.0",
        });
        expect(e).toMatchObject({
          seq: 1,
          organizationId: "6f9619ff-8b86-d011-b42d-00c04fc964ff",
          after: { lastName: "Dahl", when: "2025-09-02T14:03:07.123Z" },
          purpose: "correct a name",
          legalBasis: "Minn. Stat. § 13.43",
          ip: "203.0.113.7",
          userAgent: "Mozilla/5.0",
        });
        expect(await allEvents(db)).toEqual([e]);
        const [raw] = await queryRows<{ actor_id: string; actor_name: string; at: unknown }>(db, sql`select actor_id, actor_name, extract(epoch from at) * 1000 as at from audit_events`);
        expect(raw).toMatchObject({ actor_id: "u-1", actor_name: "Ana Berg" });
        expect(Number(raw?.at)).toBe(Date.parse(e.at));
      });
    });

    it("redacts secrets, keeps what PostgreSQL cannot hold as close as it can, and opens its own transaction when given none", async () => {
      await withDatabase(backend, async ({ db }) => {
        const e = await appendAudit(db, {
          type: "USER_UPDATED",
          actor: ALICE,
          entity: "users",
          entityId: "u-2",
          before: { password_hash: "$argon2id$…", totpSecret: "JBSWY3DP", displayName: "A" },
          after: { passwordHash: "$argon2id$…new", csrfToken: "t", displayName: "B\u0000", ["__proto__"]: { odd: "\ud800" } },
          userAgent: "x".repeat(2000),
        });
        expect(e.before).toEqual({ password_hash: "[redacted]", totpSecret: "[redacted]", displayName: "A" });
        expect(Object.keys(e.after as object).sort()).toEqual(["__proto__", "csrfToken", "displayName", "passwordHash"]);
        expect(canonicalJson(e.after)).toBe('{"__proto__":{"odd":"\ufffd"},"csrfToken":"[redacted]","displayName":"B\ufffd","passwordHash":"[redacted]"}');
        expect(e.userAgent).toHaveLength(512);
        expect(await allEvents(db)).toEqual([e]);
        expect((await verifyAudit(db)).ok).toBe(true);
      });
    });

    it("refuses an event without an actor, of an unknown type, or without a field its type requires — and writes nothing", async () => {
      await withDatabase(backend, async ({ db }) => {
        const bad: unknown[] = [
          { type: "SIGN_OUT" },
          { type: "SIGN_OUT", actor: null },
          { type: "SIGN_OUT", actor: { id: "", name: "x" } },
          { type: "SIGN_OUT", actor: { id: "x", name: " " } },
          { type: "RECORD_DELETED", actor: ALICE },
          { type: "RECORD_CREATED", actor: ALICE, entity: "courses", entityId: "c" },
          { type: "RECORD_UPDATED", actor: ALICE, entity: "courses", entityId: "c", before: null, after: { a: 1 } },
          { type: "PRIVATE_DATA_READ", actor: ALICE, entity: "officers", purpose: "" },
          { type: "MEMBERSHIP_GRANTED", actor: ALICE, organizationId: "not-a-uuid", entity: "users", entityId: "u", after: {} },
          { type: "RECORD_CREATED", actor: ALICE, entity: "courses", entityId: 7, after: {} },
        ];
        for (const input of bad) await expect(appendAudit(db, input as AuditInput)).rejects.toThrow(AuditError);
        await expect(appendAudit(db, { type: "SIGN_OUT" } as unknown as AuditInput)).rejects.toThrow("a SIGN_OUT audit event needs an actor with an id and a name: nothing is recorded without one");
        await expect(appendAuditBatch(db, [recordCreated(1), { type: "SIGN_OUT" } as unknown as AuditInput])).rejects.toThrow(AuditError);
        expect(await allEvents(db)).toEqual([]);
        // @ts-expect-error: RECORD_CREATED requires `after`, at compile time too.
        const missing: AuditInput = { type: "RECORD_CREATED", actor: ALICE, entity: "courses", entityId: "c" };
        expect(missing.type).toBe("RECORD_CREATED");
        expect((await appendAudit(db, { type: "SIGN_IN_FAILED", actor: anonymousActor("who@example.org"), after: { email: "who@example.org", reason: "no such account" } })).actor).toEqual({ id: "anonymous", name: "who@example.org" });
      });
    });

    it("appends a batch in order, across insert chunks, continuing the chain", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 2);
        const batch = await db.transaction((tx) => appendAuditBatch(tx, Array.from({ length: 2500 }, (_, i) => recordCreated(i + 3))));
        expect(batch).toHaveLength(2500);
        expect(batch[0]?.seq).toBe(3);
        expect(batch.at(-1)?.seq).toBe(2502);
        expect(await appendAuditBatch(db, [])).toEqual([]);
        expect(await verifyAudit(db, { pageSize: 700 })).toMatchObject({ ok: true, events: 2502, problems: [] });
      });
    }, 60_000);

    it("leaves no event and no gap when the transaction rolls back", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 1);
        await expect(
          db.transaction(async (tx) => {
            await appendAudit(tx, recordCreated(2));
            throw new Error("the write failed");
          }),
        ).rejects.toThrow("the write failed");
        expect((await allEvents(db)).map((e) => e.seq)).toEqual([1]);
        const next = await appendAudit(db, recordCreated(3));
        expect(next.seq).toBe(2);
        expect(await verifyAudit(db)).toMatchObject({ ok: true, events: 2 });
      });
    });

    it("keeps the chain whole under concurrent transactions", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 1);
        const n = 20;
        const written = await Promise.all(
          Array.from({ length: n }, (_, i) =>
            db.transaction(async (tx) => {
              // Each transaction does some work before and after it appends, overlapping the others.
              await tx.execute(sql`select pg_sleep(${(i % 5) / 200})`);
              const e = await appendAudit(tx, recordCreated(i + 2));
              await tx.execute(sql`select pg_sleep(${((n - i) % 3) / 200})`);
              return e;
            }),
          ),
        );
        expect(written.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 2));
        const stored = await allEvents(db);
        expect(stored).toHaveLength(n + 1);
        for (const e of written) expect(stored[e.seq - 1]).toEqual(e);
        expect(await verifyAudit(db)).toMatchObject({ ok: true, events: n + 1, problems: [] });
      });
    });

    it("is append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
      await withDatabase(backend, async ({ db }) => {
        await appendMany(db, 2);
        await expect(db.execute(sql`update audit_events set actor_name = 'Mallory' where seq = 1`)).rejects.toThrow();
        await expect(db.execute(sql`delete from audit_events where seq = 2`)).rejects.toThrow();
        await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
        expect((await allEvents(db)).map((e) => [e.seq, e.actor.name])).toEqual([
          [1, "Bob Clerk"],
          [2, "Alice Auditor"],
        ]);
      });
    });

    it("reads back any JSON it was given as the value it hashed (jsonb reorders keys and rewrites numbers)", async () => {
      await withDatabase(backend, async ({ db }) => {
        // Any code point, unpaired surrogates and NUL included (stored as U+FFFD: PostgreSQL cannot hold them).
        const text = fc.string({ unit: "binary", maxLength: 8 });
        const json = fc.jsonValue({ maxDepth: 3, stringUnit: "binary" });
        await fc.assert(
          fc.asyncProperty(json, json, text, async (before, after, name) => {
            const e = await appendAudit(db, { type: "READINGS_CHANGED", actor: { id: "u", name: `${name}.` }, before: before ?? 0, after: after ?? 0, purpose: name });
            const [stored] = await allEvents(db).then((all) => all.filter((s) => s.seq === e.seq));
            expect(stored).toEqual(e);
          }),
          { numRuns: 60 },
        );
        expect((await verifyAudit(db, { pageSize: 16 })).ok).toBe(true);
      });
    }, 60_000);
  });
}
