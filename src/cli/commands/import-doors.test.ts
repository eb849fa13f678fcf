import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { asc } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { zipBomb } from "../../importer/zip-bomb.test-support.ts";
import type { Actor } from "../../policies/actor.ts";
import { auditEvents, organizations } from "../../store/schema.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { auditVerifyCommand } from "./audit.ts";
import { exportCommand } from "./export.ts";
import { importCommand, importWith } from "./import.ts";

/**
 * `sroc import` through the same door as the upload (issue 10): the operator (user@host) is audited
 * for every record, the policy refuses in the upload's words, and the one reader decides the file.
 */
const work = mkdtempSync(join(tmpdir(), "sroc-import-doors-"));
const env: NodeJS.ProcessEnv = { SROC_DATA_DIR: join(work, "data"), SROC_TZ: "America/Chicago" };
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function capture(): Io & { stdout: () => string } {
  let out = "";
  return { readInput: () => Promise.resolve(""), out: (t) => { out += t; }, err: () => undefined, stdout: () => out };
}
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const HEADER = ["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on"];
const base = { skipInvalid: false, createMissing: false, json: false, progress: false };
const refusal = (p: Promise<number>) => p.then(() => null, (e: unknown) => (e instanceof UserError ? { exitCode: e.exitCode, message: e.message } : Promise.reject(e as Error)));

describe("sroc import, one door with the upload", () => {
  it("audits every record it writes as the operator user@host, and `sroc audit verify` passes", { timeout: 120_000 }, async () => {
    const roster = file("roster.csv", stringify([HEADER, ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"], ["1002", "Bo", "Dahl", "Edina PD", "ISD 273", "Edina High", "SUBSTITUTE", "2025-10-01"]]));
    expect(await importCommand(capture(), env, { ...base, kind: "roster", file: roster, createMissing: true })).toBe(0);
    const events = await withRuntime((rt) => rt.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq)), env);
    const who = `${userInfo().username}@${hostname()}`;
    // 2 organizations, 1 school, 2 officers, 2 assignments, then the import itself.
    expect(events.map((e) => [e.type, e.entity])).toEqual([
      ["RECORD_CREATED", "organizations"], ["RECORD_CREATED", "organizations"], ["RECORD_CREATED", "schools"],
      ["RECORD_CREATED", "officers"], ["RECORD_CREATED", "officers"], ["RECORD_CREATED", "assignments"], ["RECORD_CREATED", "assignments"],
      ["IMPORT_COMPLETED", "roster"],
    ]);
    expect(new Set(events.map((e) => `${e.actorId} ${e.actorName} ${e.userAgent}`))).toEqual(new Set([`cli:${who} sroc (${who}) sroc command line (${who})`]));
    expect(await auditVerifyCommand(capture(), env)).toBe(0);
  });

  it("is refused by the import policy in the upload's words (403 there, exit 2 here), and the refusal is audited", { timeout: 60_000 }, async () => {
    const roster = file("refused.csv", stringify([HEADER, ["1003", "Cy", "Ek", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"]]));
    const answer = await withRuntime(async (rt) => {
      const [district] = await rt.database.db.select().from(organizations).limit(1);
      const principal: Actor = { kind: "user", id: "u-9", name: "principal@isd273.example", isAdmin: false, memberships: [{ organizationId: district?.id ?? "", organizationKind: "DISTRICT", role: "PRINCIPAL", schoolId: null }], officerId: null, supervisedOfficerIds: [] };
      return refusal(importWith({ ...rt.context, actor: principal }, capture(), { ...base, kind: "roster", file: roster }));
    }, env);
    expect(answer).toEqual({ exitCode: 2, message: `cannot import ${roster}: only an agency's chief or training coordinator imports officers' records` });
    const last = await withRuntime(async (rt) => (await rt.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq))).at(-1), env);
    expect(last).toMatchObject({ type: "ACCESS_DENIED", entity: "imports", actorName: "principal@isd273.example" });
  });

  it("reads Latin-1 (Windows-1252) names as written and UTF-16 text; refuses a header-only file and a zip bomb with exit 2", { timeout: 120_000 }, async () => {
    const latin = file("latin.csv", Buffer.from(stringify([HEADER, ["1004", "José", "Muñoz", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"]]), "latin1"));
    expect(await importCommand(capture(), env, { ...base, kind: "roster", file: latin })).toBe(0);
    const utf16 = file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stringify([HEADER, ["1005", "Zoë", "Åberg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"]]), "utf16le")]));
    expect(await importCommand(capture(), env, { ...base, kind: "roster", file: utf16 })).toBe(0);
    const exported = capture();
    await exportCommand(exported, env, { kind: "roster" });
    expect(exported.stdout()).toContain("1004,José,Muñoz");
    expect(exported.stdout()).toContain("1005,Zoë,Åberg");

    const headerOnly = file("header.csv", stringify([HEADER]));
    expect(await refusal(importCommand(capture(), env, { ...base, kind: "roster", file: headerOnly }))).toEqual({ exitCode: 2, message: `cannot import ${headerOnly}: the file has no rows below its header: nothing to import` });
    const bomb = await zipBomb();
    expect(await refusal(importCommand(capture(), env, { ...base, kind: "roster", file: bomb }))).toEqual({
      exitCode: 2, message: `cannot import ${bomb}: the file expands to more than 100 MB when unpacked (the limit is 100 MB): split it into several files`,
    });
  });

  it("exports a name a spreadsheet would run as a formula as text, in the roster and the statuses", { timeout: 60_000 }, async () => {
    const attack = "=cmd|' /C calc'!A0";
    const roster = file("attack.csv", stringify([HEADER, ["1006", "Eve", attack, "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"]]));
    expect(await importCommand(capture(), env, { ...base, kind: "roster", file: roster })).toBe(0);
    for (const kind of ["roster", "statuses"]) {
      const out = capture();
      await exportCommand(out, env, { kind });
      const line = out.stdout().split("\n").find((l) => l.startsWith("1006,"));
      expect(line, kind).toContain(",'=cmd|' /C calc'!A0,");
    }
  });
});
