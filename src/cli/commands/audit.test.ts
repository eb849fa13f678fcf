import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { appendAudit } from "../../audit/append.ts";
import { allEvents, recordCreated, tamper } from "../../audit/audit.test-support.ts";
import type { AuditEvent } from "../../audit/hash.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { auditExportCommand, auditVerifyCommand } from "./audit.ts";

/** `sroc audit verify` and `sroc audit export` in-process, on an embedded data folder of their own. */
const work = mkdtempSync(join(tmpdir(), "sroc-audit-cli-"));
const env: NodeJS.ProcessEnv = { SROC_DATA_DIR: join(work, "data"), SROC_TZ: "America/Chicago" };
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    readInput: () => Promise.resolve(""),
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdout: () => out,
    stderr: () => err,
  };
}

describe("sroc audit", () => {
  let written: AuditEvent[] = [];

  it("verifies an empty trail, then a trail of events, and prints its head", async () => {
    const empty = capture();
    expect(await auditVerifyCommand(empty, env)).toBe(0);
    expect(empty.stdout()).toBe("audit trail intact: 0 events\n");

    written = await withRuntime(async ({ database: { db } }) => [await appendAudit(db, recordCreated(1)), await appendAudit(db, recordCreated(2)), await appendAudit(db, recordCreated(3))], env);
    const io = capture();
    expect(await auditVerifyCommand(io, env)).toBe(0);
    const head = `3:${written[2]?.hash ?? ""}`;
    expect(io.stdout()).toBe(`audit trail intact: 3 events\nhead: ${head} (note it elsewhere: \`sroc audit verify --anchor ${head}\` later also detects events deleted from the end)\n`);
    expect(await auditVerifyCommand(capture(), env, { anchor: head })).toBe(0);
  }, 120_000);

  it("exports JSON to a file (by its extension) and CSV to standard output, filtered, and records each export", async () => {
    const file = join(work, "audit.json");
    const io = capture();
    expect(await auditExportCommand(io, env, { output: file })).toBe(0);
    expect(io.stdout()).toBe(`exported 3 audit events as JSON to ${file} (the export is recorded as event #4)\n`);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(written);

    const csv = capture();
    expect(await auditExportCommand(csv, env, { type: "record_created,AUDIT_EXPORTED", from: "2000-01-01" })).toBe(0);
    const rows = parse<Record<string, string>>(csv.stdout(), { columns: true });
    expect(rows.map((r) => [r["seq"], r["type"], r["actor_name"]])).toEqual([
      ["1", "RECORD_CREATED", "Bob Clerk"],
      ["2", "RECORD_CREATED", "Alice Auditor"],
      ["3", "RECORD_CREATED", "Bob Clerk"],
      ["4", "AUDIT_EXPORTED", expect.stringMatching(/^sroc/) as unknown as string],
    ]);
    const events = await withRuntime(({ database: { db } }) => allEvents(db), env);
    expect(events.map((e) => e.type)).toEqual(["RECORD_CREATED", "RECORD_CREATED", "RECORD_CREATED", "AUDIT_EXPORTED", "AUDIT_EXPORTED"]);
    expect(events[4]?.after).toEqual({ format: "csv", filter: { from: "2000-01-01", types: ["RECORD_CREATED", "AUDIT_EXPORTED"], zone: "America/Chicago" } });

    const none = capture();
    expect(await auditExportCommand(none, env, { format: "json", type: ["SIGN_IN"], to: "2000-01-01" })).toBe(0);
    expect(none.stdout()).toBe("[]\n");
  }, 120_000);

  it("refuses a format, a type, a date or an anchor that is not one, in one line", async () => {
    await expect(auditExportCommand(capture(), env, { format: "xml" })).rejects.toThrow(new UserError("--format xml is not a format: choose csv or json"));
    await expect(auditExportCommand(capture(), env, { type: "LOGIN" })).rejects.toThrow(/^LOGIN is not an audit event type: choose from SIGN_IN, /);
    await expect(auditExportCommand(capture(), env, { from: "yesterday" })).rejects.toThrow(UserError);
    await expect(auditExportCommand(capture(), env, { output: join(work, "no-such-folder", "a.csv") })).rejects.toThrow(/^cannot write /);
    await expect(auditVerifyCommand(capture(), env, { anchor: "12" })).rejects.toThrow(/^--anchor 12: give the head a verification printed, as SEQ:HASH/);
  });

  it("exits 3 and names each problem when the trail was tampered with", async () => {
    await withRuntime(({ database: { db } }) => tamper(db, sql`update audit_events set after = '{"hours": 99}' where seq = 2`, sql`delete from audit_events where seq = 4`), env);
    const io = capture();
    expect(await auditVerifyCommand(io, env)).toBe(3);
    const lines = io.stdout().split("\n");
    expect(lines[0]).toBe("audit trail TAMPERED: 2 problems in 5 events");
    expect(lines[1]).toMatch(/^ {2}#2 {2}EDITED {7}event #2 \(RECORD_CREATED at .* by Alice Auditor\) was changed after it was written/);
    expect(lines[2]).toBe("  #4  MISSING      event #4 is missing: it was deleted from the database, or its sequence number was changed (event #5 follows #3)");
    expect(lines[3]).toBe("Restore the events from a backup or an earlier export, and find out who had write access to the database.");

    const anchored = capture();
    expect(await auditVerifyCommand(anchored, env, { anchor: `9:${"a".repeat(64)}` })).toBe(3);
    expect(anchored.stdout()).toContain("#9  MISSING      event #9, the anchor, is missing (the trail now ends at #6)");
  }, 120_000);
});
