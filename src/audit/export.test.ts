import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Db } from "../store/database.ts";
import { backends, withDatabase } from "../store/test-database.test-support.ts";
import { appendAudit, type AuditInput } from "./append.ts";
import { ALICE, allEvents, appendMany, BOB } from "./audit.test-support.ts";
import { AUDIT_CSV_COLUMNS, auditEvents, AuditFilterError, exportAudit, filterCondition, unescapeCsvCell, type AuditExportFormat, type AuditFilter } from "./export.ts";
import { auditHash, type AuditEvent, type JsonValue } from "./hash.ts";
import { verifyAudit } from "./verify.ts";

async function exported(db: Db, format: AuditExportFormat, filter: AuditFilter = {}, pageSize = 2): Promise<{ text: string; events: number; recordedAs: AuditEvent }> {
  let text = "";
  const result = await exportAudit(db, {
    actor: ALICE,
    format,
    filter,
    pageSize,
    write: (chunk) => {
      text += chunk;
    },
  });
  return { text, ...result };
}

/** The CSV back to events: an unquoted empty cell is none (null), a quoted one an empty string. */
function fromCsv(text: string): AuditEvent[] {
  const records = parse<Record<string, string | null>>(text, { columns: true, cast: (value, context) => (value === "" && !context.quoting ? null : value) });
  const str = (v: string | null | undefined): string | null => (v === null || v === undefined ? null : unescapeCsvCell(v));
  const json = (v: string | null | undefined): JsonValue => (v === null || v === undefined ? null : (JSON.parse(unescapeCsvCell(v)) as JsonValue));
  return records.map((r) => ({
    seq: Number(r["seq"]),
    at: r["at"] ?? "",
    type: str(r["type"]) as AuditEvent["type"],
    actor: { id: str(r["actor_id"]) ?? "", name: str(r["actor_name"]) ?? "" },
    organizationId: str(r["organization_id"]),
    entity: str(r["entity"]),
    entityId: str(r["entity_id"]),
    before: json(r["before"]),
    after: json(r["after"]),
    purpose: str(r["purpose"]),
    legalBasis: str(r["legal_basis"]),
    ip: str(r["ip"]),
    userAgent: str(r["user_agent"]),
    prevHash: r["prev_hash"] ?? "",
    hash: r["hash"] ?? "",
  }));
}

const AWKWARD: AuditInput[] = [
  {
    type: "RECORD_UPDATED",
    actor: { id: "u-1", name: 'Ana "the clerk", Berg' },
    organizationId: "6f9619ff-8b86-d011-b42d-00c04fc964ff",
    entity: "officers",
    entityId: "o-1",
    before: { lastName: "Berg", note: "line one\nline two", n: -1.5e-7 },
    after: { lastName: "Dahl, Jr.", note: "", n: 2 ** 60 },
    purpose: "",
    legalBasis: "Minn. Stat. § 13.43 subd. 2",
    ip: "2001:db8::1",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
  },
  { type: "SIGN_IN_FAILED", actor: { id: "anonymous", name: "=HYPERLINK(\"http://evil\")" }, after: { email: "=1+1", reason: "no such account" }, ip: "198.51.100.4" },
  { type: "ACCESS_DENIED", actor: BOB, entity: "users", entityId: "'quoted", after: "-negative" },
  { type: "READINGS_CHANGED", actor: ALICE, before: -3, after: ["@", "+", "\t"] },
  { type: "SIGN_OUT", actor: { id: "u-2", name: "Zoë Ångström 👮" } },
];

