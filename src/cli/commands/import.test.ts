import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "../../importer/table.ts";
import { UserError, type Io } from "../io.ts";
import { withRuntime } from "../runtime.ts";
import { organizations, schools } from "../../store/schema.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";

/** `sroc import` and `sroc export` in-process, on an embedded data folder of their own. */
const work = mkdtempSync(join(tmpdir(), "sroc-import-cli-"));
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

function csvFile(name: string, records: string[][]): string {
  const path = join(work, name);
  writeFileSync(path, stringify(records));
  return path;
}

const HEADER = ["POST License", "First Name", "Last Name", "Agency", "District", "School", "Role", "Start On"];
const base = { skipInvalid: false, createMissing: false, json: false, progress: false };

describe("sroc import / sroc export", () => {
  it("prints the report and exits 2 when invalid rows stop the import; --skip-invalid imports the rest", async () => {
    await withRuntime(async ({ database: { db } }) => {
      const [district] = await db.insert(organizations).values({ kind: "DISTRICT", name: "ISD 273" }).returning();
      await db.insert(organizations).values({ kind: "AGENCY", name: "Edina PD", sroPolicy: "POST" });
      await db.insert(schools).values({ organizationId: district?.id ?? "", name: "Edina High" });
    }, env);
    const file = csvFile("roster.csv", [
      HEADER,
      ["1001", "Ana", "Berg", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-09-02"],
      ["1002", "Bo", "Dahl", "Edina PD", "ISD 273", "Edina High", "REGULAR", "2025-02-30"],
    ]);
    const io = capture();
    expect(await importCommand(io, env, { ...base, kind: "roster", file })).toBe(2);
    expect(io.stdout()).toBe(
      [
        "row  column    message",
        "---  --------  -------",
        "  3  Start On  2025-02-30 is not a calendar date",
        "nothing imported: 1 row of 2 is invalid (correct it, or import the valid rows with --skip-invalid)",
        "",
      ].join("\n"),
    );

    const skip = capture();
    expect(await importCommand(skip, env, { ...base, kind: "roster", file, skipInvalid: true })).toBe(0);
    expect(skip.stdout().trim().split("\n").at(-1)).toBe(
      `imported 1 of 2 rows of ${file} (1 invalid row skipped): officers 1 created, 0 updated, 0 unchanged; assignments 1 created, 0 updated, 0 unchanged; 1 officer's status recomputed`,
    );
  }, 120_000);

  it("answers in JSON with --json, and creates what is missing with --create-missing", async () => {
    const file = csvFile("more.csv", [HEADER, ["2001", "Cy", "Ek", "Richfield PD", "Richfield", "Richfield High", "SUBSTITUTE", "2025-10-01"]]);
    const refused = capture();
    expect(await importCommand(refused, env, { ...base, kind: "roster", file, json: true })).toBe(2);
    const answer = JSON.parse(refused.stdout()) as { file: string; stoppedBy: string; problems: { row: number; column: string; message: string }[] };
    expect(answer.file).toBe(file);
    expect(answer.stoppedBy).toBe("invalid rows");
    expect(answer.problems.map((p) => [p.row, p.column])).toEqual([[2, "Agency"], [2, "District"]]);

    const io = capture();
    expect(await importCommand(io, env, { ...base, kind: "roster", file, createMissing: true })).toBe(0);
    expect(io.stdout()).toMatch(/2 agencies and districts and 1 school created/);
  }, 60_000);

  it("exports CSV to standard output and XLSX to a file that imports again unchanged", async () => {
    const io = capture();
    expect(await exportCommand(io, env, { kind: "roster" })).toBe(0);
    const table = readCsv(io.stdout());
    expect(table.headers).toEqual(["post_license", "first_name", "last_name", "agency", "district", "school", "role", "start_on", "end_on", "contract_ref", "planned_contact_days", "under_contract", "instructional_day"]);
    expect(table.rows.map((r) => r.cells[0])).toEqual(["1001", "2001"]);

    const xlsx = join(work, "roster.xlsx");
    const exported = capture();
    expect(await exportCommand(exported, env, { kind: "roster", output: xlsx })).toBe(0);
    expect(exported.stdout()).toBe(`exported 2 rows of roster to ${xlsx}\n`);
    expect(existsSync(xlsx)).toBe(true);
    const again = capture();
    expect(await importCommand(again, env, { ...base, kind: "roster", file: xlsx })).toBe(0);
    expect(again.stdout()).toMatch(/officers 0 created, 0 updated, 2 unchanged; assignments 0 created, 0 updated, 2 unchanged; 0 officers' statuses recomputed/);

    const statuses = capture();
    expect(await exportCommand(statuses, env, { kind: "statuses", format: "csv" })).toBe(0);
    expect(readCsv(statuses.stdout()).rows).toHaveLength(2);
  }, 60_000);

  it("refuses an unknown kind, a missing file, a file that is not a table, and XLSX to standard output", async () => {
    const io = capture();
    await expect(importCommand(io, env, { ...base, kind: "officers", file: "x.csv" })).rejects.toThrow(/cannot import "officers": choose one of roster, courses, contact-days/);
    await expect(importCommand(io, env, { ...base, kind: "roster", file: join(work, "nope.csv") })).rejects.toThrow(/no such file/);
    const broken = join(work, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    await expect(importCommand(io, env, { ...base, kind: "roster", file: broken })).rejects.toThrow(UserError);
    await expect(exportCommand(io, env, { kind: "roster", format: "xlsx" })).rejects.toThrow(/give --output FILE.xlsx/);
    await expect(exportCommand(io, env, { kind: "people" })).rejects.toThrow(/choose one of roster, courses, contact-days, statuses/);
  });
});