for (const backend of backends()) {
  describe(`the audit trail on ${backend.name}: export`, () => {
    it("exports JSON equal to the events, and records the export after them", async () => {
      await withDatabase(backend, async ({ db }) => {
        const events: AuditEvent[] = [];
        for (const input of AWKWARD) events.push(await appendAudit(db, input));
        events.push(...(await appendMany(db, 4)));
        const { text, events: n, recordedAs } = await exported(db, "json");
        expect(n).toBe(events.length);
        expect(JSON.parse(text)).toEqual(events);
        expect(recordedAs).toMatchObject({ seq: events.length + 1, type: "AUDIT_EXPORTED", actor: ALICE, entity: "audit_events", after: { format: "json", filter: {} } });
        const again = await exported(db, "json", { types: ["AUDIT_EXPORTED"] });
        expect(JSON.parse(again.text)).toEqual([recordedAs]);
        expect((await verifyAudit(db)).ok).toBe(true);
      });
    });

    it("exports CSV that parses back to the same fields, and whose hashes recompute", async () => {
      await withDatabase(backend, async ({ db }) => {
        const events: AuditEvent[] = [];
        for (const input of AWKWARD) events.push(await appendAudit(db, input));
        const { text, events: n } = await exported(db, "csv", {}, 3);
        expect(n).toBe(events.length);
        expect(text.split("\n")[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
        const back = fromCsv(text);
        expect(back).toEqual(events);
        for (const e of back) {
          const { hash, ...rest } = e;
          expect(auditHash(rest)).toBe(hash);
        }
        // A spreadsheet would run these as formulas: they are written with a leading apostrophe.
        expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
        expect(text).toContain(`''quoted`);
        expect(text).not.toMatch(/(^|,)=/m);
      });
    });

    it("writes an empty export as a header or an empty array", async () => {
      await withDatabase(backend, async ({ db }) => {
        expect((await exported(db, "csv")).text).toBe(`${AUDIT_CSV_COLUMNS.join(",")}\n`);
        expect((await exported(db, "json", { types: ["SIGN_IN"] })).text).toBe("[]\n");
      });
    });

    it("filters by type, entity, organization and time", async () => {
      await withDatabase(backend, async ({ db }) => {
        const early = await appendAudit(db, AWKWARD[0] as AuditInput);
        await new Promise((resolve) => setTimeout(resolve, 20));
        const middle = new Date().toISOString();
        await new Promise((resolve) => setTimeout(resolve, 20));
        const late = [await appendAudit(db, AWKWARD[1] as AuditInput), await appendAudit(db, AWKWARD[2] as AuditInput)];
        const seqs = async (filter: AuditFilter): Promise<number[]> => {
          const out: number[] = [];
          for await (const page of auditEvents(db, filter, { pageSize: 1 })) out.push(...page.map((e) => e.seq));
          return out;
        };
        expect(await seqs({})).toEqual([1, 2, 3]);
        expect(await seqs({ types: ["SIGN_IN_FAILED", "ACCESS_DENIED"] })).toEqual([2, 3]);
        expect(await seqs({ entity: "officers" })).toEqual([early.seq]);
        expect(await seqs({ entity: "users", entityId: "'quoted" })).toEqual([3]);
        expect(await seqs({ organizationId: "6F9619FF-8B86-D011-B42D-00C04FC964FF" })).toEqual([1]);
        expect(await seqs({ from: middle })).toEqual(late.map((e) => e.seq));
        expect(await seqs({ to: middle })).toEqual([early.seq]);
        expect(await seqs({ from: early.at, to: early.at })).toEqual([early.seq]);
        // Calendar dates are whole days in the zone, both ends included.
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati" }).format(new Date());
        expect(await seqs({ from: today, to: today, zone: "Pacific/Kiritimati" })).toEqual([1, 2, 3]);
        expect(await seqs({ to: "2000-01-01" })).toEqual([]);
        expect(await seqs({ from: "2999-12-31", zone: "UTC" })).toEqual([]);
        const recorded = await exported(db, "csv", { types: ["SIGN_IN_FAILED"], from: "2000-01-01" });
        expect(recorded.events).toBe(1);
        expect(recorded.recordedAs.after).toEqual({ format: "csv", filter: { types: ["SIGN_IN_FAILED"], from: "2000-01-01" } });
        expect(await allEvents(db)).toHaveLength(4);
      });
    });
  });
}

describe("audit export filters", () => {
  it("refuses what is not a filter, in words a person acts on", () => {
    expect(() => filterCondition({ from: "2025-02-30" })).toThrow(new AuditFilterError("--from 2025-02-30 is neither a date (2025-09-02) nor an instant with its offset (2025-09-02T14:00:00Z)"));
    expect(() => filterCondition({ to: "2025-09-02T14:00" })).toThrow(AuditFilterError);
    expect(() => filterCondition({ types: ["SIGN_IN", "LOGIN"] })).toThrow(/^LOGIN is not an audit event type: choose from SIGN_IN, SIGN_IN_FAILED, /);
    expect(() => filterCondition({ organizationId: "x" })).toThrow(AuditFilterError);
    expect(filterCondition({})).toBeUndefined();
  });
});
